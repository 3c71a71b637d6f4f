import { describe, expect, it } from 'vitest';
import { fanOutOffsets, layoutMarkers, type MarkerSpot } from './layoutMarkers';

const options = { spread: new Set<string>(), spreadAll: false, minSeparation: 24 };
const spot = (key: string, x: number, y: number, priority: number, radius = 14): MarkerSpot => ({
  key,
  x,
  y,
  radius,
  priority,
});

describe('layoutMarkers', () => {
  it('stacks markers that share a point under the most important one, at the true point, with a count', () => {
    const layout = layoutMarkers(
      [spot('old', 100, 100, 1), spot('now', 100, 100, 5), spot('place', 100, 100, 0, 12)],
      options,
    );
    expect(layout.get('now')).toEqual({ drawn: true, count: 3, samePoint: true, offset: [0, 0] });
    expect(layout.get('old')).toMatchObject({ drawn: false, under: 'now', offset: [0, 0] });
    expect(layout.get('place')).toMatchObject({ drawn: false, under: 'now' });
  });

  it('spreads a stack only when asked, or at close zoom', () => {
    const spots = [spot('a', 100, 100, 1), spot('b', 100, 100, 2)];
    const asked = layoutMarkers(spots, { ...options, spread: new Set(['100,100']) });
    expect(asked.get('a')?.drawn && asked.get('b')?.drawn).toBe(true);
    expect(asked.get('b')?.offset).not.toEqual(asked.get('a')?.offset);
    const close = layoutMarkers(spots, { ...options, spreadAll: true });
    expect(close.get('a')?.offset).toEqual(asked.get('a')?.offset);
  });

  it('never moves a marker that has its point to itself', () => {
    const layout = layoutMarkers([spot('a', 100, 100, 1), spot('b', 300, 100, 2)], { ...options, spreadAll: true });
    expect(layout.get('a')).toEqual({ drawn: true, count: 1, samePoint: true, offset: [0, 0] });
    expect(layout.get('b')?.offset).toEqual([0, 0]);
  });

  it('hides a marker too close to a more important one to be its own 24-pixel target, and counts it there', () => {
    const layout = layoutMarkers(
      [spot('near', 110, 105, 1), spot('main', 100, 100, 2), spot('far', 140, 100, 0)],
      options,
    );
    expect(layout.get('main')).toEqual({ drawn: true, count: 2, samePoint: false, offset: [0, 0] });
    expect(layout.get('near')).toMatchObject({ drawn: false, under: 'main', samePoint: false });
    expect(layout.get('far')).toMatchObject({ drawn: true, count: 1 });
  });

  it('keeps markers of different sizes apart by the difference too (a place under an event)', () => {
    // 24 px apart: enough for two events, not for a 24 px place under a 28 px event (2 px of it would be covered).
    const layout = layoutMarkers([spot('event', 100, 100, 5), spot('place', 124, 100, 0, 12)], options);
    expect(layout.get('place')?.drawn).toBe(false);
  });
});

describe('fanOutOffsets', () => {
  it('leaves every spread marker a whole target: neighbours apart by more than their size on some axis', () => {
    for (const count of [2, 3, 5, 8, 13]) {
      const offsets = fanOutOffsets(count, 28);
      for (let i = 0; i < count; i++) {
        for (let j = i + 1; j < count; j++) {
          const [ax, ay] = offsets[i] as [number, number];
          const [bx, by] = offsets[j] as [number, number];
          expect(Math.max(Math.abs(ax - bx), Math.abs(ay - by))).toBeGreaterThanOrEqual(28);
        }
      }
    }
  });
});
