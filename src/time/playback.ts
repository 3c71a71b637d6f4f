import { interfaceText } from '../text/interfaceText';
import { lowerBound, upperBound } from './sortedSearch';
import type { TimeAxis } from './timeAxis';
import { clampToAxis, DAY_MS, HOUR_MS } from './timeAxis';

/**
 * Playback speeds a reader can choose: paced by the story's events (the default), or a fixed rate of story time
 * per second of real time.
 */
export const PLAYBACK_SPEEDS = [
  { id: 'paced', label: interfaceText.playback.speeds.paced, storyMsPerSecond: 0 },
  { id: '1h', label: interfaceText.playback.speeds['1h'], storyMsPerSecond: HOUR_MS },
  { id: '6h', label: interfaceText.playback.speeds['6h'], storyMsPerSecond: 6 * HOUR_MS },
  { id: '1d', label: interfaceText.playback.speeds['1d'], storyMsPerSecond: DAY_MS },
] as const;
export type PlaybackSpeedId = (typeof PLAYBACK_SPEEDS)[number]['id'];

export function speedById(id: PlaybackSpeedId): (typeof PLAYBACK_SPEEDS)[number] {
  return PLAYBACK_SPEEDS.find((speed) => speed.id === id) ?? PLAYBACK_SPEEDS[0];
}

/** Defaults of `buildPacedPlan`: an event holds the screen, a quiet stretch passes in at most `maxTravelMs`. */
export const PACED_PLAYBACK_DEFAULTS = {
  /** Real time the slider stands still at each moment something starts, so that the reader sees it appear. */
  holdMs: 1500,
  /** Real time of the shortest move between two moments (an hour apart or less). */
  minTravelMs: 400,
  /** Real time of the longest move, however quiet the stretch (hold + travel: at most 3 s without news). */
  maxTravelMs: 1500,
  /** Extra real time per doubling of the story time between two moments (in hours). */
  travelMsPerDoubling: 250,
} as const;

export type PacedPlaybackOptions = Partial<Record<keyof typeof PACED_PLAYBACK_DEFAULTS, number>>;

/**
 * Paced playback as a piecewise-linear map from real time (ms since playback began at the axis start) to story
 * time: keyframes `real[i] → story[i]`, both non-decreasing. Two keyframes at the same story time are a hold;
 * two at the same real time are a jump over a scale break.
 */
export interface PacedPlan {
  readonly real: Float64Array;
  readonly story: Float64Array;
  /** Real time from the axis start to its end. */
  readonly totalMs: number;
  /** The moments it holds at (distinct event starts on the axis), ascending. */
  readonly stops: Float64Array;
}

/** Story time between a and b (a ≤ b) along the axis, leaving out the scale breaks. */
function axisDistance(axis: TimeAxis, a: number, b: number): number {
  let distance = 0;
  for (const segment of axis.segments) {
    distance += Math.max(0, Math.min(b, segment.end) - Math.max(a, segment.start));
  }
  return distance;
}

/**
 * Builds the paced plan of a story: it holds at every distinct event start and moves between them in a time
 * that grows with the logarithm of the story time between them, bounded, so that a week without news passes as
 * quickly as a day and the minutes between two attacks are not skipped. Scale breaks are crossed as part of the
 * move, never as a move of their own.
 */
export function buildPacedPlan(
  axis: TimeAxis,
  starts: ArrayLike<number>,
  options: PacedPlaybackOptions = {},
): PacedPlan {
  const o = { ...PACED_PLAYBACK_DEFAULTS, ...options };
  const stops: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const stop = clampToAxis(axis, starts[i] as number);
    if (stops.length === 0 || stop > (stops[stops.length - 1] as number)) stops.push(stop);
  }
  const real: number[] = [0];
  const story: number[] = [axis.start];
  let clock = 0;
  let from = axis.start;
  const travelTo = (to: number) => {
    const distance = axisDistance(axis, from, to);
    if (distance <= 0) return;
    const hours = distance / HOUR_MS;
    const duration = Math.min(o.maxTravelMs, o.minTravelMs + o.travelMsPerDoubling * Math.log2(1 + hours));
    // Each break crossed on the way: reach the segment's end, then jump to the next segment's start.
    for (let i = 0; i < axis.segments.length - 1; i++) {
      const segment = axis.segments[i] as TimeAxis['segments'][number];
      const next = axis.segments[i + 1] as TimeAxis['segments'][number];
      if (segment.end <= from || segment.end >= to) continue;
      const at = clock + (duration * axisDistance(axis, from, segment.end)) / distance;
      real.push(at, at);
      story.push(segment.end, next.start);
    }
    clock += duration;
    real.push(clock);
    story.push(to);
    from = to;
  };
  for (const stop of stops) {
    travelTo(stop);
    clock += o.holdMs;
    real.push(clock);
    story.push(stop);
  }
  travelTo(axis.end);
  return {
    real: Float64Array.from(real),
    story: Float64Array.from(story),
    totalMs: clock,
    stops: Float64Array.from(stops),
  };
}

/** The story time at a real time into a paced plan. */
export function pacedTimeAt(plan: PacedPlan, realMs: number): number {
  const { real, story } = plan;
  const i = Math.max(0, upperBound(real, realMs) - 1);
  const next = i + 1;
  if (next >= real.length) return story[real.length - 1] as number;
  const r0 = real[i] as number;
  const r1 = real[next] as number;
  const s0 = story[i] as number;
  const s1 = story[next] as number;
  return r1 > r0 ? s0 + ((s1 - s0) * (Math.max(r0, realMs) - r0)) / (r1 - r0) : s0;
}

/**
 * Where a story time sits in a paced plan (real ms). A time at which the plan holds maps to the hold's
 * beginning, so that playing from an event shows it for the whole hold; a time in a scale break, to the jump.
 */
export function pacedRealMsAt(plan: PacedPlan, time: number): number {
  const { real, story } = plan;
  const i = lowerBound(story, time);
  if (i >= story.length) return plan.totalMs;
  if (i === 0 || story[i] === time) return real[i] as number;
  const r0 = real[i - 1] as number;
  const r1 = real[i] as number;
  const s0 = story[i - 1] as number;
  const s1 = story[i] as number;
  return r0 + ((r1 - r0) * (time - s0)) / (s1 - s0);
}

/** A step of paced playback: the new time, where the play head is in the plan, and whether it ended. */
export interface PacedStep extends PlaybackStep {
  readonly playheadMs: number;
}

/**
 * Advances paced playback by the real time elapsed since the last frame, from a play head (real ms into the
 * plan; undefined: from wherever `time` is). At the end it stops, or starts again when looping.
 */
export function advancePacedPlayback(
  plan: PacedPlan,
  time: number,
  playheadMs: number | undefined,
  elapsedMs: number,
  loop: boolean,
): PacedStep {
  const head = (playheadMs ?? pacedRealMsAt(plan, time)) + Math.max(0, elapsedMs);
  if (head >= plan.totalMs) {
    const end = plan.story[plan.story.length - 1] as number;
    if (!loop) return { time: end, playheadMs: plan.totalMs, ended: true };
    if (time >= end) return { time: plan.story[0] as number, playheadMs: 0, ended: false };
    return { time: end, playheadMs: plan.totalMs, ended: false };
  }
  return { time: pacedTimeAt(plan, head), playheadMs: head, ended: false };
}

export interface PlaybackStep {
  readonly time: number;
  /** True when playback reached the end and does not loop: the player should stop. */
  readonly ended: boolean;
}

/**
 * Advances playback by the real time elapsed since the last frame. Crossing a scale break jumps to the next
 * segment's start; at the end it stops, or wraps to the start when looping.
 */
export function advancePlayback(
  axis: TimeAxis,
  time: number,
  elapsedMs: number,
  storyMsPerSecond: number,
  loop: boolean,
): PlaybackStep {
  if (time >= axis.end) return loop ? { time: axis.start, ended: false } : { time: axis.end, ended: true };
  const target = time + (Math.max(0, elapsedMs) / 1000) * storyMsPerSecond;
  const index = axis.segments.findIndex((segment) => time < segment.end);
  const segment = axis.segments[index];
  if (!segment) return { time: axis.end, ended: !loop };
  if (time < segment.start) return { time: segment.start, ended: false };
  if (target <= segment.end) return { time: target, ended: false };
  const next = axis.segments[index + 1];
  if (next) return { time: next.start, ended: false };
  return loop ? { time: axis.end, ended: false } : { time: axis.end, ended: true };
}

/** The clock playback runs on; the browser's is requestAnimationFrame, tests inject a fake one. */
export interface FrameClock {
  requestFrame(callback: (timestamp: number) => void): number;
  cancelFrame(handle: number): void;
}

export const browserFrameClock: FrameClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
};

/**
 * Calls `onFrame(elapsedMs)` once per frame until stopped. Elapsed time is measured between frame
 * timestamps and capped, so a hidden tab does not jump the story forward when it comes back.
 */
export function runFrameLoop(clock: FrameClock, onFrame: (elapsedMs: number) => void, maxStepMs = 100): () => void {
  let previous: number | undefined;
  let handle = 0;
  let running = true;
  const frame = (timestamp: number) => {
    if (!running) return;
    const elapsed = previous === undefined ? 0 : Math.min(maxStepMs, Math.max(0, timestamp - previous));
    previous = timestamp;
    if (elapsed > 0) onFrame(elapsed);
    if (running) handle = clock.requestFrame(frame);
  };
  handle = clock.requestFrame(frame);
  return function stopFrameLoop() {
    running = false;
    clock.cancelFrame(handle);
  };
}
