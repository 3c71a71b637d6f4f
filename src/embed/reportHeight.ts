import { ampHeightMessage, datawrapperHeightMessage, parsePymWidthMessage, pymHeightMessage } from './heightMessages';

export interface HeightReportingOptions {
  /** The id for the Datawrapper format. */
  readonly id: string;
  /** The id a Pym.js parent gave this child; without one, the Datawrapper id is used. */
  readonly pymChildId?: string;
}

/**
 * Tells the host page the embed's content height whenever it changes (ResizeObserver), in the Datawrapper, AMP
 * and Pym.js formats, and answers a Pym.js parent's width message with the height. Other messages are ignored.
 * Does nothing outside a frame. Returns a function that stops it.
 */
export function reportHeight(element: HTMLElement, options: HeightReportingOptions): () => void {
  const host = window.parent;
  if (host === window) return () => {};
  const pymId = options.pymChildId ?? options.id;
  let lastSent = 0;
  const send = (force: boolean) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === lastSent)) return;
    lastSent = height;
    // Sizes are not secret and the host's origin is not known in advance: any origin may read them.
    host.postMessage(datawrapperHeightMessage(options.id, height), '*');
    host.postMessage(ampHeightMessage(height), '*');
    host.postMessage(pymHeightMessage(pymId, height), '*');
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(element);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    if (parsePymWidthMessage(event.data, pymId) !== undefined) send(true);
  };
  window.addEventListener('message', onMessage);
  send(true);
  return function stopReportingHeight() {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
