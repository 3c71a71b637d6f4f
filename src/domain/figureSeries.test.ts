import { describe, expect, it } from 'vitest';
import { niceTicks } from './figureSeries';

describe('niceTicks', () => {
  it('covers the largest value with round steps, whatever the quantity', () => {
    expect(niceTicks(124_334)).toEqual([0, 50_000, 100_000, 150_000]);
    expect(niceTicks(7)).toEqual([0, 5, 10]);
    expect(niceTicks(0.8)).toEqual([0, 0.5, 1]);
    expect(niceTicks(300)).toEqual([0, 100, 200, 300]);
  });

  it('gives an axis even for no figures', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
