import { type Dispatch, useCallback, useMemo, useReducer, useRef } from 'react';
import { type AppAction, type AppState, appReducer } from '../state/appState';
import { type DisplayZone, resolveDisplayZone } from '../time/displayZone';
import { nextEventTime, previousEventTime } from '../time/neighbourEventTime';
import { buildInitialState } from './initialState';
import type { StoryModel } from './storyModel';
import { usePlaybackLoop } from './usePlaybackLoop';

export interface StoryStateHandle {
  readonly state: AppState;
  readonly dispatch: Dispatch<AppAction>;
  readonly zone: DisplayZone;
  /** Selects an event from a list or a timeline tick: jumps to its time, pans to it, opens its popup. */
  readonly activateEvent: (id: string) => void;
  readonly goToPreviousEvent: () => void;
  readonly goToNextEvent: () => void;
}

/** The one state store of a story page (full app or embed), its playback loop and the common actions. */
export function useStoryState(model: StoryModel, overrides?: Partial<AppState>): StoryStateHandle {
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    buildInitialState(model, window.location.search, overrides),
  );
  usePlaybackLoop(state.playing, dispatch);
  const zone = useMemo(() => resolveDisplayZone(state.zone, model.config.timeZone), [state.zone, model]);
  const activateEvent = useCallback(
    (id: string) => {
      const event = model.eventById.get(id);
      if (event) dispatch({ type: 'select', id, origin: 'list', time: event.start });
    },
    [model],
  );
  // The latest time, read by the stable callbacks below (so that controls using them need not re-render per step).
  const latestTime = useRef(state.time);
  latestTime.current = state.time;
  const goToPreviousEvent = useCallback(() => {
    const time = previousEventTime(model.index, latestTime.current);
    if (time !== undefined) dispatch({ type: 'setTime', time });
  }, [model]);
  const goToNextEvent = useCallback(() => {
    const time = nextEventTime(model.index, latestTime.current);
    if (time !== undefined) dispatch({ type: 'setTime', time });
  }, [model]);
  return { state, dispatch, zone, activateEvent, goToPreviousEvent, goToNextEvent };
}
