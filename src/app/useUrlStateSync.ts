import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { type AppState, DEFAULT_STATE } from '../state/appState';
import type { MapViewStore } from '../state/mapViewStore';
import { serializeUrlState } from '../state/urlState';

/** Minimum time between two history updates while the reader scrubs, plays or pans. */
const URL_UPDATE_INTERVAL_MS = 400;

/**
 * Keeps the address bar on the current moment and view with history.replaceState (no new history entries), at
 * most a few times per second, so that a copied URL always restores what the reader sees. The view is read from
 * the map's store when the URL is written: panning re-renders nothing.
 */
export function useUrlStateSync(state: AppState, chapterIds: readonly string[], mapView: MapViewStore): void {
  const last = useRef(0);
  const pending = useRef<number | undefined>(undefined);
  const latest = useRef(state);
  useLayoutEffect(function keepLatestState() {
    latest.current = state;
  });
  const scheduleWrite = useCallback(() => {
    const write = () => {
      pending.current = undefined;
      last.current = performance.now();
      const query = serializeUrlState(latest.current, DEFAULT_STATE, chapterIds, mapView.getView());
      const url = `${window.location.pathname}?${query}${window.location.hash}`;
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, '', url);
      }
    };
    const wait = URL_UPDATE_INTERVAL_MS - (performance.now() - last.current);
    if (wait <= 0) write();
    else if (pending.current === undefined) pending.current = window.setTimeout(write, wait);
  }, [chapterIds, mapView]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every state change schedules a write of the latest state
  useEffect(
    function writeStateToUrl() {
      scheduleWrite();
    },
    [state, scheduleWrite],
  );
  useEffect(
    function writeViewToUrl() {
      return mapView.subscribe(scheduleWrite);
    },
    [mapView, scheduleWrite],
  );
  useEffect(
    () =>
      function cancelPendingUrlWrite() {
        if (pending.current !== undefined) window.clearTimeout(pending.current);
      },
    [],
  );
}
