import { describe, expect, it } from 'vitest';
import { buildTimeIndex, currentAt, eventsStartingIn, phaseAt, phaseChangesBetween, visibleAt } from './timeIndex';
import { diffVisibility } from './visibilityDiff';

const H = 3_600_000;
const t0 = Date.UTC(2021, 7, 26, 0, 0);
const events = [
  { id: 'bombing', start: t0 + 13 * H }, // instant: current for 24 h
  { id: 'statement', start: t0 + 4 * H, end: t0 + 28 * H }, // explicit window
  { id: 'total', start: t0, timePrecision: 'day' }, // day precision: the whole day
  { id: 'later', start: t0 + 48 * H },
];
const index = buildTimeIndex(events);
const ids = (ordinals: readonly number[]) => ordinals.map((ordinal) => index.ids[ordinal]).sort();

describe('buildTimeIndex', () => {
  it('orders events by start and gives each a stable ordinal', () => {
    expect(index.ids).toEqual(['total', 'statement', 'bombing', 'later']);
    expect(index.ordinalOf.get('bombing')).toBe(2);
    expect(index.first).toBe(t0);
    expect(index.last).toBe(t0 + 48 * H);
  });

  it('orders events with the same start by id, so ordinals do not depend on file order', () => {
    const a = buildTimeIndex([
      { id: 'b', start: 1 },
      { id: 'a', start: 1 },
    ]);
    expect(a.ids).toEqual(['a', 'b']);
  });
});

describe('window queries', () => {
  it('includes an event from its start (inclusive)', () => {
    const bombing = index.ordinalOf.get('bombing') as number;
    expect(phaseAt(index, bombing, t0 + 13 * H - 1)).toBe('upcoming');
    expect(phaseAt(index, bombing, t0 + 13 * H)).toBe('current');
  });

  it('excludes an event from its end (exclusive)', () => {
    const statement = index.ordinalOf.get('statement') as number;
    expect(phaseAt(index, statement, t0 + 28 * H - 1)).toBe('current');
    expect(phaseAt(index, statement, t0 + 28 * H)).toBe('past');
  });

  it('keeps a day-precision event current for its whole day', () => {
    const total = index.ordinalOf.get('total') as number;
    expect(phaseAt(index, total, t0)).toBe('current');
    expect(phaseAt(index, total, t0 + 24 * H - 1)).toBe('current');
    expect(phaseAt(index, total, t0 + 24 * H)).toBe('past');
  });

  it('finds events starting in [from, to) by binary search', () => {
    expect(ids(eventsStartingIn(index, t0, t0 + 13 * H))).toEqual(['statement', 'total']);
    expect(ids(eventsStartingIn(index, t0, t0 + 13 * H + 1))).toEqual(['bombing', 'statement', 'total']);
    expect(eventsStartingIn(index, t0 + 49 * H, t0 + 99 * H)).toEqual([]);
  });

  it('lists what is current, and with past events what has started', () => {
    expect(ids(currentAt(index, t0 + 25 * H))).toEqual(['bombing', 'statement']);
    expect(ids(visibleAt(index, t0 + 25 * H, true))).toEqual(['bombing', 'statement', 'total']);
    expect(ids(visibleAt(index, t0 - 1, true))).toEqual([]);
  });
});

describe('visibility diff', () => {
  it('reports entered ids when time passes a start', () => {
    const diff = diffVisibility(index, t0 + 12 * H, t0 + 14 * H, false);
    expect(ids(diff.entered)).toEqual(['bombing']);
    expect(diff.left).toEqual([]);
  });

  it('reports left ids when time passes an end and past events are hidden', () => {
    const diff = diffVisibility(index, t0 + 23 * H, t0 + 29 * H, false);
    expect(ids(diff.left)).toEqual(['statement', 'total']);
  });

  it('restyles instead of hiding when past events are shown', () => {
    const diff = diffVisibility(index, t0 + 23 * H, t0 + 29 * H, true);
    expect(diff.left).toEqual([]);
    expect(ids(diff.restyled)).toEqual(['statement', 'total']);
  });

  it('is symmetric when scrubbing backwards', () => {
    const diff = diffVisibility(index, t0 + 14 * H, t0 + 12 * H, false);
    expect(ids(diff.left)).toEqual(['bombing']);
  });

  it('ignores events that start and end between the two times', () => {
    const short = buildTimeIndex([{ id: 'blip', start: 10, end: 20 }]);
    expect(diffVisibility(short, 0, 30, false)).toEqual({ entered: [], left: [], restyled: [] });
    expect(phaseChangesBetween(short, 0, 30)).toEqual([0]);
  });

  it('touches only events whose boundaries lie between the two times', () => {
    const many = buildTimeIndex(Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, start: i * H })));
    expect(phaseChangesBetween(many, 5000 * H, 5001 * H)).toHaveLength(2);
  });
});
