import { z } from 'zod';
import { type Chapter, chapterSchema, toChapters } from './chapters';
import { type DataProblem, toDataProblems } from './dataProblem';
import { type Publication, publicationSchema, toPublication } from './publication';
import { isKnownTimeZone } from './publicationDate';
import { finiteNumber, requiredText as text } from './schemaParts';
import { checkStoryFilePath } from './storyFilePath';

/**
 * [west, south, east, north] in degrees: finite, inside ±180 / ±90, west < east and south < north (a box across
 * the antimeridian is not supported). Whatever passes, the map can fit.
 */
const boundingBox = (what: string) =>
  z
    .tuple(
      [
        finiteNumber(`the west longitude of ${what}`),
        finiteNumber(`the south latitude of ${what}`),
        finiteNumber(`the east longitude of ${what}`),
        finiteNumber(`the north latitude of ${what}`),
      ],
      { error: `expected ${what} as [west, south, east, north] in degrees` },
    )
    .superRefine((box, context) => {
      const [west, south, east, north] = box;
      const limits = [180, 90, 180, 90];
      box.forEach((value, index) => {
        const limit = limits[index] as number;
        if (Math.abs(value) > limit) {
          const name = ['west', 'south', 'east', 'north'][index];
          const kind = limit === 180 ? 'longitude' : 'latitude';
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `expected the ${name} ${kind} of ${what} within ±${limit}, got ${value}`,
          });
        }
      });
      if (west >= east) {
        context.addIssue({ code: 'custom', path: [2], message: `expected east (${east}) > west (${west})` });
      }
      if (south >= north) {
        context.addIssue({ code: 'custom', path: [3], message: `expected north (${north}) > south (${south})` });
      }
    });

/** Schema of story.json: what the story is called and where and when it happens. */
export const storyConfigSchema = z.strictObject({
  title: text('the story title'),
  subtitle: text('a one-line description'),
  /** IANA zone of the story's local time, the default display zone. */
  time_zone: z.strictObject({
    id: text('an IANA time zone id').refine(isKnownTimeZone, {
      error: (issue) => `expected an IANA time zone id such as "Asia/Kabul", got ${JSON.stringify(issue.input)}`,
    }),
    label: text('a short label, e.g. "Kabul"'),
  }),
  /** [west, south, east, north]: every coordinate of the story must lie inside. */
  area: boundingBox('the story area'),
  /** The map's opening view: [west, south, east, north] to fit. */
  initial_bounds: boundingBox('the opening view'),
  /** The place distances are measured from, and the runway, by id in places.geojson. */
  reference_place: text('the id of the reference place'),
  runway_place: text('the id of the runway').optional(),
  source_article: z.strictObject({
    file: text('the path of the source article text, relative to the story folder').refine(
      (path) => checkStoryFilePath(path) === undefined,
      { error: (issue) => checkStoryFilePath(String(issue.input)) },
    ),
    description: text('what is known about the source article'),
  }),
  credit: text('the credit line'),
  /** The guided story, in order (see chapters.ts). */
  chapters: z.array(chapterSchema, { error: 'expected a list of chapters' }).optional(),
  /** How the story is published: page metadata, embed id, snapshots, credits (see publication.ts). */
  publication: publicationSchema.optional(),
});

export interface StoryConfig {
  readonly title: string;
  readonly subtitle: string;
  readonly timeZone: { readonly id: string; readonly label: string };
  readonly area: readonly [number, number, number, number];
  readonly initialBounds: readonly [number, number, number, number];
  readonly referencePlaceId: string;
  readonly runwayPlaceId?: string;
  /** `file` is relative to the story folder and has passed checkStoryFilePath. */
  readonly sourceArticle: { readonly file: string; readonly description: string };
  readonly credit: string;
  /** The guided story's chapters, in order; only those that passed their checks against the events. */
  readonly chapters: readonly Chapter[];
  /** Page metadata, embed id, snapshot moments and credits, defaults applied. */
  readonly publication: Publication;
}

export type ParsedStoryConfig = { ok: true; config: StoryConfig } | { ok: false; problems: DataProblem[] };

export function parseStoryConfig(file: string, value: unknown): ParsedStoryConfig {
  const result = storyConfigSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, problems: toDataProblems(file, result.error.issues) };
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
      publication: toPublication(raw.publication, raw),
    },
  };
}
