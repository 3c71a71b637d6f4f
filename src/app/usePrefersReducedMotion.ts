import { useMediaQuery } from './useMediaQuery';

/** True when the reader asked the system for less motion: nothing then moves on its own. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)');
}
