import { describe, expect, it } from 'vitest';
import { estimateBlockingTime } from './blockingTime.mjs';

const main = { pid: 1, tid: 7 };
const task = (ts: number, cpuMs: number, wallMs = cpuMs) => ({
  ...main,
  name: 'RunTask',
  ph: 'X',
  ts,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});

describe('estimateBlockingTime', () => {
  it('counts what each task after the first contentful paint blocks at 4× its CPU time, not its wall time', () => {
    const estimate = estimateBlockingTime([
      { ...main, name: 'navigationStart', ph: 'R', ts: 0 },
      task(1_000, 40),
      { ...main, name: 'firstContentfulPaint', ph: 'R', ts: 100_000 },
      task(200_000, 20, 90),
      task(300_000, 10, 60),
      { pid: 2, tid: 7, name: 'RunTask', ph: 'X', ts: 400_000, dur: 50_000, tdur: 50_000 },
    ]);
    expect(estimate.fcpMs).toBe(100);
    expect(estimate.blockingMs).toBe(30);
    expect(estimate.longest).toEqual([{ atMs: 200, cpuMs: 20 }]);
  });

  it('says so when the trace has no first contentful paint', () => {
    expect(() => estimateBlockingTime([task(0, 100)])).toThrow(/first contentful paint/);
  });
});
