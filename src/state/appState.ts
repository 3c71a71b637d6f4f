import type { Chapter } from '../domain/chapters';
import type { KnowledgeView } from '../domain/knownAt';
import type { DisplayZoneChoice } from '../time/displayZone';
import {
  advancePacedPlayback,
  advancePlayback,
  type PacedPlan,
  type PlaybackSpeedId,
  speedById,
} from '../time/playback';
import { clampToAxis, stepAlongAxis, type TimeAxis } from '../time/timeAxis';
import { enterChapter, pauseTour, type TourState } from './storyTour';

export const BASEMAPS = [
  { id: 'embedded', label: 'Embedded map (offline)' },
  { id: 'osm', label: 'OpenStreetMap (online)' },
  { id: 'satellite', label: 'Satellite, Esri World Imagery (online)' },
] as const;
export type BasemapId = (typeof BASEMAPS)[number]['id'];

/**
 * How a selection was made, which decides where keyboard focus goes and whether the map brings it into view:
 * a marker (pointer, keyboard), the list or a timeline tick (list), a link (url), previous/next (step).
 */
export type SelectionOrigin = 'pointer' | 'keyboard' | 'list' | 'url' | 'step';

/** The page's colour scheme: light, dark, or the reader's system setting. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/**
 * What the reader chose, owned by one reducer. What derives from the story (its axis, its paced plan) is read from
 * the model, and the map's view from the map (see MapViewStore): neither is copied here.
 */
export interface AppState {
  readonly time: number;
  readonly playing: boolean;
  /** Playback stops at this moment (the end of a chapter's span), or null. */
  readonly playUntil: number | null;
  readonly speed: PlaybackSpeedId;
  /** Paced playback's position in its plan (real ms); null whenever the time was set by anything but playback. */
  readonly playheadMs: number | null;
  readonly loop: boolean;
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  /** Counts selections: choosing the same event again (from the list, after scrolling) brings it into view again. */
  readonly selectionCount: number;
  /** The place whose details are open (one set of details at a time: an event's or a place's). */
  readonly selectedPlaceId: string | null;
  /** Every story layer's id, and whether it is shown. */
  readonly layers: Readonly<Record<string, boolean>>;
  readonly basemap: BasemapId;
  readonly showPast: boolean;
  readonly zone: DisplayZoneChoice;
  /** The record as it stood at the slider's time ("then"), or everything known today ("now"). */
  readonly known: KnowledgeView;
  /** The guided story, while the reader follows it (or has paused it); null in free exploration. */
  readonly tour: TourState | null;
  readonly theme: ThemeChoice;
}

/** Defaults, one per line. */
export const DEFAULT_STATE: AppState = {
  time: 0, // the axis start once loaded
  playing: false, // never plays on its own unless asked (and never under reduced motion)
  playUntil: null, // plays to the end unless a chapter says where to stop
  speed: 'paced', // paced by events: each one holds the screen, quiet days pass in a second or two
  playheadMs: null, // found from the time when playback starts
  loop: false, // stop at the end
  selectedId: null, // no popup open
  selectionOrigin: 'pointer',
  selectionCount: 0,
  selectedPlaceId: null, // no place's details open
  layers: {}, // every layer on (the story's layers are listed when it loads)
  basemap: 'embedded', // offline: no request leaves the site
  showPast: true, // past events stay, subdued, for context
  zone: 'story', // the story's local time
  known: 'then', // only what had been published by the slider's time
  tour: null, // free exploration until the reader starts the story
  theme: 'auto', // follow the reader's system (light or dark)
};

export type AppAction =
  /** The story is in: the time moves onto its axis (to `time` if given, else the axis start). */
  | { type: 'storyLoaded'; time?: number }
  | { type: 'setTime'; time: number }
  | { type: 'stepTime'; deltaMs: number }
  | { type: 'jumpToStart' }
  | { type: 'jumpToEnd' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'playbackFrame'; elapsedMs: number }
  | { type: 'setSpeed'; speed: PlaybackSpeedId }
  | { type: 'setLoop'; loop: boolean }
  /** `keepTour`: opening an event the current chapter names does not pause the guided story. */
  | { type: 'select'; id: string; origin: SelectionOrigin; time?: number; keepTour?: boolean }
  /** With an id: only if that event is still the selected one (a later selection wins). */
  | { type: 'deselect'; id?: string | null }
  /** Opens a place's details (closing an event's): from its marker, by pointer or keyboard. */
  | { type: 'selectPlace'; id: string; origin: 'pointer' | 'keyboard' }
  /** With an id: only if that place is still the selected one. */
  | { type: 'deselectPlace'; id?: string | null }
  | { type: 'setLayer'; layer: string; visible: boolean }
  | { type: 'setBasemap'; basemap: BasemapId }
  | { type: 'setShowPast'; showPast: boolean }
  | { type: 'setZone'; zone: DisplayZoneChoice }
  | { type: 'setKnown'; known: KnowledgeView }
  | { type: 'setTheme'; theme: ThemeChoice }
  /** Enters (or resumes at) a chapter of the guided story. */
  | { type: 'enterChapter'; chapter: Chapter; index: number; reducedMotion: boolean }
  | { type: 'exitTour' }
  /** The reader dragged or zoomed the map themselves. */
  | { type: 'readerMovedMap' };

/** Actions that are the reader's own moves: they pause the guided story. */
const PAUSING_ACTIONS: ReadonlySet<AppAction['type']> = new Set([
  'setTime',
  'stepTime',
  'jumpToStart',
  'jumpToEnd',
  'play',
  'select',
  'setLayer',
  'readerMovedMap',
]);

/** What the reducer reads from the story (its model): the time axis, paced playback over it, and its layers. */
export interface StoryTimeline {
  readonly axis: TimeAxis;
  readonly plan: PacedPlan;
  /** The story's layers (all shown when it loads). */
  readonly legend?: { readonly layers: readonly { readonly id: string }[] };
}

/** The one reducer, for a story's timeline (pass the StoryModel): see `appReducer`. */
export function createAppReducer(timeline: StoryTimeline): (state: AppState, action: AppAction) => AppState {
  return (state, action) => appReducer(timeline, state, action);
}

/**
 * The one reducer: the guided story pauses on the reader's own moves; paced playback keeps its play head while
 * it alone moves the time (any other change of time drops it, and playback finds its place again from the
 * time); everything else is below.
 */
export function appReducer(timeline: StoryTimeline, state: AppState, action: AppAction): AppState {
  let next = reduce(timeline, state, action);
  if (next.time !== state.time && next.playheadMs !== null && action.type !== 'playbackFrame') {
    next = { ...next, playheadMs: null };
  }
  const keepsTour = action.type === 'select' && action.keepTour === true;
  if (next.tour && !next.tour.paused && PAUSING_ACTIONS.has(action.type) && !keepsTour) {
    // A move that leaves the time alone (the map, a layer) lets the chapter's span play on to its end.
    const keepsSpan = action.type === 'readerMovedMap' || action.type === 'setLayer';
    return { ...next, tour: pauseTour(next.tour), playUntil: keepsSpan ? next.playUntil : null };
  }
  return next;
}

function reduce({ axis, plan, legend }: StoryTimeline, state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'storyLoaded': {
      const time = clampToAxis(axis, action.time ?? axis.start);
      // Every layer of the story, each shown unless the reader (or a link) turned it off.
      const layers = Object.fromEntries((legend?.layers ?? []).map(({ id }) => [id, state.layers[id] ?? true]));
      return { ...state, time, playheadMs: null, layers };
    }
    case 'setTime': {
      const time = clampToAxis(axis, action.time);
      return time === state.time ? state : { ...state, time };
    }
    case 'stepTime': {
      const time = stepAlongAxis(axis, state.time, action.deltaMs);
      return time === state.time ? state : { ...state, time };
    }
    case 'jumpToStart':
      return { ...state, time: axis.start };
    case 'jumpToEnd':
      return { ...state, time: axis.end, playing: false };
    case 'play': {
      if (state.playing) return state;
      // Play from the start again when at the end.
      const time = state.time >= axis.end ? axis.start : state.time;
      return { ...state, playing: true, time };
    }
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'playbackFrame': {
      if (!state.playing) return state;
      const paced =
        state.speed === 'paced'
          ? advancePacedPlayback(plan, state.time, state.playheadMs ?? undefined, action.elapsedMs, state.loop)
          : undefined;
      const step =
        paced ??
        advancePlayback(axis, state.time, action.elapsedMs, speedById(state.speed).storyMsPerSecond, state.loop);
      if (state.playUntil !== null && step.time >= state.playUntil) {
        return { ...state, time: state.playUntil, playing: false, playUntil: null, playheadMs: null };
      }
      return { ...state, time: step.time, playing: !step.ended, playheadMs: paced ? paced.playheadMs : null };
    }
    case 'enterChapter': {
      const entry = enterChapter(
        action.chapter,
        action.index,
        state.tour,
        action.reducedMotion,
        Object.keys(state.layers),
        state.known,
      );
      return {
        ...state,
        tour: entry.tour,
        time: clampToAxis(axis, entry.time),
        playing: entry.playing,
        playUntil: entry.playUntil,
        selectedId: entry.selectedId,
        // A chapter that opens an event closes a place's details, as any event's opening does.
        selectedPlaceId: entry.selectedId ? null : state.selectedPlaceId,
        selectionOrigin: 'url',
        selectionCount: state.selectionCount + 1,
        layers: entry.layers,
        known: entry.known,
      };
    }
    case 'exitTour':
      return state.tour ? { ...state, tour: null, playUntil: null, known: state.tour.readerKnown } : state;
    case 'readerMovedMap':
      return state;
    case 'setSpeed':
      return { ...state, speed: action.speed, playheadMs: null };
    case 'setLoop':
      return { ...state, loop: action.loop };
    case 'select':
      return {
        ...state,
        selectedPlaceId: null,
        selectedId: action.id,
        selectionOrigin: action.origin,
        selectionCount: state.selectionCount + 1,
        time: action.time === undefined ? state.time : clampToAxis(axis, action.time),
      };
    case 'deselect':
      if (state.selectedId === null || (action.id !== undefined && action.id !== state.selectedId)) return state;
      return { ...state, selectedId: null };
    case 'selectPlace':
      return { ...state, selectedId: null, selectedPlaceId: action.id, selectionOrigin: action.origin };
    case 'deselectPlace':
      if (state.selectedPlaceId === null || (action.id !== undefined && action.id !== state.selectedPlaceId))
        return state;
      return { ...state, selectedPlaceId: null };
    case 'setLayer':
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'setBasemap':
      return { ...state, basemap: action.basemap };
    case 'setShowPast':
      return { ...state, showPast: action.showPast };
    case 'setZone':
      return { ...state, zone: action.zone };
    case 'setKnown':
      if (state.known === action.known) return state;
      // The reader's own choice: kept for the rest of the guided story too.
      return { ...state, known: action.known, tour: state.tour && { ...state.tour, readerKnown: action.known } };
    case 'setTheme':
      return { ...state, theme: action.theme };
  }
}
