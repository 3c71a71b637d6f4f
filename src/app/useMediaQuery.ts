import { useSyncExternalStore } from 'react';

/** Whether a media query matches, kept live (e.g. "(prefers-reduced-motion: reduce)"). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The colour scheme to draw in: the one asked for, or with "auto" the reader's system setting, live. */
export function useColorScheme(theme: 'light' | 'dark' | 'auto'): 'light' | 'dark' {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}
