import { parseIsoInstant } from '../domain/isoInstant';
import type { KnowledgeView } from '../domain/knownAt';
import { DISPLAY_ZONE_CHOICES, type DisplayZoneChoice } from '../time/displayZone';
import { clampToAxis, type TimeAxis } from '../time/timeAxis';
import { type AppState, BASEMAPS, type BasemapId, THEMES, type ThemeChoice } from './appState';
import type { MapViewState } from './mapViewStore';

/** The parts of the app state a link carries. */
export interface SharedState {
  readonly time?: number;
  readonly selectedId?: string;
  readonly layers?: Readonly<Record<string, boolean>>;
  readonly basemap?: BasemapId;
  readonly view?: MapViewState;
  readonly zone?: DisplayZoneChoice;
  readonly showPast?: boolean;
  readonly theme?: ThemeChoice;
  /** What the page changed in the link to show it honestly, to be told to the reader. */
  readonly notes?: readonly LinkNote[];
  readonly known?: KnowledgeView;
  /** The chapter of the guided story a link opens (its index). */
  readonly chapterIndex?: number;
}

/** A change the page made to what a link asked for, which the reader is told about. */
export type LinkNote =
  /** The time fell in a scale break: the nearest moment on the timeline is shown. */
  | { readonly kind: 'timeSnapped'; readonly requested: number; readonly shown: number }
  /** The time was before the story's first moment or after its last: the nearest end is shown. */
  | { readonly kind: 'timeOutside'; readonly requested: number; readonly shown: number }
  /** The event was not on the map at the link's time: the time moved to its first report (or start). */
  | { readonly kind: 'timeMovedToEvent'; readonly eventId: string; readonly requested: number; readonly shown: number }
  /** The event cannot be shown as the link asks: its layer is off. */
  | { readonly kind: 'eventLayerOff'; readonly eventId: string; readonly layer: string };

/** What a link is checked against: only values that exist in this story are accepted. */
export interface UrlStateContext {
  readonly axis: TimeAxis;
  /** The story's event ids (a Set, or the map of events by id). */
  readonly eventIds: { has(id: string): boolean };
  /** [west, south, east, north] the map may be centred in. */
  readonly area: readonly [number, number, number, number];
  /** The ids of the guided story's chapters, in order. */
  readonly chapterIds?: readonly string[];
  /** The story's layer ids. */
  readonly layerIds?: readonly string[];
}

const MIN_ZOOM = 3;
const MAX_ZOOM = 18;

/** "2021-08-30T02:10Z": minute resolution, in UTC, so a link reads the same in every zone. */
export function formatUrlTime(t: number): string {
  return new Date(t).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

/** The shown moment nearest to t: t itself on a segment, else the nearer edge of the break it falls in. */
export function nearestShownTime(axis: TimeAxis, t: number): number {
  const clamped = clampToAxis(axis, t);
  if (clamped === t) return t;
  const index = axis.segments.findIndex((segment) => segment.start === clamped);
  const before = axis.segments[index - 1];
  return before && t - before.end <= clamped - t ? before.end : clamped;
}

function parseTime(value: string, axis: TimeAxis): { time: number; note?: LinkNote } | undefined {
  const t = parseIsoInstant(value.replace(' ', '+'));
  if (t === undefined) return undefined;
  if (t < axis.start || t > axis.end) {
    const shown = t < axis.start ? axis.start : axis.end;
    return { time: shown, note: { kind: 'timeOutside', requested: t, shown } };
  }
  const shown = nearestShownTime(axis, t);
  return shown === t ? { time: t } : { time: shown, note: { kind: 'timeSnapped', requested: t, shown } };
}

function parseLayers(value: string, layerIds: readonly string[]): Record<string, boolean> | undefined {
  const tokens = value === 'none' ? [] : value.split(',');
  if (!tokens.every((token) => layerIds.includes(token))) return undefined;
  return Object.fromEntries(layerIds.map((id) => [id, tokens.includes(id)]));
}

function parseView(value: string, area: UrlStateContext['area']): MapViewState | undefined {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return undefined;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  const [west, south, east, north] = area;
  if (lon < west || lon > east || lat < south || lat > north) return undefined;
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return undefined;
  return { lat, lon, zoom };
}

/**
 * Reads the shared state from a query string. Every parameter is optional and checked on its own: an unknown,
 * malformed or out-of-range value is dropped and the default applies. Never throws.
 */
export function parseUrlState(search: string, context: UrlStateContext): SharedState {
  const params = new URLSearchParams(search);
  const get = (name: string): string | undefined => {
    const value = params.get(name);
    return value === null || value.length > 200 ? undefined : value;
  };
  const shared: {
    -readonly [K in keyof SharedState]: SharedState[K];
  } = {};
  const notes: LinkNote[] = [];
  const t = get('t');
  const time = t === undefined ? undefined : parseTime(t, context.axis);
  if (time) {
    shared.time = time.time;
    if (time.note) notes.push(time.note);
  }
  const event = get('event');
  if (event !== undefined && context.eventIds.has(event)) shared.selectedId = event;
  const layers = get('layers');
  if (layers !== undefined) shared.layers = parseLayers(layers, context.layerIds ?? []);
  const basemap = get('basemap');
  if (basemap !== undefined && BASEMAPS.some((option) => option.id === basemap)) shared.basemap = basemap as BasemapId;
  const view = get('view');
  if (view !== undefined) shared.view = parseView(view, context.area);
  const zone = get('tz');
  if (zone !== undefined && (DISPLAY_ZONE_CHOICES as readonly string[]).includes(zone)) {
    shared.zone = zone as DisplayZoneChoice;
  }
  const past = get('past');
  if (past === '0' || past === '1') shared.showPast = past === '1';
  const theme = get('theme');
  if (theme !== undefined && (THEMES as readonly string[]).includes(theme)) shared.theme = theme as ThemeChoice;
  if (notes.length > 0) shared.notes = notes;
  const known = get('known');
  if (known === 'now' || known === 'then') shared.known = known;
  const chapter = get('chapter');
  const chapterIndex = chapter === undefined ? -1 : (context.chapterIds ?? []).indexOf(chapter);
  if (chapterIndex >= 0) shared.chapterIndex = chapterIndex;
  return shared;
}

/**
 * Writes the shareable part of the state, and the map's view (read from the map, when it has moved), as a query
 * string (without "?"), leaving defaults out.
 */
export function serializeUrlState(
  state: AppState,
  defaults: AppState,
  chapterIds: readonly string[] = [],
  view: MapViewState | null = null,
): string {
  const params = new URLSearchParams();
  const chapter = state.tour && !state.tour.paused ? chapterIds[state.tour.index] : undefined;
  if (chapter !== undefined) params.set('chapter', chapter);
  params.set('t', formatUrlTime(state.time));
  if (state.selectedId) params.set('event', state.selectedId);
  const layerIds = Object.keys(state.layers);
  // Every layer is on unless the reader turned it off.
  const off = (layers: AppState['layers'], id: string) => layers[id] === false;
  if (layerIds.some((id) => off(state.layers, id) !== off(defaults.layers, id))) {
    const on = layerIds.filter((id) => state.layers[id]);
    params.set('layers', on.length === 0 ? 'none' : on.join(','));
  }
  if (state.basemap !== defaults.basemap) params.set('basemap', state.basemap);
  if (view) params.set('view', `${view.lat.toFixed(5)},${view.lon.toFixed(5)},${view.zoom}`);
  if (state.zone !== defaults.zone) params.set('tz', state.zone);
  if (state.showPast !== defaults.showPast) params.set('past', state.showPast ? '1' : '0');
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.known !== defaults.known) params.set('known', state.known);
  // Commas and colons are safe in a query string and keep the link readable.
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}

/** Applies a parsed link onto a state (its view is the map's: see MapViewStore). */
export function applySharedState(state: AppState, shared: SharedState): AppState {
  return {
    ...state,
    time: shared.time ?? state.time,
    selectedId: shared.selectedId ?? state.selectedId,
    selectionOrigin: shared.selectedId ? 'url' : state.selectionOrigin,
    layers: shared.layers ?? state.layers,
    basemap: shared.basemap ?? state.basemap,
    zone: shared.zone ?? state.zone,
    showPast: shared.showPast ?? state.showPast,
    theme: shared.theme ?? state.theme,
    known: shared.known ?? state.known,
  };
}

/** Whether a link asks for playback to start on load (`autoplay=1` or `autoplay=true`). */
export function parseAutoplay(search: string): boolean {
  const value = new URLSearchParams(search).get('autoplay');
  return value === '1' || value === 'true';
}
