/** A map view: centre and zoom. */
export interface MapViewState {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

/**
 * The map's view, owned by the map: Leaflet writes it when a move ends, and what needs it (the address bar, a
 * share link) reads it, or subscribes, without the page re-rendering on every move (a useSyncExternalStore source).
 */
export interface MapViewStore {
  /** The latest view, or null until the map has moved (or a link set one): the story's opening frame. */
  readonly getView: () => MapViewState | null;
  readonly setView: (view: MapViewState) => void;
  /** Calls `onChange` after each change of view; returns the unsubscribe. */
  readonly subscribe: (onChange: () => void) => () => void;
}

/** A view store starting at `initial` (a link's view), or at the story's opening frame with null. */
export function createMapViewStore(initial: MapViewState | null = null): MapViewStore {
  let view = initial;
  const listeners = new Set<() => void>();
  return {
    getView: () => view,
    setView(next) {
      if (view && view.lat === next.lat && view.lon === next.lon && view.zoom === next.zoom) return;
      view = next;
      for (const listener of listeners) listener();
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
  };
}
