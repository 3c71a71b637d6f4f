import { z } from 'zod';
import { type Chapter, chapterSchema, toChapters } from './chapters';
import type { DataProblem } from './dataProblem';
import { formatFieldPath } from './dataProblem';
import { requiredText as text } from './schemaParts';

/** Schema of geodata/story.json: what the story is called and where and when it happens. */
export const storyConfigSchema = z.strictObject({
  title: text('the story title'),
  subtitle: text('a one-line description'),
  /** IANA zone of the story's local time, the default display zone. */
  time_zone: z.strictObject({ id: text('an IANA time zone id'), label: text('a short label, e.g. "Kabul"') }),
  /** [west, south, east, north]: every coordinate of the story must lie inside. */
  area: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** The map's opening view: [west, south, east, north] to fit. */
  initial_bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** The place distances are measured from, and the runway, by id in places.geojson. */
  reference_place: text('the id of the reference place'),
  runway_place: text('the id of the runway').optional(),
  source_article: z.strictObject({
    file: text('the path of the source article text, relative to geodata/'),
    description: text('what is known about the source article'),
  }),
  credit: text('the credit line'),
  /** The guided story, in order (see chapters.ts). */
  chapters: z.array(chapterSchema, { error: 'expected a list of chapters' }).optional(),
});

export interface StoryConfig {
  readonly title: string;
  readonly subtitle: string;
  readonly timeZone: { readonly id: string; readonly label: string };
  readonly area: readonly [number, number, number, number];
  readonly initialBounds: readonly [number, number, number, number];
  readonly referencePlaceId: string;
  readonly runwayPlaceId?: string;
  readonly sourceArticle: { readonly file: string; readonly description: string };
  readonly credit: string;
  /** The guided story's chapters, in order; only those that passed their checks against the events. */
  readonly chapters: readonly Chapter[];
}

export type ParsedStoryConfig = { ok: true; config: StoryConfig } | { ok: false; problems: DataProblem[] };

export function parseStoryConfig(file: string, value: unknown): ParsedStoryConfig {
  const result = storyConfigSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        file,
        field: formatFieldPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const raw = result.data;
  return {
    ok: true,
    config: {
      title: raw.title,
      subtitle: raw.subtitle,
      timeZone: raw.time_zone,
      area: raw.area,
      initialBounds: raw.initial_bounds,
      referencePlaceId: raw.reference_place,
      runwayPlaceId: raw.runway_place,
      sourceArticle: raw.source_article,
      credit: raw.credit,
      chapters: toChapters(raw.chapters ?? []),
    },
  };
}
