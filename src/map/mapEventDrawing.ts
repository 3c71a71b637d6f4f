import type L from 'leaflet';
import type { EventDrawing } from '../time/visibilitySync';

/** A drawing of a story's events on a map: brought to a time by VisibilitySync, patched, never rebuilt. */
export interface MapEventDrawing extends EventDrawing {
  /**
   * Names and marks events as known at moment t (title, status, and whether they are certain yet): the events
   * given (those whose headline changed since the last call), or all of them.
   */
  relabel(t: number, ordinals?: readonly number[]): void;
  setLayerVisible(layer: string, visible: boolean): void;
  setSelected(ordinal: number | undefined): void;
  /** Marks the events a chapter of the guided story highlights (DOM markers only). */
  setHighlighted?(ordinals: ReadonlySet<number>): void;
  /** Marks events that just appeared while playing, for the reader to notice (DOM markers only). */
  markAppeared?(ordinals: readonly number[]): void;
  /** The marker of an event, when it is drawn on the map right now. */
  visibleMarker(ordinal: number): { getLatLng(): L.LatLng; getElement?(): Element | undefined } | undefined;
  /** How many events are drawn (before layer toggles); for tests and benchmarks. */
  shownCount(): number;
  remove(): void;
}

export type ActivateEvent = (id: string, origin: 'pointer' | 'keyboard') => void;
