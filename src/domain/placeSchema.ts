import { z } from 'zod';
import { httpUrl, position, slug, requiredText as text } from './schemaParts';
import { PLACE_CATEGORIES } from './storyPlace';

/** Schema of one feature of places.geojson: a sourced (or clearly estimated) fixed place. */
export const placeFeatureSchema = z.object({
  type: z.literal('Feature', { error: 'expected "type": "Feature"' }),
  id: slug('a feature id'),
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
          url: httpUrl,
        }),
      )
      .optional(),
    width_m: z.number().positive().optional(),
    note: text('a note').optional(),
  }),
});
