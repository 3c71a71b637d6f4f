import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** The colour scheme to draw in: the one asked for, or with "auto" the reader's system setting, live. */
export function useColorScheme(theme: 'light' | 'dark' | 'auto'): 'light' | 'dark' {
  const prefersDark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}
