import { describe, expect, it } from 'vitest';
import { nearestTick } from './EventStrip';

const ticks = [
  { id: 'a', fraction: 0.1, row: 0 },
  { id: 'b', fraction: 0.5, row: 0 },
  { id: 'c', fraction: 0.5, row: 1 },
];

describe('nearestTick', () => {
  it('takes the tick under the pointer, or the nearest within a finger’s reach', () => {
    expect(nearestTick(ticks, 400, 40, 4)).toBe('a');
    expect(nearestTick(ticks, 400, 52, 4)).toBe('a');
    expect(nearestTick(ticks, 400, 200, 2)).toBe('b');
    // The tick stacked above, 7 px up.
    expect(nearestTick(ticks, 400, 200, 12)).toBe('c');
  });

  it('takes nothing out of reach', () => {
    expect(nearestTick(ticks, 400, 100, 4)).toBeUndefined();
    expect(nearestTick([], 400, 40, 4)).toBeUndefined();
  });
});
