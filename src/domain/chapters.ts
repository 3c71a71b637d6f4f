/**
 * A guided story: the editor's chapters, each a moment (or a span to play through), a map view, the events to
 * highlight and the editor's caption. Chapters are data in story.json; this module checks them against the
 * events and the story's area.
 */
import { z } from 'zod';
import type { DataProblem } from './dataProblem';
import { formatIsoInZone } from './publicationDate';
import { isoMoment as instant, slug, requiredText as text } from './schemaParts';
import type { StoryEvent } from './storyEvent';

const finite = (what: string) => z.number({ error: `expected ${what} as a number` }).finite();

const viewSchema = z.union(
  [
    z.strictObject({
      bounds: z.tuple([finite('west'), finite('south'), finite('east'), finite('north')], {
        error: 'expected bounds as [west, south, east, north]',
      }),
    }),
    z.strictObject({
      center: z.tuple([finite('a longitude'), finite('a latitude')], {
        error: 'expected center as [longitude, latitude]',
      }),
      zoom: z.number({ error: 'expected a zoom level' }).min(3).max(18),
    }),
  ],
  { error: 'expected a view: { "bounds": [west, south, east, north] } or { "center": [lon, lat], "zoom": 13 }' },
);

/** The schema of one chapter in story.json's `chapters`. */
export const chapterSchema = z.strictObject({
  id: slug('a chapter id'),
  title: text('a chapter title'),
  caption: text("the chapter's caption (the editor's words)"),
  /** The moment the slider moves to; with `until`, the span the chapter plays through. */
  at: instant,
  until: instant.optional(),
  view: viewSchema,
  highlight: z.array(slug('an event id'), { error: 'expected a list of event ids' }).optional(),
  /** One event whose details open when the chapter is entered. */
  open: slug('an event id').optional(),
  /** The story layers shown in this chapter (all when absent). */
  layers: z.array(slug('a layer id'), { error: 'expected a list of layer ids' }).optional(),
  /**
   * "then" (default): the chapter shows the record as it stood at its moment, and its caption cites only what may
   * have been published by then. "now": told with hindsight; the page shows the whole record and says so.
   */
  knowledge: z.enum(['then', 'now'], { error: 'expected knowledge: "then" or "now"' }).optional(),
  /** The sources the caption rests on, by event id and source index: listed under the caption. */
  cites: z
    .array(z.strictObject({ event: slug('an event id'), source: z.number().int().nonnegative() }), {
      error: 'expected a list of { "event": id, "source": index }',
    })
    .optional(),
});

export type ChapterView =
  | { readonly bounds: readonly [number, number, number, number] }
  | { readonly center: readonly [number, number]; readonly zoom: number };

/** One chapter of the guided story. */
export interface Chapter {
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  /** Epoch ms of the chapter's moment, and the end of the span it plays through, if any. */
  readonly at: number;
  readonly until?: number;
  readonly view: ChapterView;
  readonly highlight: readonly string[];
  readonly open?: string;
  readonly layers?: readonly string[];
  readonly cites: readonly { readonly event: string; readonly source: number }[];
  /** Whether the chapter is told as known then (its moment's record) or with what we know now. */
  readonly knowledge: 'then' | 'now';
}

export type RawChapter = z.infer<typeof chapterSchema>;

function inArea(
  [lon, lat]: readonly [number, number],
  [west, south, east, north]: readonly [number, number, number, number],
): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/**
 * Checks chapters against the story: unique ids, events that exist, moments inside the story's time span, views
 * inside its area, and no caption citing a source that was not yet published at the chapter's moment. Returns the
 * chapters that pass (the others are reported and left out).
 */
export function checkChapters(
  file: string,
  chapters: readonly Chapter[],
  events: readonly StoryEvent[],
  area: readonly [number, number, number, number],
  /** The story's layer ids a chapter may show; unchecked when absent. */
  layerIds?: readonly string[],
  /** The story's time zone, in which messages write moments. */
  zone?: string,
): { chapters: Chapter[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const byId = new Map(events.map((event) => [event.id, event]));
  const first = Math.min(...events.map((event) => event.start));
  const last = Math.max(...events.map((event) => event.end ?? event.start));
  const seen = new Set<string>();
  const valid: Chapter[] = [];
  chapters.forEach((chapter, index) => {
    const found: DataProblem[] = [];
    const problem = (field: string, message: string) =>
      found.push({ file, featureId: chapter.id, field: `chapters[${index}].${field}`, message });
    if (seen.has(chapter.id)) problem('id', `duplicate chapter id "${chapter.id}": ids must be unique`);
    seen.add(chapter.id);
    if (!(chapter.at >= first && chapter.at <= last)) {
      problem('at', "expected a moment inside the story's time span (from its first event to its last)");
    }
    if (chapter.until !== undefined && !(chapter.until > chapter.at && chapter.until <= last)) {
      problem('until', 'expected a moment after "at" and inside the story\'s time span');
    }
    const unknownLayer = layerIds && chapter.layers?.find((layer) => !layerIds.includes(layer));
    if (unknownLayer !== undefined) {
      problem('layers', `expected layer ids from ${layerIds?.join(', ')}; got "${unknownLayer}"`);
    }
    const view = chapter.view;
    if ('bounds' in view) {
      const [west, south, east, north] = view.bounds as [number, number, number, number];
      if (!(west < east && south < north)) problem('view.bounds', 'expected west < east and south < north');
      else if (!inArea([west, south], area) || !inArea([east, north], area)) {
        problem('view.bounds', `expected bounds inside the story area [${area.join(', ')}]`);
      }
    } else if (!inArea(view.center, area)) {
      problem('view.center', `expected a centre inside the story area [${area.join(', ')}]`);
    }
    chapter.highlight.forEach((id, i) => {
      if (!byId.has(id)) problem(`highlight[${i}]`, `expected the id of an event, got "${id}"`);
    });
    if (chapter.open !== undefined && !byId.has(chapter.open)) {
      problem('open', `expected the id of an event, got "${chapter.open}"`);
    }
    chapter.cites.forEach((cite, i) => {
      const event = byId.get(cite.event);
      const source = event?.sources[cite.source];
      if (!event) problem(`cites[${i}].event`, `expected the id of an event, got "${cite.event}"`);
      else if (!source) {
        problem(
          `cites[${i}].source`,
          `expected the index of one of the ${event.sources.length} sources of "${cite.event}"`,
        );
      } else if (chapter.knowledge !== 'now' && source.published.earliest > chapter.at) {
        problem(
          `cites[${i}].source`,
          `a chapter may cite only what may have been published by the moment it opens (${formatIsoInZone(chapter.at, zone)}): this source was published ${source.published.text}${source.published.zone ? ` in ${source.published.zone}` : ''}, from ${formatIsoInZone(source.published.earliest, zone)} at the earliest. Open the chapter then or later, cite another source, or tell the chapter with hindsight ("knowledge": "now")`,
        );
      }
    });
    problems.push(...found);
    if (found.length === 0) valid.push(chapter);
  });
  return { chapters: valid, problems };
}
