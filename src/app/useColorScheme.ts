import { useMediaQuery } from './useMediaQuery';

/** The colour scheme to draw in: the one asked for, or with "auto" the reader's system setting, live. */
export function useColorScheme(theme: 'light' | 'dark' | 'auto'): 'light' | 'dark' {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}
