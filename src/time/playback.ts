import type { TimeAxis } from './timeAxis';
import { DAY_MS, HOUR_MS } from './timeAxis';

/** Playback speeds a reader can choose, as story time per second of real time. */
export const PLAYBACK_SPEEDS = [
  { id: '1h', label: '1 hour/s', storyMsPerSecond: HOUR_MS },
  { id: '6h', label: '6 hours/s', storyMsPerSecond: 6 * HOUR_MS },
  { id: '1d', label: '1 day/s', storyMsPerSecond: DAY_MS },
] as const;
export type PlaybackSpeedId = (typeof PLAYBACK_SPEEDS)[number]['id'];

export function speedById(id: PlaybackSpeedId): (typeof PLAYBACK_SPEEDS)[number] {
  return PLAYBACK_SPEEDS.find((speed) => speed.id === id) ?? PLAYBACK_SPEEDS[1];
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
