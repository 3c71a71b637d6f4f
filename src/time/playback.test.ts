import { describe, expect, it } from 'vitest';
import { advancePlayback, type FrameClock, runFrameLoop } from './playback';
import { buildTimeAxis, HOUR_MS } from './timeAxis';

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
