import { sortedOrder } from './sortedOrder';
import { lowerBound, upperBound } from './sortedSearch';

/** What the index needs of an event: its id and times in epoch ms (end exclusive). */
export interface TimedItem {
  readonly id: string;
  readonly start: number;
  readonly end?: number;
}

/** Where an event stands at a given time. */
export type EventPhase = 'upcoming' | 'current' | 'past';

/**
 * An immutable index of events sorted by start. Events are addressed by their ordinal: their position in
 * start order, the same in every query, so layers keep per-event arrays and never look up strings per step.
 *
 * An event is `current` from its start (inclusive) until its end (exclusive); an event without an end stays
 * current for `instantSpanMs` after its start, so that a reader sees it appear rather than blink; after that
 * it is `past`.
 */
export interface TimeIndex {
  /** Event ids in start order: `ids[ordinal]`. */
  readonly ids: readonly string[];
  /** Each id's ordinal; made on first use (a map of 100,000 ids costs ~45 ms, which a first render need not pay). */
  readonly ordinalOf: ReadonlyMap<string, number>;
  /** Start times in ascending order: `starts[ordinal]`. */
  readonly starts: Float64Array;
  /** When each event stops being current: `currentUntil[ordinal]`. */
  readonly currentUntil: Float64Array;
  /** `currentUntil` sorted ascending, with the ordinals in that order. */
  readonly untilSorted: Float64Array;
  readonly untilOrder: Int32Array;
  /** The longest time any event is current, bounding the "what is current now" search. */
  readonly longestSpan: number;
  /** Earliest start and latest moment that matters (latest end or start), or NaN for an empty index. */
  readonly first: number;
  readonly last: number;
}

export interface TimeIndexOptions {
  /** How long an event without an end stays current. Default: 24 hours. */
  readonly instantSpanMs?: number;
  /**
   * How long an event with an end stays current after it ("the last 24 hours" shows what overlapped them).
   * Default: 0, an event leaves at its end.
   */
  readonly trailingMs?: number;
}

const DEFAULT_INSTANT_SPAN_MS = 24 * 3_600_000;

/** Builds the index once; O(N log N). Ties in start are ordered by id, so ordinals are deterministic. */
export function buildTimeIndex(items: readonly TimedItem[], options: TimeIndexOptions = {}): TimeIndex {
  const instantSpan = options.instantSpanMs ?? DEFAULT_INSTANT_SPAN_MS;
  const trailing = options.trailingMs ?? 0;
  const order = sortedOrder(
    items.map((item) => item.start),
    (a, b) => {
      const left = (items[a] as TimedItem).id;
      const right = (items[b] as TimedItem).id;
      return left < right ? -1 : left > right ? 1 : 0;
    },
  );
  const count = order.length;
  const ids: string[] = new Array(count);
  const starts = new Float64Array(count);
  const currentUntil = new Float64Array(count);
  let longestSpan = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const item = items[order[ordinal] as number] as TimedItem;
    ids[ordinal] = item.id;
    starts[ordinal] = item.start;
    const until = item.end === undefined ? item.start + instantSpan : item.end + trailing;
    currentUntil[ordinal] = until;
    longestSpan = Math.max(longestSpan, until - item.start);
    last = Math.max(last, item.end ?? item.start);
  }
  const untilOrder = sortedOrder(currentUntil);
  const untilSorted = Float64Array.from(untilOrder, (ordinal) => currentUntil[ordinal] as number);
  let ordinalOf: Map<string, number> | undefined;
  return {
    ids,
    get ordinalOf() {
      if (!ordinalOf) {
        ordinalOf = new Map();
        for (let ordinal = 0; ordinal < count; ordinal++) ordinalOf.set(ids[ordinal] as string, ordinal);
      }
      return ordinalOf;
    },
    starts,
    currentUntil,
    untilSorted,
    untilOrder,
    longestSpan,
    first: count > 0 ? (starts[0] as number) : Number.NaN,
    last: count > 0 ? last : Number.NaN,
  };
}

/** The phase of one event at time t. */
export function phaseAt(index: TimeIndex, ordinal: number, t: number): EventPhase {
  if (t < (index.starts[ordinal] as number)) return 'upcoming';
  return t < (index.currentUntil[ordinal] as number) ? 'current' : 'past';
}

/** Whether an event is drawn at time t: begun, and not over unless past events are shown. */
export function isShownAt(index: TimeIndex, ordinal: number, t: number, showPast: boolean): boolean {
  const phase = phaseAt(index, ordinal, t);
  return phase === 'current' || (phase === 'past' && showPast);
}

/** Ordinals of events starting in [from, to): a binary search, then a slice of the start order. */
export function eventsStartingIn(index: TimeIndex, from: number, to: number): number[] {
  const begin = lowerBound(index.starts, from);
  const end = lowerBound(index.starts, to);
  const result: number[] = new Array(Math.max(0, end - begin));
  for (let ordinal = begin; ordinal < end; ordinal++) result[ordinal - begin] = ordinal;
  return result;
}

/** How many events have started at time t (start ≤ t): the started events are ordinals [0, count). */
export function startedCount(index: TimeIndex, t: number): number {
  return upperBound(index.starts, t);
}

/** Ordinals of events current at time t (start ≤ t < currentUntil), in start order. O(log N + recent). */
export function currentAt(index: TimeIndex, t: number): number[] {
  const begin = upperBound(index.starts, t - index.longestSpan);
  const end = upperBound(index.starts, t);
  const result: number[] = [];
  for (let ordinal = begin; ordinal < end; ordinal++) {
    if ((index.currentUntil[ordinal] as number) > t) result.push(ordinal);
  }
  return result;
}

/** Ordinals of events visible at t: current ones, plus past ones when `includePast`. In start order. */
export function visibleAt(index: TimeIndex, t: number, includePast: boolean): number[] {
  if (!includePast) return currentAt(index, t);
  return Array.from({ length: startedCount(index, t) }, (_, ordinal) => ordinal);
}

/**
 * Ordinals whose phase may differ between times `from` and `to`: events that start, or stop being current,
 * in between. O(log N + changes): the cost of a scrub step follows what changes, not the size of the story.
 * An ordinal appears at most once.
 */
export function phaseChangesBetween(index: TimeIndex, from: number, to: number): number[] {
  if (from === to) return [];
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const changed: number[] = [];
  // Boundaries are inclusive at the start (t ≥ start) and exclusive at the end (t < until), so a boundary b
  // changes a phase when it lies in (low, high].
  const startBegin = upperBound(index.starts, low);
  const startEnd = upperBound(index.starts, high);
  for (let ordinal = startBegin; ordinal < startEnd; ordinal++) changed.push(ordinal);
  const untilBegin = upperBound(index.untilSorted, low);
  const untilEnd = upperBound(index.untilSorted, high);
  for (let position = untilBegin; position < untilEnd; position++) {
    const ordinal = index.untilOrder[position] as number;
    const start = index.starts[ordinal] as number;
    // Already listed when its start is in (low, high] too.
    if (start <= low || start > high) changed.push(ordinal);
  }
  return changed;
}
