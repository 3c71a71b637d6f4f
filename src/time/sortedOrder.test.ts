import { describe, expect, it } from 'vitest';
import { sortedOrder } from './sortedOrder';

/** The order a plain comparator sort gives. */
function expected(keys: readonly number[], tie?: (a: number, b: number) => number): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || tie?.(a, b) || a - b);
}

describe('sortedOrder', () => {
  it('orders positions by key, equal keys by the tie-break, then by position', () => {
    const keys = [5, 3, 5, 1, 3, 5];
    const names = ['f', 'e', 'a', 'x', 'd', 'a'];
    const byName = (a: number, b: number) =>
      (names[a] as string) < (names[b] as string) ? -1 : names[a] === names[b] ? 0 : 1;
    expect([...sortedOrder(keys, byName)]).toEqual([3, 4, 1, 2, 5, 0]);
    expect([...sortedOrder(keys)]).toEqual([3, 1, 4, 0, 2, 5]);
  });

  it('agrees with a comparator sort for times of a month, of centuries, and for fractions', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
      return seed / 4_294_967_296;
    };
    const month = Array.from({ length: 5000 }, () => Date.UTC(2021, 7, 1) + Math.floor(random() * 30) * 3_600_000);
    const centuries = Array.from({ length: 2000 }, () => Math.floor((random() - 0.5) * 1e13));
    const fractions = Array.from({ length: 2000 }, () => random() * 100);
    for (const keys of [month, centuries, fractions, [], [42]]) {
      expect([...sortedOrder(keys)]).toEqual(expected(keys));
      const tie = (a: number, b: number) => b - a;
      expect([...sortedOrder(keys, tie)]).toEqual(expected(keys, tie));
    }
  });
});
