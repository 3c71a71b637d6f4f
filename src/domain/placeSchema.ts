import { z } from 'zod';
import { isHttpUrl } from './safeUrl';
import { PLACE_CATEGORIES } from './storyPlace';

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` });

const position = z
  .tuple([z.number({ error: 'expected a longitude number' }), z.number({ error: 'expected a latitude number' })], {
    error: 'expected coordinates as [longitude, latitude]',
  })
  .rest(z.number());

/** Schema of one feature of places.geojson: a sourced (or clearly estimated) fixed place. */
export const placeFeatureSchema = z.object({
  type: z.literal('Feature', { error: 'expected "type": "Feature"' }),
  id: z.string({ error: 'expected a feature id as text' }).regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    error: 'expected the id as a slug of lowercase letters, digits and hyphens',
  }),
  geometry: z.union(
    [
      z.object({ type: z.literal('Point'), coordinates: position }),
      z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    ],
    { error: 'expected a Point, or a LineString for a runway centreline' },
  ),
  properties: z.strictObject({
    name: text('the place name'),
    category: z.enum(PLACE_CATEGORIES, { error: `expected category to be one of ${PLACE_CATEGORIES.join(', ')}` }),
    estimate: z.boolean({ error: 'expected estimate: true or false' }),
    uncertainty_m: z
      .number({ error: 'expected the uncertainty in metres' })
      .positive({ error: 'expected an uncertainty above 0 m' }),
    basis: text('the basis of the coordinate'),
    citations: z
      .array(
        z.strictObject({
          outlet: text('the cited outlet'),
          url: z
            .string()
            .refine(isHttpUrl, { error: (issue) => `expected an http(s) URL, got ${JSON.stringify(issue.input)}` }),
        }),
      )
      .optional(),
    width_m: z.number().positive().optional(),
    note: text('a note').optional(),
  }),
});

export type RawPlaceFeature = z.infer<typeof placeFeatureSchema>;
