import { useSyncExternalStore } from 'react';

/** One list per query for the page's life: React reads `matches` on every render (each step of the slider). */
const lists = new Map<string, MediaQueryList>();

function listFor(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/** Whether a media query matches, kept live (e.g. "(prefers-reduced-motion: reduce)"). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listFor(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listFor(query).matches,
    () => false,
  );
}

/** The colour scheme to draw in: the one asked for, or with "auto" the reader's system setting, live. */
export function useColorScheme(theme: 'light' | 'dark' | 'auto'): 'light' | 'dark' {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}
