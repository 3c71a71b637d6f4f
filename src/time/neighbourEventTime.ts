import { lowerBound, upperBound } from './sortedSearch';
import type { TimeIndex } from './timeIndex';

/** The next event start after t, or undefined at the end. */
export function nextEventTime(index: TimeIndex, t: number): number | undefined {
  const position = upperBound(index.starts, t);
  return position < index.starts.length ? index.starts[position] : undefined;
}

/** The latest event start before t, or undefined at the beginning. */
export function previousEventTime(index: TimeIndex, t: number): number | undefined {
  const position = lowerBound(index.starts, t) - 1;
  return position >= 0 ? index.starts[position] : undefined;
}
