import { type Dispatch, useEffect, useRef } from 'react';
import type { AppAction } from '../state/appState';
import { parseAutoplay } from '../state/urlState';

/** Starts playback once when the page's link asks for it (`autoplay=1`), never when the reader prefers reduced motion. */
export function useAutoplay(reducedMotion: boolean, dispatch: Dispatch<AppAction>): void {
  // Decided once, on load: turning the system setting off later must not start playback.
  const decided = useRef<boolean | undefined>(undefined);
  decided.current ??= parseAutoplay(window.location.search) && !reducedMotion;
  useEffect(
    function startRequestedPlayback() {
      if (decided.current) dispatch({ type: 'play' });
    },
    [dispatch],
  );
}
