import type { KnowledgeView } from '../domain/knownAt';
import type { StoryLayerId } from '../domain/storyLayers';
import type { DisplayZoneChoice } from '../time/displayZone';
import { advancePlayback, type PlaybackSpeedId, speedById } from '../time/playback';
import { clampToAxis, stepAlongAxis, type TimeAxis } from '../time/timeAxis';

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
  /** null until the reader (or a link) moves the map: then the story's initial bounds apply. */
  readonly view: MapViewState | null;
}

/** Defaults, one per line. */
export const DEFAULT_STATE: AppState = {
  axis: null, // set when the story has loaded
  time: 0, // the axis start once loaded
  playing: false, // never plays on its own unless asked (and never under reduced motion)
  speed: '6h', // the airlift's 18 days play in about 70 s
  loop: false, // stop at the end
  selectedId: null, // no popup open
  selectionOrigin: 'pointer',
  layers: { airport: true, attacks: true, strikes: true, other: true }, // every layer on
  basemap: 'embedded', // offline: no request leaves the site
  showPast: true, // past events stay, subdued, for context
  zone: 'story', // the story's local time
  known: 'then', // only what had been published by the slider's time
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
  | { type: 'select'; id: string; origin: SelectionOrigin; time?: number }
  /** With an id: only if that event is still the selected one (a later selection wins). */
  | { type: 'deselect'; id?: string | null }
  | { type: 'setLayer'; layer: StoryLayerId; visible: boolean }
  | { type: 'setBasemap'; basemap: BasemapId }
  | { type: 'setShowPast'; showPast: boolean }
  | { type: 'setZone'; zone: DisplayZoneChoice }
  | { type: 'setKnown'; known: KnowledgeView }
  | { type: 'setView'; view: MapViewState };

function onAxis(state: AppState, time: number): number {
  return state.axis ? clampToAxis(state.axis, time) : time;
}

export function appReducer(state: AppState, action: AppAction): AppState {
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
      return { ...state, time: step.time, playing: !step.ended };
    }
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
