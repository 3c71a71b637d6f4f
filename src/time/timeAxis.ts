import { DAY_MS, zoneOffsetAt } from './zoneOffset';

export { DAY_MS, HOUR_MS } from './zoneOffset';

/** One continuous stretch of the time axis, and where it sits on the slider track (fractions 0–1). */
export interface AxisSegment {
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/**
 * A time axis made of segments with scale breaks between them, so that a few later events (a finding weeks or
 * months on) stay reachable without squashing the dense days of the story.
 */
export interface TimeAxis {
  readonly segments: readonly AxisSegment[];
  readonly start: number;
  readonly end: number;
}

/** Defaults of `buildTimeAxis`. */
export const TIME_AXIS_DEFAULTS = {
  /** A quiet stretch longer than this becomes a scale break (a week without news stays on the scale). */
  breakAfterMs: 12 * DAY_MS,
  /** Width of each break on the track, as a fraction of the track. */
  breakWidth: 0.025,
  /** No segment is narrower than this fraction of the track, however short. */
  minSegmentWidth: 0.08,
} as const;

export interface TimeAxisOptions {
  readonly timeZone: string;
  readonly breakAfterMs?: number;
}

export interface AxisLayoutOptions {
  readonly breakWidth?: number;
  readonly minSegmentWidth?: number;
}

/** The midnight that begins t's calendar day in the given IANA zone (exact for zones without DST that day). */
function startOfDay(t: number, timeZone: string): number {
  const local = t + zoneOffsetAt(t, timeZone);
  return t - (((local % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * Builds the axis from the moments that matter (event starts and ends): whole days in the story's zone,
 * merged while the gaps between moments are short, broken where they are long.
 */
export function buildTimeAxis(moments: ArrayLike<number>, options: TimeAxisOptions): TimeAxis {
  const breakAfter = options.breakAfterMs ?? TIME_AXIS_DEFAULTS.breakAfterMs;
  // A typed array sorts numbers natively: a story of 100,000 events has some 300,000 moments.
  let finite = 0;
  for (let i = 0; i < moments.length; i++) if (Number.isFinite(moments[i])) finite++;
  const sorted = new Float64Array(finite);
  finite = 0;
  for (let i = 0; i < moments.length; i++) {
    const moment = moments[i] as number;
    if (Number.isFinite(moment)) sorted[finite++] = moment;
  }
  sorted.sort();
  if (sorted.length === 0) {
    const day = Date.UTC(2000, 0, 1);
    return layoutTimeAxis({
      segments: [{ start: day, end: day + DAY_MS, from: 0, to: 1 }],
      start: day,
      end: day + DAY_MS,
    });
  }
  const spans: { start: number; end: number }[] = [];
  let spanStart = sorted[0] as number;
  let previous = spanStart;
  for (const moment of sorted) {
    if (moment - previous > breakAfter) {
      spans.push({ start: spanStart, end: previous });
      spanStart = moment;
    }
    previous = moment;
  }
  spans.push({ start: spanStart, end: previous });
  const segments = spans.map((span) => ({
    start: startOfDay(span.start, options.timeZone),
    end: startOfDay(span.end, options.timeZone) + DAY_MS,
    from: 0,
    to: 0,
  }));
  return layoutTimeAxis({
    segments,
    start: segments[0]?.start as number,
    end: segments[segments.length - 1]?.end as number,
  });
}

/**
 * Places the segments on the track: widths in proportion to their durations, except that no segment is
 * narrower than `minSegmentWidth`, with `breakWidth` between segments. The times stay the same, so a slider can
 * lay the axis out for its own width (in pixels, a short segment needs room for its label).
 */
export function layoutTimeAxis(axis: TimeAxis, options: AxisLayoutOptions = {}): TimeAxis {
  const breakWidth = options.breakWidth ?? TIME_AXIS_DEFAULTS.breakWidth;
  const minWidth = options.minSegmentWidth ?? TIME_AXIS_DEFAULTS.minSegmentWidth;
  const count = axis.segments.length;
  const available = 1 - breakWidth * (count - 1);
  const durations = axis.segments.map((segment) => segment.end - segment.start);
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  let widths = durations.map((duration) => (duration / total) * available);
  const narrow = widths.map((width) => width < minWidth);
  if (narrow.some(Boolean) && !narrow.every(Boolean)) {
    const fixed = narrow.filter(Boolean).length * minWidth;
    const wideTotal = durations.reduce((sum, duration, i) => (narrow[i] ? sum : sum + duration), 0);
    widths = durations.map((duration, i) => (narrow[i] ? minWidth : (duration / wideTotal) * (available - fixed)));
  }
  let cursor = 0;
  const segments = axis.segments.map((segment, i) => {
    const from = cursor;
    const to = i === count - 1 ? 1 : cursor + (widths[i] as number);
    cursor = to + breakWidth;
    return { start: segment.start, end: segment.end, from, to };
  });
  return { segments, start: axis.start, end: axis.end };
}

/** Position of t on the track (0–1). Times in a break sit at the break's near edge. */
export function timeToFraction(axis: TimeAxis, t: number): number {
  for (const segment of axis.segments) {
    if (t <= segment.end) {
      if (t <= segment.start) return segment.from;
      return segment.from + ((t - segment.start) / (segment.end - segment.start)) * (segment.to - segment.from);
    }
  }
  return 1;
}

/** The time at a track position (0–1); a position inside a break snaps to the nearer segment edge. */
export function fractionToTime(axis: TimeAxis, fraction: number): number {
  const f = Math.min(1, Math.max(0, fraction));
  let previous: AxisSegment | undefined;
  for (const segment of axis.segments) {
    if (f < segment.from) {
      if (previous && f - previous.to < segment.from - f) return previous.end;
      return segment.start;
    }
    if (f <= segment.to) {
      const within = segment.to === segment.from ? 0 : (f - segment.from) / (segment.to - segment.from);
      return segment.start + within * (segment.end - segment.start);
    }
    previous = segment;
  }
  return axis.end;
}

/** Brings t onto the axis: before the start → start; after the end → end; in a break → the next segment. */
export function clampToAxis(axis: TimeAxis, t: number): number {
  if (!(t > axis.start)) return axis.start;
  if (t >= axis.end) return axis.end;
  for (const segment of axis.segments) {
    if (t < segment.start) return segment.start;
    if (t <= segment.end) return t;
  }
  return axis.end;
}

/**
 * Moves t by delta along the axis, crossing a break as one step: stepping forward off a segment's end lands on
 * the next segment's start, stepping back off a start lands on the previous end. Stops at the axis ends.
 */
export function stepAlongAxis(axis: TimeAxis, t: number, delta: number): number {
  const here = clampToAxis(axis, t);
  const target = here + delta;
  const segments = axis.segments;
  const current = segments.findIndex((segment) => here >= segment.start && here <= segment.end);
  const segment = segments[current];
  if (!segment) return clampToAxis(axis, target);
  if (target > segment.end) {
    const next = segments[current + 1];
    if (!next) return axis.end;
    return here === segment.end ? next.start : segment.end;
  }
  if (target < segment.start) {
    const previous = segments[current - 1];
    if (!previous) return axis.start;
    return here === segment.start ? previous.end : segment.start;
  }
  return target;
}
