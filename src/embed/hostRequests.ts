/**
 * The host page's latest "map-goto" request, listened for from the moment the embed's script runs: a request sent
 * on the iframe's load event, before React has mounted, is kept, not lost. Only the page this embed sits in counts
 * (never a sibling frame or another window); the request is checked in full by parseGotoMessage where it is used.
 */

/** One request; `count` tells a repeated request apart from the last one. */
export interface HostRequest {
  readonly data: unknown;
  readonly count: number;
}

let latest: HostRequest | undefined;
const listeners = new Set<() => void>();

function onMessage(event: MessageEvent): void {
  if (event.source !== window.parent) return;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null || !('map-goto' in data)) return;
  latest = { data, count: (latest?.count ?? 0) + 1 };
  for (const listener of listeners) listener();
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

/** For useSyncExternalStore: the latest request, if any. */
export function latestHostRequest(): HostRequest | undefined {
  return latest;
}
