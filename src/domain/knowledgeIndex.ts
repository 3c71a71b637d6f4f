/**
 * The knowledge clock, indexed as the time index indexes the event clock: every moment at which what a reader may
 * know of an event changes (a window of its first report, of a figure's source or of a correction opens or closes),
 * sorted once, on typed arrays. A step asks which events' headlines changed between two times (O(log N + changes))
 * and which items became known: the map relabels only those, playback dwells on them, captions name them.
 */
import { sortedOrder } from '../time/sortedOrder';
import { upperBound } from '../time/sortedSearch';
import type { Correction, Figure, StoryEvent } from './storyEvent';

/** What changed at a moment of the knowledge clock. */
export const KNOWLEDGE_STEPS = [
  /** The first report's window opens: the event may be named from now on. */
  'first-report',
  /** The first report's window closes: the event is certainly reported. */
  'first-report-certain',
  /** A correction's window opens: the title or status may change from now on. */
  'correction',
  /** A correction's window closes. */
  'correction-certain',
  /** The window of a source that gives a figure opens: a new number may be known. */
  'figure',
] as const;
export type KnowledgeStep = (typeof KNOWLEDGE_STEPS)[number];

/** Steps that change an event's headline (its title, status, or how sure the page is of them). */
const HEADLINE_STEPS = new Set<number>([0, 1, 2, 3]);
/** Steps at which something becomes known: a reader is told of them, and playback dwells on them. */
const NEWS_STEPS = new Set<number>([0, 2, 4]);

/** One moment of the knowledge clock. */
export interface KnowledgeItem {
  readonly at: number;
  /** The event's ordinal in the time index. */
  readonly ordinal: number;
  readonly step: KnowledgeStep;
  /** The source (first report, figure) or correction it comes from, by index in the event's lists. */
  readonly item: number;
}

/** An immutable index of the knowledge clock's moments, sorted ascending. */
export interface KnowledgeIndex {
  readonly moments: Float64Array;
  readonly ordinals: Int32Array;
  /** Index into KNOWLEDGE_STEPS. */
  readonly steps: Uint8Array;
  /** The source or correction index within the event. */
  readonly items: Int32Array;
}

/**
 * Builds the index once from the events in time-index order (`events[ordinal]`): O(M log M) for M moments, a few
 * per event (most events have one first report, few figures and fewer corrections).
 */
export function buildKnowledgeIndex(events: readonly StoryEvent[]): KnowledgeIndex {
  const moments: number[] = [];
  const ordinals: number[] = [];
  const steps: number[] = [];
  const items: number[] = [];
  const add = (at: number, ordinal: number, step: number, item: number) => {
    if (!Number.isFinite(at)) return;
    moments.push(at);
    ordinals.push(ordinal);
    steps.push(step);
    items.push(item);
  };
  events.forEach((event, ordinal) => {
    let first = -1;
    event.sources.forEach((source, index) => {
      const best = event.sources[first];
      if (!best || source.published.earliest < best.published.earliest) first = index;
    });
    add(event.firstReport.earliest, ordinal, 0, first);
    if (event.firstReport.latest > event.firstReport.earliest) add(event.firstReport.latest, ordinal, 1, first);
    event.corrections.forEach((correction, index) => {
      add(correction.published.earliest, ordinal, 2, index);
      if (correction.published.latest > correction.published.earliest)
        add(correction.published.latest, ordinal, 3, index);
    });
    const figureSources = new Set(event.figures.map((figure) => figure.source));
    for (const index of figureSources) {
      const source = event.sources[index];
      // A figure that comes with the first report is news of that report.
      if (source && index !== first) add(source.published.earliest, ordinal, 4, index);
    }
  });
  const order = sortedOrder(moments);
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(values: number[], into: T): T => {
    order.forEach((from, to) => {
      into[to] = values[from] as number;
    });
    return into;
  };
  return {
    moments: pick(moments, new Float64Array(order.length)),
    ordinals: pick(ordinals, new Int32Array(order.length)),
    steps: pick(steps, new Uint8Array(order.length)),
    items: pick(items, new Int32Array(order.length)),
  };
}

/** The index range of moments in (low, high]. */
function rangeOf(index: KnowledgeIndex, from: number, to: number): [number, number] {
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  return [upperBound(index.moments, low), upperBound(index.moments, high)];
}

/**
 * The events whose headline (title, status, or whether it is certain) may differ between `from` and `to`, in either
 * direction: each ordinal once. A step of the slider relabels only these.
 */
export function headlinesChangedBetween(index: KnowledgeIndex, from: number, to: number): number[] {
  if (from === to) return [];
  const [begin, end] = rangeOf(index, from, to);
  const changed = new Set<number>();
  for (let i = begin; i < end; i++) {
    if (HEADLINE_STEPS.has(index.steps[i] as number)) changed.add(index.ordinals[i] as number);
  }
  return [...changed];
}

/** What became known in (from, to]: first reports, new figures and corrections, in the order they may have. */
export function newsBetween(index: KnowledgeIndex, from: number, to: number): KnowledgeItem[] {
  if (to <= from) return [];
  const [begin, end] = rangeOf(index, from, to);
  const news: KnowledgeItem[] = [];
  for (let i = begin; i < end; i++) {
    const step = index.steps[i] as number;
    if (!NEWS_STEPS.has(step)) continue;
    news.push({
      at: index.moments[i] as number,
      ordinal: index.ordinals[i] as number,
      step: KNOWLEDGE_STEPS[step] as KnowledgeStep,
      item: index.items[i] as number,
    });
  }
  return news;
}

/** The moments at which something becomes known, ascending, each once: where story-pace playback dwells. */
export function newsMoments(index: KnowledgeIndex): Float64Array {
  const moments: number[] = [];
  for (let i = 0; i < index.moments.length; i++) {
    if (!NEWS_STEPS.has(index.steps[i] as number)) continue;
    const at = index.moments[i] as number;
    if (moments[moments.length - 1] !== at) moments.push(at);
  }
  return Float64Array.from(moments);
}

/** Something that became known, as a caption or an announcement may say it (the shells word it). */
export interface NewsItem {
  readonly eventId: string;
  readonly ordinal: number;
  /** The moment it may first have been public. */
  readonly at: number;
  readonly step: KnowledgeStep;
  /** Who said it: the first report's party, the figure's source's, the correcting source's. */
  readonly party?: string;
  /** The figure it gave (a `figure` step). */
  readonly figure?: Figure;
  /** The correction (a `correction` step). */
  readonly correction?: Correction;
}

/** The news of (from, to], with who gave it: first reports, figures and corrections, oldest first. */
export function selectNews(events: readonly StoryEvent[], index: KnowledgeIndex, from: number, to: number): NewsItem[] {
  return newsBetween(index, from, to).flatMap((item) => {
    const event = events[item.ordinal];
    if (!event) return [];
    const base = { eventId: event.id, ordinal: item.ordinal, at: item.at, step: item.step };
    if (item.step === 'correction') {
      const correction = event.corrections[item.item];
      if (!correction) return [];
      const by = correction.bySource === undefined ? undefined : event.sources[correction.bySource];
      return [{ ...base, correction, ...(by ? { party: by.party } : {}) }];
    }
    const source = event.sources[item.item];
    if (item.step === 'figure') {
      const figure = event.figures.find((candidate) => candidate.source === item.item);
      return figure ? [{ ...base, figure, party: source?.party }] : [];
    }
    return [{ ...base, ...(source ? { party: source.party } : {}) }];
  });
}
