import { describe, expect, it } from 'vitest';
import { type AxisLabel, buildAxisLabels } from './axisLabels';
import { calendarNamesOf } from './calendarNames';
import {
  buildTimeAxis,
  clampToAxis,
  DAY_MS,
  fractionToTime,
  HOUR_MS,
  layoutTimeAxis,
  stepAlongAxis,
  timeToFraction,
} from './timeAxis';

const kabul = (iso: string) => Date.parse(iso);
// The story's moments: 14 Aug – 1 Sep 2021 (dense), 17 Sep 2021, 4–5 Feb 2022.
const moments = [
  kabul('2021-08-14T00:00:00+04:30'),
  kabul('2021-08-16T00:00:00+04:30'),
  kabul('2021-08-24T00:00:00+04:30'),
  kabul('2021-08-30T23:59:00+04:30'),
  kabul('2021-09-01T00:00:00+04:30'),
  kabul('2021-09-17T23:30:00+04:30'),
  kabul('2022-02-04T08:30:00+04:30'),
  kabul('2022-02-05T08:29:00+04:30'),
];
const axis = buildTimeAxis(moments, { timeZone: 'Asia/Kabul' });

describe('buildTimeAxis', () => {
  it('keeps the airlift on one scale and breaks before the later findings, in whole Kabul days', () => {
    expect(
      axis.segments.map((segment) => [new Date(segment.start).toISOString(), new Date(segment.end).toISOString()]),
    ).toEqual([
      ['2021-08-13T19:30:00.000Z', '2021-09-01T19:30:00.000Z'],
      ['2021-09-16T19:30:00.000Z', '2021-09-17T19:30:00.000Z'],
      ['2022-02-03T19:30:00.000Z', '2022-02-05T19:30:00.000Z'],
    ]);
  });

  it('gives the main segment most of the track without squashing the short ones below their minimum', () => {
    const [main, september, february] = axis.segments;
    expect((main?.to ?? 0) - (main?.from ?? 0)).toBeGreaterThan(0.75);
    expect((september?.to ?? 0) - (september?.from ?? 0)).toBeCloseTo(0.08, 5);
    expect(february?.to).toBe(1);
  });

  it('relays out for a track width without changing any time', () => {
    const wide = layoutTimeAxis(axis, { minSegmentWidth: 0.02, breakWidth: 0.01 });
    expect(wide.segments.map((segment) => segment.start)).toEqual(axis.segments.map((segment) => segment.start));
    // 22 days in all, one of them in September: in proportion once the minimum no longer binds.
    expect((wide.segments[1]?.to ?? 0) - (wide.segments[1]?.from ?? 0)).toBeCloseTo(0.98 / 22, 5);
  });
});

describe('time ↔ track position', () => {
  it('round-trips inside a segment', () => {
    const t = kabul('2021-08-26T17:48:00+04:30');
    expect(fractionToTime(axis, timeToFraction(axis, t))).toBeCloseTo(t, -3);
  });

  it('snaps a position inside a break to the nearer edge', () => {
    const [main, september] = axis.segments;
    if (!main || !september) throw new Error('segments');
    expect(fractionToTime(axis, main.to + 0.001)).toBe(main.end);
    expect(fractionToTime(axis, september.from - 0.001)).toBe(september.start);
  });
});

describe('stepping along the axis', () => {
  it('steps an hour inside a segment', () => {
    const t = kabul('2021-08-26T16:59:00+04:30');
    expect(stepAlongAxis(axis, t, HOUR_MS)).toBe(t + HOUR_MS);
  });

  it('crosses a break in one step each way', () => {
    const [main, september] = axis.segments;
    if (!main || !september) throw new Error('segments');
    expect(stepAlongAxis(axis, main.end - 10 * 60_000, HOUR_MS)).toBe(main.end);
    expect(stepAlongAxis(axis, main.end, HOUR_MS)).toBe(september.start);
    expect(stepAlongAxis(axis, september.start, -DAY_MS)).toBe(main.end);
  });

  it('stops at the ends', () => {
    expect(stepAlongAxis(axis, axis.start, -DAY_MS)).toBe(axis.start);
    expect(stepAlongAxis(axis, axis.end, DAY_MS)).toBe(axis.end);
  });

  it('clamps times into the axis, a time in a break going to the next segment', () => {
    expect(clampToAxis(axis, 0)).toBe(axis.start);
    expect(clampToAxis(axis, kabul('2021-09-10T00:00:00+04:30'))).toBe(axis.segments[1]?.start);
    expect(clampToAxis(axis, kabul('2030-01-01T00:00:00Z'))).toBe(axis.end);
  });
});

describe('buildAxisLabels', () => {
  const dayOf = (t: number) => {
    const date = new Date(t);
    return { day: date.getUTCDate(), month: date.getUTCMonth() + 1 };
  };

  it('keeps labels that name their month further apart than day numbers, a segment start winning', () => {
    const broken = buildTimeAxis(
      [Date.parse('2021-08-14T00:00:00Z'), Date.parse('2021-09-01T12:00:00Z'), Date.parse('2021-09-17T12:00:00Z')],
      { timeZone: 'UTC' },
    );
    // A 360-pixel track: 34 pixels between day numbers.
    const laidOut = layoutTimeAxis(broken, { breakWidth: 18 / 360, minSegmentWidth: 52 / 360 });
    const minGap = 34 / 360;
    const labels = buildAxisLabels(laidOut, minGap, dayOf, calendarNamesOf('en-GB'));
    const wide = (label: AxisLabel) => label.segmentStart || label.day === 1;
    for (let i = 1; i < labels.length; i++) {
      const [a, b] = [labels[i - 1] as AxisLabel, labels[i] as AxisLabel];
      const needed = (minGap * ((wide(a) ? 1.6 : 1) + (wide(b) ? 1.6 : 1))) / 2;
      expect(b.fraction - a.fraction).toBeGreaterThanOrEqual(needed - 1e-9);
    }
    expect(labels.some((label) => label.segmentStart && label.month === 'Sep')).toBe(true);
  });
});
