import { z } from 'zod';
import { httpUrl, position, slug, requiredText as text } from './schemaParts';
import { LINE_STYLES, PLACE_ROLES } from './storyPlace';

const ring = z
  .array(position)
  .min(4, { error: 'expected a closed ring of at least 4 positions (the first repeated last)' })
  .refine((positions) => positions[0]?.[0] === positions.at(-1)?.[0] && positions[0]?.[1] === positions.at(-1)?.[1], {
    error: 'expected a closed ring: its last position the same as its first',
  });

/** Schema of one feature of places.geojson: a sourced (or clearly estimated) fixed place. */
export const placeFeatureSchema = z.object({
  type: z.literal('Feature', { error: 'expected "type": "Feature"' }),
  id: slug('a feature id'),
  geometry: z.union(
    [
      z.object({ type: z.literal('Point'), coordinates: position }),
      z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
      z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
    ],
    { error: 'expected a Point, a LineString, a Polygon or a MultiPolygon' },
  ),
  properties: z
    .strictObject({
      name: text('the place name'),
      role: z.enum(PLACE_ROLES, { error: `expected role to be one of ${PLACE_ROLES.join(', ')}` }),
      /** What the place is, as its popup says: "Harbour office", "Pier". */
      type: text('what the place is, e.g. "Harbour office"').optional(),
      /** The story layer it is shown and hidden with; without one it is always shown. */
      layer: slug('the id of a story layer').optional(),
      estimate: z.boolean({ error: 'expected estimate: true or false' }).optional(),
      uncertainty_m: z
        .number({ error: 'expected the uncertainty in metres' })
        .positive({ error: 'expected an uncertainty above 0 m' })
        .optional(),
      basis: text('the basis of the coordinate'),
      citations: z
        .array(
          z.strictObject({
            outlet: text('the cited outlet'),
            url: httpUrl,
          }),
        )
        .optional(),
      line_style: z
        .enum(LINE_STYLES, { error: `expected line_style to be one of ${LINE_STYLES.join(', ')}` })
        .optional(),
      width_m: z.number().positive().optional(),
      /** From this zoom on its name is shown (labels and areas). */
      min_zoom: z.number().int().min(0).max(19).optional(),
      note: text('a note').optional(),
      /**
       * The sources that name or locate the place: it is drawn and named only from the earliest moment one of them
       * may have been published. Without it, the place is shown as a landmark that existed before the story.
       */
      reported_by: z
        .array(
          z.strictObject({
            event: slug('the id of an event'),
            source: z.number().int().nonnegative({ error: 'expected the index of a source of that event' }),
          }),
          { error: 'expected a list of { "event": id, "source": index }' },
        )
        .min(1, { error: 'expected at least one { "event": id, "source": index }' })
        .optional(),
    })
    .superRefine((p, context) => {
      if (p.estimate && p.uncertainty_m === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['uncertainty_m'],
          message: 'expected the uncertainty in metres of an estimated position (estimate: true)',
        });
      }
      if (p.line_style === 'strip' && p.width_m === undefined) {
        context.addIssue({ code: 'custom', path: ['width_m'], message: 'expected the width in metres of a strip' });
      }
    }),
});
export type RawPlaceFeature = z.infer<typeof placeFeatureSchema>;
