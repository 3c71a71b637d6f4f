import type { Chapter } from '../domain/chapters';
import type { KnowledgeView } from '../domain/knownAt';
import type { StoryLayerId } from '../domain/storyLayers';
import type { DisplayZoneChoice } from '../time/displayZone';
import { advancePlayback, type PlaybackSpeedId, speedById } from '../time/playback';
import { clampToAxis, stepAlongAxis, type TimeAxis } from '../time/timeAxis';
import { enterChapter, pauseTour, type TourState } from './storyTour';

export const BASEMAPS = [
  { id: 'embedded', label: 'Embedded map (offline)' },
  { id: 'osm', label: 'OpenStreetMap (online)' },
  { id: 'satellite', label: 'Satellite, Esri World Imagery (online)' },
] as const;
export type BasemapId = (typeof BASEMAPS)[number]['id'];

/** A map view: centre and zoom. */
export interface MapViewState {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

/** How a selection was made, which decides where keyboard focus goes. */
export type SelectionOrigin = 'pointer' | 'keyboard' | 'list' | 'url';

/** The whole state of the app, owned by one reducer. */
export interface AppState {
  readonly axis: TimeAxis | null;
  readonly time: number;
  readonly playing: boolean;
  /** Playback stops at this moment (the end of a chapter's span), or null. */
  readonly playUntil: number | null;
  readonly speed: PlaybackSpeedId;
  readonly loop: boolean;
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  readonly layers: Readonly<Record<StoryLayerId, boolean>>;
  readonly basemap: BasemapId;
  readonly showPast: boolean;
  readonly zone: DisplayZoneChoice;
  /** The record as it stood at the slider's time ("then"), or everything known today ("now"). */
  readonly known: KnowledgeView;
  /** The guided story, while the reader follows it (or has paused it); null in free exploration. */
  readonly tour: TourState | null;
  /** null until the reader (or a link) moves the map: then the story's initial bounds apply. */
  readonly view: MapViewState | null;
}

/** Defaults, one per line. */
export const DEFAULT_STATE: AppState = {
  axis: null, // set when the story has loaded
  time: 0, // the axis start once loaded
  playing: false, // never plays on its own unless asked (and never under reduced motion)
  playUntil: null, // plays to the end unless a chapter says where to stop
  speed: '6h', // the airlift's 18 days play in about 70 s
  loop: false, // stop at the end
  selectedId: null, // no popup open
  selectionOrigin: 'pointer',
  layers: { airport: true, attacks: true, strikes: true, other: true }, // every layer on
  basemap: 'embedded', // offline: no request leaves the site
  showPast: true, // past events stay, subdued, for context
  zone: 'story', // the story's local time
  known: 'then', // only what had been published by the slider's time
  tour: null, // free exploration until the reader starts the story
  view: null, // the story's opening frame
};

export type AppAction =
  | { type: 'storyLoaded'; axis: TimeAxis; time?: number }
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
  | { type: 'setLayer'; layer: StoryLayerId; visible: boolean }
  | { type: 'setBasemap'; basemap: BasemapId }
  | { type: 'setShowPast'; showPast: boolean }
  | { type: 'setZone'; zone: DisplayZoneChoice }
  | { type: 'setKnown'; known: KnowledgeView }
  | { type: 'setView'; view: MapViewState }
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

function onAxis(state: AppState, time: number): number {
  return state.axis ? clampToAxis(state.axis, time) : time;
}

/** The one reducer: the guided story pauses on the reader's own moves; everything else is below. */
export function appReducer(state: AppState, action: AppAction): AppState {
  const next = reduce(state, action);
  const keepsTour = action.type === 'select' && action.keepTour === true;
  if (next.tour && !next.tour.paused && PAUSING_ACTIONS.has(action.type) && !keepsTour) {
    return { ...next, tour: pauseTour(next.tour), playUntil: null };
  }
  return next;
}

function reduce(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'storyLoaded': {
      const time = clampToAxis(action.axis, action.time ?? action.axis.start);
      return { ...state, axis: action.axis, time };
    }
    case 'setTime': {
      const time = onAxis(state, action.time);
      return time === state.time ? state : { ...state, time };
    }
    case 'stepTime': {
      if (!state.axis) return state;
      const time = stepAlongAxis(state.axis, state.time, action.deltaMs);
      return time === state.time ? state : { ...state, time };
    }
    case 'jumpToStart':
      return state.axis ? { ...state, time: state.axis.start } : state;
    case 'jumpToEnd':
      return state.axis ? { ...state, time: state.axis.end, playing: false } : state;
    case 'play': {
      if (!state.axis || state.playing) return state;
      // Play from the start again when at the end.
      const time = state.time >= state.axis.end ? state.axis.start : state.time;
      return { ...state, playing: true, time };
    }
    case 'pause':
      return state.playing ? { ...state, playing: false } : state;
    case 'playbackFrame': {
      if (!state.playing || !state.axis) return state;
      const step = advancePlayback(
        state.axis,
        state.time,
        action.elapsedMs,
        speedById(state.speed).storyMsPerSecond,
        state.loop,
      );
      if (state.playUntil !== null && step.time >= state.playUntil) {
        return { ...state, time: state.playUntil, playing: false, playUntil: null };
      }
      return { ...state, time: step.time, playing: !step.ended };
    }
    case 'enterChapter': {
      const entry = enterChapter(action.chapter, action.index, state.tour, action.reducedMotion);
      return {
        ...state,
        tour: entry.tour,
        time: onAxis(state, entry.time),
        playing: entry.playing,
        playUntil: entry.playUntil,
        selectedId: entry.selectedId,
        selectionOrigin: 'url',
        layers: entry.layers,
      };
    }
    case 'exitTour':
      return state.tour ? { ...state, tour: null, playUntil: null } : state;
    case 'readerMovedMap':
      return state;
    case 'setSpeed':
      return { ...state, speed: action.speed };
    case 'setLoop':
      return { ...state, loop: action.loop };
    case 'select':
      return {
        ...state,
        selectedId: action.id,
        selectionOrigin: action.origin,
        time: action.time === undefined ? state.time : onAxis(state, action.time),
      };
    case 'deselect':
      if (state.selectedId === null || (action.id !== undefined && action.id !== state.selectedId)) return state;
      return { ...state, selectedId: null };
    case 'setLayer':
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'setBasemap':
      return { ...state, basemap: action.basemap };
    case 'setShowPast':
      return { ...state, showPast: action.showPast };
    case 'setZone':
      return { ...state, zone: action.zone };
    case 'setKnown':
      return state.known === action.known ? state : { ...state, known: action.known };
    case 'setView': {
      const view = state.view;
      if (view && view.lat === action.view.lat && view.lon === action.view.lon && view.zoom === action.view.zoom) {
        return state;
      }
      return { ...state, view: action.view };
    }
  }
}
