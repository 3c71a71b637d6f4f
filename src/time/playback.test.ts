import { describe, expect, it } from 'vitest';
import {
  advancePacedPlayback,
  advancePlayback,
  buildPacedPlan,
  type FrameClock,
  PACED_PLAYBACK_DEFAULTS,
  type PacedPlan,
  pacedRealMsAt,
  pacedTimeAt,
  runFrameLoop,
} from './playback';
import { buildTimeAxis, DAY_MS, HOUR_MS } from './timeAxis';

const axis = buildTimeAxis(
  [Date.parse('2021-08-14T00:00:00Z'), Date.parse('2021-08-15T00:00:00Z'), Date.parse('2021-09-20T00:00:00Z')],
  {
    timeZone: 'UTC',
  },
);
const [first, second] = axis.segments;

/** A frame clock driven by the test: each tick runs the pending frame at the given timestamp. */
function fakeClock() {
  let pending: ((t: number) => void) | undefined;
  const clock: FrameClock = {
    requestFrame: (callback) => {
      pending = callback;
      return 1;
    },
    cancelFrame: () => {
      pending = undefined;
    },
  };
  return {
    clock,
    tick(timestamp: number) {
      const callback = pending;
      pending = undefined;
      callback?.(timestamp);
    },
    get waiting() {
      return pending !== undefined;
    },
  };
}

describe('advancePlayback', () => {
  it('advances by the elapsed real time times the speed', () => {
    const step = advancePlayback(axis, axis.start, 500, 6 * HOUR_MS, false);
    expect(step).toEqual({ time: axis.start + 3 * HOUR_MS, ended: false });
  });

  it('jumps a scale break to the next segment', () => {
    if (!first || !second) throw new Error('segments');
    expect(advancePlayback(axis, first.end - HOUR_MS, 1000, 6 * HOUR_MS, false)).toEqual({
      time: second.start,
      ended: false,
    });
  });

  it('stops at the end, or starts again when looping', () => {
    expect(advancePlayback(axis, axis.end - HOUR_MS, 1000, 6 * HOUR_MS, false)).toEqual({
      time: axis.end,
      ended: true,
    });
    expect(advancePlayback(axis, axis.end, 16, HOUR_MS, true)).toEqual({ time: axis.start, ended: false });
  });
});

describe('runFrameLoop', () => {
  it('reports the time between frames, capped, and stops when told', () => {
    const fake = fakeClock();
    const elapsed: number[] = [];
    const stop = runFrameLoop(fake.clock, (ms) => elapsed.push(ms), 100);
    fake.tick(1000); // first frame: no elapsed time yet
    fake.tick(1016);
    fake.tick(1033);
    fake.tick(5000); // a hidden tab: capped
    expect(elapsed).toEqual([16, 17, 100]);
    stop();
    expect(fake.waiting).toBe(false);
    fake.tick(5016);
    expect(elapsed).toHaveLength(3);
  });
});

/**
 * Plays a plan to its end on a fake 60 Hz clock, as the page does (a frame loop feeding the reducer's step),
 * and records the real time at which the slider first reaches or passes each stop.
 */
function playThrough(plan: PacedPlan, from: number): { arrivals: number[]; times: number[]; endedAt: number } {
  const fake = fakeClock();
  let time = from;
  let head: number | undefined;
  let ended = false;
  let now = 0;
  const times: number[] = [];
  const stop = runFrameLoop(fake.clock, (elapsed) => {
    const step = advancePacedPlayback(plan, time, head, elapsed, false);
    time = step.time;
    head = step.playheadMs;
    ended = step.ended;
    times.push(time);
  });
  const arrivals: number[] = [];
  let next = 0;
  while (!ended && now < 600_000) {
    fake.tick(now);
    while (next < plan.stops.length && time >= (plan.stops[next] as number)) {
      arrivals.push(now);
      next++;
    }
    now += 1000 / 60;
  }
  stop();
  return { arrivals, times, endedAt: now };
}

describe('paced playback', () => {
  // A story like the airlift: a busy day, a quiet week, two events minutes apart, and a finding after a break.
  const starts = [
    Date.parse('2021-08-14T00:00:00Z'),
    Date.parse('2021-08-15T00:00:00Z'),
    Date.parse('2021-08-24T00:00:00Z'),
    Date.parse('2021-08-26T13:18:00Z'),
    Date.parse('2021-08-26T13:18:00Z'),
    Date.parse('2021-08-26T13:40:00Z'),
    Date.parse('2021-09-17T19:00:00Z'),
  ];
  const story = buildTimeAxis(starts, { timeZone: 'UTC' });
  const plan = buildPacedPlan(story, starts);

  it('holds once at each distinct start, in order', () => {
    expect(Array.from(plan.stops)).toEqual([...new Set(starts)]);
  });

  it('never leaves the reader more than 3 s without a new event, and holds each one for its hold', () => {
    const { arrivals, endedAt } = playThrough(plan, story.start);
    expect(arrivals).toHaveLength(plan.stops.length);
    const gaps = arrivals.slice(1).map((at, i) => at - (arrivals[i] as number));
    gaps.push(endedAt - (arrivals[arrivals.length - 1] as number));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3000 + 1000 / 60);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(PACED_PLAYBACK_DEFAULTS.holdMs);
  });

  it('passes a quiet week as fast as a quiet day, but two events 22 minutes apart more slowly than at once', () => {
    const week = pacedRealMsAt(plan, starts[2] as number) - pacedRealMsAt(plan, (starts[1] as number) + DAY_MS / 2);
    expect(week).toBeLessThanOrEqual(PACED_PLAYBACK_DEFAULTS.maxTravelMs);
    const minutes = pacedRealMsAt(plan, starts[5] as number) - pacedRealMsAt(plan, starts[4] as number);
    expect(minutes).toBeGreaterThanOrEqual(PACED_PLAYBACK_DEFAULTS.holdMs + PACED_PLAYBACK_DEFAULTS.minTravelMs);
  });

  it('crosses a scale break within one move, never stopping in the break', () => {
    const { times } = playThrough(plan, story.start);
    const [first, second] = story.segments;
    if (!first || !second) throw new Error('segments');
    expect(times.every((t) => t <= first.end || t >= second.start)).toBe(true);
    expect(times[times.length - 1]).toBe(story.end);
  });

  it('resumes from any time: an event time starts its hold, a time between events moves on from there', () => {
    const at = starts[3] as number;
    expect(pacedTimeAt(plan, pacedRealMsAt(plan, at))).toBe(at);
    expect(pacedTimeAt(plan, pacedRealMsAt(plan, at) + PACED_PLAYBACK_DEFAULTS.holdMs - 1)).toBe(at);
    const between = at - HOUR_MS;
    expect(pacedTimeAt(plan, pacedRealMsAt(plan, between))).toBeCloseTo(between, -1);
  });

  it('stops at the end, or starts again when looping', () => {
    expect(advancePacedPlayback(plan, story.end, plan.totalMs, 16, false)).toEqual({
      time: story.end,
      playheadMs: plan.totalMs,
      ended: true,
    });
    expect(advancePacedPlayback(plan, story.end, plan.totalMs, 16, true)).toEqual({
      time: story.start,
      playheadMs: 0,
      ended: false,
    });
  });
});
