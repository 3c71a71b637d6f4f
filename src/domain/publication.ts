/**
 * A story's publication metadata (story.json's optional `publication`): what its pages tell browsers, search
 * engines, social networks and CMSs (title, description, preview image, oEmbed), the embed's default id, the
 * moments `npm run snapshots` renders, and the credits under the map and in the footer. Every field is optional;
 * the defaults come from the story's own title and subtitle, so a new story is publishable as it is.
 */
import { z } from 'zod';
import type { DataProblem } from './dataProblem';
import { EMBED_ID_PATTERN } from './embedId';
import { PUBLICATION_DEFAULTS as DEFAULTS } from './publicationDefaults';
import { httpUrl, isoMoment, slug, requiredText as text } from './schemaParts';
import { checkStoryFilePath } from './storyFilePath';

/** The image types social networks show as a preview. */
const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp'];

const imageFile = text('the path of an image, relative to the story folder')
  .refine((path) => checkStoryFilePath(path) === undefined, {
    error: (issue) => checkStoryFilePath(String(issue.input)),
  })
  .refine((path) => IMAGE_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension)), {
    error: (issue) => `expected a ${IMAGE_EXTENSIONS.join(', ')} image, got ${JSON.stringify(issue.input)}`,
  });

const pixels = (what: string) =>
  z
    .number({ error: `expected ${what} in pixels` })
    .int({ error: `expected ${what} in whole pixels` })
    .min(1)
    .max(10_000);

/** The schema of story.json's `publication`. */
export const publicationSchema = z.strictObject({
  /** The pages' headline in browser tabs, search results and previews (default: the story's title). */
  page_title: text("the pages' title").optional(),
  /** The pages' description for search engines and previews (default: the story's subtitle). */
  description: text("the pages' description").optional(),
  /** The preview image of the pages and of oEmbed, and the embed's no-JavaScript and print fallback. */
  social_image: z
    .strictObject({
      file: imageFile,
      alt: text('what the image shows, for readers who cannot see it'),
      /** A sentence under the title of the embed's no-JavaScript fallback (default: the alt text). */
      caption: text('a sentence introducing the image').optional(),
      width: pixels('the image width').optional(),
      height: pixels('the image height').optional(),
    })
    .optional(),
  /** Who publishes the map, for oEmbed consumers (a CMS). */
  oembed_provider: z.strictObject({ name: text("the publisher's name"), url: httpUrl.optional() }).optional(),
  /** The embed's id in its height messages and in the embed code (default: the title as a slug). */
  embed_id: z
    .string({ error: 'expected an embed id as text' })
    .regex(EMBED_ID_PATTERN, { error: 'expected an embed id: a letter, then letters, digits, "-" or "_" (≤ 64)' })
    .optional(),
  /** The moments `npm run snapshots` renders as images (default: the whole story, at its last event's start). */
  snapshot_moments: z
    .array(
      z.strictObject({
        at: isoMoment,
        /** The image's name: snapshots/<name>.png (default: the moment in UTC, e.g. "2021-08-30-0300"). */
        name: slug('an image name').optional(),
        label: text('what the image shows').optional(),
      }),
      { error: 'expected a list of moments: [{ "at": "2021-08-30T07:30:00+04:30" }]' },
    )
    .optional(),
  /** The credits under the map (the basemap's sources), each a name with an optional link and licence. */
  attribution: z
    .array(
      z.strictObject({
        text: text('a name to credit'),
        url: httpUrl.optional(),
        licence: text('a licence').optional(),
      }),
      { error: 'expected a list of credits: [{ "text": "Natural Earth", "url": "https://…" }]' },
    )
    .optional(),
  /** A sentence the full map's footer adds after its time-zone line (e.g. about the sources). */
  footer_note: text('a sentence for the footer').optional(),
});

export type RawPublication = z.infer<typeof publicationSchema>;

/** One image `npm run snapshots` renders: the map at `at`. */
export interface SnapshotMoment {
  /** Epoch milliseconds. */
  readonly at: number;
  /** snapshots/<name>.png */
  readonly name: string;
  readonly label: string;
}

/** One credit under the map: `text` linked to `url`, then "(licence)". */
export interface AttributionPart {
  readonly text: string;
  readonly url?: string;
  readonly licence?: string;
}

/** The publication metadata with every default applied. */
export interface Publication {
  readonly pageTitle: string;
  readonly description: string;
  /** `file` is relative to the story folder and has passed checkStoryFilePath; the site serves it at that path. */
  readonly socialImage?: {
    readonly file: string;
    readonly alt: string;
    readonly caption: string;
    readonly width: number;
    readonly height: number;
  };
  readonly oembedProvider?: { readonly name: string; readonly url?: string };
  readonly embedId: string;
  /** The moments the data names; empty when it names none (see selectSnapshotMoments). */
  readonly snapshotMoments: readonly SnapshotMoment[];
  readonly attribution: readonly AttributionPart[];
  readonly footerNote?: string;
}

/** The site path of a snapshot image (under snapshots/, in the story folder and in the built site). */
export function snapshotFile(name: string): string {
  return `snapshots/${name}.png`;
}

/**
 * The moments to render: those the data names, or else one of the whole story, at its last event's start
 * (every event on the map). Empty for a story without events.
 */
export function selectSnapshotMoments(
  publication: Publication,
  eventStarts: readonly number[],
): readonly SnapshotMoment[] {
  if (publication.snapshotMoments.length > 0) return publication.snapshotMoments;
  if (eventStarts.length === 0) return [];
  const at = Math.max(...eventStarts);
  return [{ at, name: DEFAULTS.endMomentName, label: 'the whole story' }];
}

/**
 * The preview image: the data's own, or else the first snapshot when `npm run snapshots` has rendered it
 * (`exists` tells), described by its moment.
 */
export function selectSocialImage(
  publication: Publication,
  exists: (file: string) => boolean,
): Publication['socialImage'] {
  if (publication.socialImage) return publication.socialImage;
  const name = publication.snapshotMoments[0]?.name ?? DEFAULTS.endMomentName;
  const file = snapshotFile(name);
  if (!exists(file)) return undefined;
  const alt = `Map of “${publication.pageTitle}”`;
  return { file, alt, caption: alt, width: DEFAULTS.imageWidth, height: DEFAULTS.imageHeight };
}

/** Reports snapshot moments outside the story's time span (from its first event's start to its last end). */
export function checkSnapshotMoments(
  file: string,
  publication: Publication,
  events: readonly { readonly start: number; readonly end?: number }[],
): DataProblem[] {
  const first = Math.min(...events.map((event) => event.start));
  const last = Math.max(...events.map((event) => event.end ?? event.start));
  return publication.snapshotMoments.flatMap((moment, index) =>
    moment.at >= first && moment.at <= last
      ? []
      : [
          {
            file,
            field: `publication.snapshot_moments[${index}].at`,
            message: "expected a moment inside the story's time span (from its first event to its last)",
          },
        ],
  );
}

/** What the build needs of story.json: its title, subtitle and publication, whatever else it holds. */
export const publishedStorySchema = z.looseObject({
  title: text('the story title'),
  subtitle: text('a one-line description'),
  publication: publicationSchema.optional(),
});
