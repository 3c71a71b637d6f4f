/**
 * The host page's latest "map-goto" request, listened for from the moment the embed's script runs: a request sent
 * on the iframe's load event, before React has mounted, is kept, not lost. Only the page this embed sits in counts
 * (never a sibling frame or another window); the request is checked in full by parseGotoMessage where it is used.
 *
 * Requests are coalesced: a message only records itself as the pending one, and the latest pending request is
 * handed on once per frame. Carrying one out (a chapter's flight, a new moment) costs tens of milliseconds, so a
 * page that posts thousands of them costs one per frame, and the reader's input is still handled between frames.
 */

/** One request; `count` tells a repeated request apart from the last one. */
export interface HostRequest {
  readonly data: unknown;
  readonly count: number;
}

/** A request waits at most this long for a frame: a frame that is not drawn (a hidden page) does not hold it. */
const FRAME_WAIT_MS = 250;

let latest: HostRequest | undefined;
let pending: { data: unknown } | undefined;
let scheduled: { frame: number; timer: ReturnType<typeof setTimeout> } | undefined;
const listeners = new Set<() => void>();

/** Hands the pending request on, once. */
function publishPending(): void {
  if (scheduled) {
    cancelAnimationFrame(scheduled.frame);
    clearTimeout(scheduled.timer);
    scheduled = undefined;
  }
  if (!pending) return;
  latest = { data: pending.data, count: (latest?.count ?? 0) + 1 };
  pending = undefined;
  for (const listener of listeners) listener();
}

function onMessage(event: MessageEvent): void {
  if (event.source !== window.parent) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || !('map-goto' in data)) return;
  pending = { data };
  scheduled ??= {
    frame: requestAnimationFrame(publishPending),
    timer: setTimeout(publishPending, FRAME_WAIT_MS),
  };
}

/** Starts listening, once, when the page is framed. */
export function listenForHostRequests(): void {
  if (window.parent === window) return;
  window.removeEventListener('message', onMessage);
  window.addEventListener('message', onMessage);
}

/** For useSyncExternalStore: subscribe to new requests. */
export function subscribeToHostRequests(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For useSyncExternalStore: the latest request handed on, if any. */
export function latestHostRequest(): HostRequest | undefined {
  return latest;
}
