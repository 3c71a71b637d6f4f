import { useEffect, useLayoutEffect, useRef } from 'react';
import { type AppState, DEFAULT_STATE } from '../state/appState';
import { serializeUrlState } from '../state/urlState';

/** Minimum time between two history updates while the reader scrubs or plays. */
const URL_UPDATE_INTERVAL_MS = 400;

/**
 * Keeps the address bar on the current moment with history.replaceState (no new history entries), at most a
 * few times per second, so that a copied URL always restores what the reader sees.
 */
export function useUrlStateSync(state: AppState, chapterIds: readonly string[]): void {
  const last = useRef(0);
  const pending = useRef<number | undefined>(undefined);
  const latest = useRef(state);
  useLayoutEffect(function keepLatestState() {
    latest.current = state;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: every state change schedules a write of the latest state
  useEffect(
    function writeStateToUrl() {
      const write = () => {
        pending.current = undefined;
        last.current = performance.now();
        const query = serializeUrlState(latest.current, DEFAULT_STATE, chapterIds);
        const url = `${window.location.pathname}?${query}${window.location.hash}`;
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
          window.history.replaceState(window.history.state, '', url);
        }
      };
      const wait = URL_UPDATE_INTERVAL_MS - (performance.now() - last.current);
      if (wait <= 0) write();
      else if (pending.current === undefined) pending.current = window.setTimeout(write, wait);
    },
    [state, chapterIds],
  );
  useEffect(
    () =>
      function cancelPendingUrlWrite() {
        if (pending.current !== undefined) window.clearTimeout(pending.current);
      },
    [],
  );
}
