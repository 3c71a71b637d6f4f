/**
 * The guided story's state transitions, kept apart from the rest of the reducer: entering a chapter moves the
 * slider (and may play a span, open an event, choose layers); any move of the reader's own pauses the story, which
 * can resume where it left off; exiting leaves the reader at the current moment.
 */
import type { Chapter } from '../domain/chapters';
import type { KnowledgeView } from '../domain/knownAt';

/** Where the reader is in the guided story. */
export interface TourState {
  /** The chapter being shown (or last shown, while paused). */
  readonly index: number;
  /** True once the reader scrubbed, played, panned or opened another event: "Resume story" brings them back. */
  readonly paused: boolean;
  /** Counts chapter entries, so that re-entering the same chapter moves the map again. */
  readonly entry: number;
  /** The reader's own choice of record ("then" or "now"), restored when a chapter told with hindsight is left. */
  readonly readerKnown: KnowledgeView;
}

/** What entering a chapter does to the rest of the state. */
export interface ChapterEntry {
  readonly tour: TourState;
  readonly time: number;
  readonly playing: boolean;
  /** Playback stops here (the end of the chapter's span), or null. */
  readonly playUntil: number | null;
  readonly selectedId: string | null;
  readonly layers: Readonly<Record<string, boolean>>;
  /** The record the chapter is told with: "now" for a chapter told with hindsight, else the reader's own. */
  readonly known: KnowledgeView;
}

/**
 * The state of entering chapter `index`: the slider at its moment (playing through its span unless the reader
 * prefers reduced motion), its event opened, its layers shown.
 */
export function enterChapter(
  chapter: Chapter,
  index: number,
  previous: TourState | null,
  reducedMotion: boolean,
  /** The story's layer ids. */
  layerIds: readonly string[],
  /** The record the reader is looking at as the chapter is entered. */
  known: KnowledgeView = 'then',
): ChapterEntry {
  const plays = chapter.until !== undefined && !reducedMotion;
  const readerKnown = previous?.readerKnown ?? known;
  return {
    tour: { index, paused: false, entry: (previous?.entry ?? 0) + 1, readerKnown },
    known: chapter.knowledge === 'now' ? 'now' : readerKnown,
    // Under reduced motion nothing plays: a span's chapter opens at the span's end, where its caption stands.
    time: chapter.until !== undefined && reducedMotion ? chapter.until : chapter.at,
    playing: plays,
    playUntil: plays ? (chapter.until as number) : null,
    selectedId: chapter.open ?? null,
    // A chapter shows the layers it names, or all of them: what it shows never depends on the chapter before.
    layers: Object.fromEntries(layerIds.map((id) => [id, chapter.layers === undefined || chapter.layers.includes(id)])),
  };
}

/** The tour after an action of the reader's own: paused (a no-op when there is no tour or it is paused already). */
export function pauseTour(tour: TourState | null): TourState | null {
  return tour && !tour.paused ? { ...tour, paused: true } : tour;
}

/** The chapter index a "goto" asks for, clamped to the story's chapters; undefined when there are none. */
export function clampChapterIndex(index: number, count: number): number | undefined {
  if (count === 0 || !Number.isFinite(index)) return undefined;
  return Math.min(count - 1, Math.max(0, Math.trunc(index)));
}
