import { type Dispatch, useEffect, useRef } from 'react';
import type { AppAction } from '../state/appState';

/** Starts playback once when a link asks for it (`autoplay=1`), never when the reader prefers reduced motion. */
export function useAutoplay(requested: boolean, reducedMotion: boolean, dispatch: Dispatch<AppAction>): void {
  // Decided once, on load: turning the system setting off later must not start playback.
  const decided = useRef(requested && !reducedMotion);
  useEffect(
    function startRequestedPlayback() {
      if (decided.current) dispatch({ type: 'play' });
    },
    [dispatch],
  );
}
