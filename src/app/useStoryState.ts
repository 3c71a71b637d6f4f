import { type Dispatch, useCallback, useMemo, useReducer, useRef, useState } from 'react';
import type { EventKind } from '../domain/storyEvent';
import { type AppAction, type AppState, appReducer } from '../state/appState';
import { clampChapterIndex } from '../state/storyTour';
import { type DisplayZone, resolveDisplayZone } from '../time/displayZone';
import { nextEventTime, previousEventTime } from '../time/neighbourEventTime';
import { buildInitialState } from './initialState';
import type { StoryModel } from './storyModel';
import { useAutoplay } from './useAutoplay';
import { usePlaybackLoop } from './usePlaybackLoop';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

export interface StoryStateHandle {
  readonly state: AppState;
  readonly dispatch: Dispatch<AppAction>;
  readonly zone: DisplayZone;
  /** The reader prefers reduced motion: nothing moves on its own. */
  readonly reducedMotion: boolean;
  /** The map view the page opened with (from its link), read once. */
  readonly initialView: AppState['view'];
  /** The kinds of event the story has, for the legend. */
  readonly presentKinds: ReadonlySet<EventKind>;
  /** Selects an event from a list or a timeline tick: jumps to its time, pans to it, opens its popup. */
  readonly activateEvent: (id: string) => void;
  readonly goToPreviousEvent: () => void;
  readonly goToNextEvent: () => void;
  /** The guided story's chapter ids, in order (for links). */
  readonly chapterIds: readonly string[];
  /** Enters chapter `index` of the guided story (clamped to the chapters there are). */
  readonly goToChapter: (index: number) => void;
}

/**
 * The one state store of a story page (full app, embed or benchmark), its playback loop (and autoplay, when the
 * link asks and motion is fine) and the common actions.
 */
export function useStoryState(model: StoryModel, overrides?: Partial<AppState>): StoryStateHandle {
  const [state, dispatch] = useReducer(appReducer, undefined, () =>
    buildInitialState(model, window.location.search, overrides),
  );
  const reducedMotion = usePrefersReducedMotion();
  usePlaybackLoop(state.playing, dispatch);
  useAutoplay(reducedMotion, dispatch);
  const [initialView] = useState(state.view);
  const presentKinds = useMemo(() => new Set(model.events.map((event) => event.kind)), [model]);
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
  const chapterIds = useMemo(() => model.config.chapters.map((chapter) => chapter.id), [model]);
  const goToChapter = useCallback(
    (index: number) => {
      const at = clampChapterIndex(index, model.config.chapters.length);
      const chapter = at === undefined ? undefined : model.config.chapters[at];
      if (chapter && at !== undefined) dispatch({ type: 'enterChapter', chapter, index: at, reducedMotion });
    },
    [model, reducedMotion],
  );
  return {
    state,
    dispatch,
    chapterIds,
    goToChapter,
    zone,
    reducedMotion,
    initialView,
    presentKinds,
    activateEvent,
    goToPreviousEvent,
    goToNextEvent,
  };
}
