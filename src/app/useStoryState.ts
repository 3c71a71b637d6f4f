import { type Dispatch, useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { EventKind } from '../domain/storyEvent';
import type { StoryModel } from '../domain/storyModel';
import { type AppAction, type AppState, createAppReducer } from '../state/appState';
import { createMapViewStore, type MapViewState, type MapViewStore } from '../state/mapViewStore';
import { clampChapterIndex } from '../state/storyTour';
import { type LinkNote, parseAutoplay } from '../state/urlState';
import { type DisplayZone, resolveDisplayZone } from '../time/displayZone';
import { nextEventTime, previousEventTime } from '../time/neighbourEventTime';
import { browserFrameClock, runFrameLoop } from '../time/playback';
import { lowerBound } from '../time/sortedSearch';
import { isShownAt } from '../time/timeIndex';
import { buildInitialState } from './initialState';
import { useMediaQuery } from './useMediaQuery';

export interface StoryStateHandle {
  readonly state: AppState;
  readonly dispatch: Dispatch<AppAction>;
  readonly zone: DisplayZone;
  /** The reader prefers reduced motion: nothing moves on its own. */
  readonly reducedMotion: boolean;
  /** The map's view: the map writes it, the address bar and share links read it (it opens at the link's view). */
  readonly mapView: MapViewStore;
  /** The kinds of event the story has, for the legend. */
  readonly presentKinds: ReadonlySet<EventKind>;
  /** Selects an event from a list or a timeline tick: jumps to its time, pans to it, opens its popup. */
  readonly activateEvent: (id: string) => void;
  /**
   * Opens an event from inside a popup (a correction's link, "go to the first report"): at moment `at` when given,
   * else where the reader is if the event has started by then, else at its start.
   */
  readonly openEvent: (id: string, at?: number) => void;
  /** Jumps to the previous or next moment an event starts, and opens that event. */
  readonly goToPreviousEvent: () => void;
  readonly goToNextEvent: () => void;
  /** The guided story's chapter ids, in order (for links). */
  readonly chapterIds: readonly string[];
  /** Enters chapter `index` of the guided story (clamped to the chapters there are). */
  readonly goToChapter: (index: number) => void;
  /** What the page changed in its link to show it (a time in a break, an event not yet on the map). */
  readonly linkNotes: readonly LinkNote[];
}

/**
 * The one state store of a story page (full app, embed or benchmark), its playback loop (and autoplay, when the
 * link asks and motion is fine) and the common actions.
 */
export function useStoryState(
  model: StoryModel,
  overrides?: Partial<AppState>,
  /** The view to open at, whatever the link says (the benchmark's). */
  view?: MapViewState,
): StoryStateHandle {
  const [initial] = useState(() => buildInitialState(model, window.location.search, overrides));
  // The reducer reads the story's axis and plan from the model (the benchmark swaps models on one page).
  const reducer = useMemo(() => createAppReducer(model), [model]);
  const [state, dispatch] = useReducer(reducer, initial.state);
  const [mapView] = useState(() => createMapViewStore(view ?? initial.view));
  // The reader asked the system for less motion: nothing then moves on its own.
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  useEffect(
    function runPlayback() {
      // While playing, time advances once per animation frame (requestAnimationFrame, not a timer).
      if (!state.playing) return;
      return runFrameLoop(browserFrameClock, (elapsedMs) => dispatch({ type: 'playbackFrame', elapsedMs }));
    },
    [state.playing],
  );
  // Autoplay when the page's link asks (`autoplay=1`), decided once on load: turning the system setting off later
  // must not start playback, and a reader who prefers reduced motion is never played to.
  const [autoplay] = useState(() => parseAutoplay(window.location.search) && !reducedMotion);
  useEffect(
    function startRequestedPlayback() {
      if (autoplay) dispatch({ type: 'play' });
    },
    [autoplay],
  );
  const presentKinds = useMemo(() => new Set(model.events.map((event) => event.kind)), [model]);
  const zone = useMemo(
    () => resolveDisplayZone(state.zone, model.config.timeZone, model.config.locale),
    [state.zone, model],
  );
  const activateEvent = useCallback(
    (id: string) => {
      const event = model.eventById.get(id);
      if (event) dispatch({ type: 'select', id, origin: 'list', time: event.start });
    },
    [model],
  );
  const openEvent = useCallback(
    (id: string, at?: number) => {
      const ordinal = model.index.ordinalOf.get(id);
      if (ordinal === undefined) return;
      // An event on the map now (or, with no place, beside it) opens at the reader's moment, with what was known
      // then; one not yet started, or over while past events are hidden, moves the time to its start.
      const shownNow = isShownAt(model.index, ordinal, latestTime.current, latestShowPast.current);
      const time = at ?? (shownNow ? undefined : model.index.starts[ordinal]);
      dispatch({ type: 'select', id, origin: 'list', time });
    },
    [model],
  );
  // The latest time and past-events setting, read by the stable callbacks (so that controls using them need not
  // re-render per step).
  const latestTime = useRef(state.time);
  const latestShowPast = useRef(state.showPast);
  useLayoutEffect(function keepLatestTime() {
    latestTime.current = state.time;
    latestShowPast.current = state.showPast;
  });
  const goToEventAt = useCallback(
    (time: number | undefined) => {
      if (time === undefined) return;
      // The first event starting then (in the index's order) is opened; the others are listed at that time too.
      const id = model.index.ids[lowerBound(model.index.starts, time)];
      if (id !== undefined) dispatch({ type: 'select', id, origin: 'step', time });
    },
    [model],
  );
  const goToPreviousEvent = useCallback(
    () => goToEventAt(previousEventTime(model.index, latestTime.current)),
    [model, goToEventAt],
  );
  const goToNextEvent = useCallback(
    () => goToEventAt(nextEventTime(model.index, latestTime.current)),
    [model, goToEventAt],
  );
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
    mapView,
    presentKinds,
    activateEvent,
    openEvent,
    goToPreviousEvent,
    goToNextEvent,
    linkNotes: initial.notes,
  };
}
