import { type Dispatch, useEffect } from 'react';
import type { AppAction } from '../state/appState';
import { browserFrameClock, runFrameLoop } from '../time/playback';

/** While playing, advances time once per animation frame (requestAnimationFrame, not a timer). */
export function usePlaybackLoop(playing: boolean, dispatch: Dispatch<AppAction>): void {
  useEffect(
    function runPlayback() {
      if (!playing) return;
      return runFrameLoop(browserFrameClock, (elapsedMs) => dispatch({ type: 'playbackFrame', elapsedMs }));
    },
    [playing, dispatch],
  );
}
