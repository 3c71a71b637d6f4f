import { ampHeightMessage, datawrapperHeightMessage, parsePymWidthMessage, pymHeightMessage } from './heightMessages';

export interface HeightReportingOptions {
  /** The id for the Datawrapper format. */
  readonly id: string;
  /** The id a Pym.js parent gave this child; without one, the Datawrapper id is used. */
  readonly pymChildId?: string;
}

/** What the height reporter needs from the page: how tall the content is, how to post, how to defer. */
export interface HeightReporterIo {
  measure(): number;
  post(message: unknown): void;
  /** Runs the task soon, once the messages already queued have been handled. */
  schedule(task: () => void): void;
}

export interface HeightReporter {
  /** The content may have changed height: posts it in all three formats when it differs from the last. */
  resized(): void;
  /** A message from the host page: a Pym.js width message gets one Pym.js height message; the rest, nothing. */
  received(data: unknown): void;
}

/**
 * The embed's side of the height conversation, without the DOM. Resizes go out in the Datawrapper, AMP and
 * Pym.js formats, each once per new height. A Pym.js parent's width message is answered in its own format only,
 * and a burst of them with one answer: replies stay bounded however many messages a page sends.
 */
export function createHeightReporter(options: HeightReportingOptions, io: HeightReporterIo): HeightReporter {
  const pymId = options.pymChildId ?? options.id;
  let lastSent = 0;
  let pymAnswerPending = false;
  return {
    resized() {
      const height = io.measure();
      if (height <= 0 || height === lastSent) return;
      lastSent = height;
      io.post(datawrapperHeightMessage(options.id, height));
      io.post(ampHeightMessage(height));
      io.post(pymHeightMessage(pymId, height));
    },
    received(data) {
      if (pymAnswerPending || parsePymWidthMessage(data, pymId) === undefined) return;
      pymAnswerPending = true;
      io.schedule(() => {
        pymAnswerPending = false;
        const height = io.measure();
        if (height > 0) io.post(pymHeightMessage(pymId, height));
      });
    },
  };
}

/** How long after a change to the content its height is measured (changes come in bursts: one measure each). */
const MEASURE_AFTER_CHANGE_MS = 100;

/**
 * Tells the host page the embed's content height whenever it changes (ResizeObserver), and answers a Pym.js
 * parent's width messages (createHeightReporter). Messages from anything but the host page are ignored. Does
 * nothing outside a frame. Returns a function that stops it.
 */
export function reportHeight(element: HTMLElement, options: HeightReportingOptions): () => void {
  const host = window.parent;
  if (host === window) return () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reporter = createHeightReporter(options, {
    measure: () => Math.ceil(element.getBoundingClientRect().height),
    // Sizes are not secret and the host's origin is not known in advance: any origin may read them.
    post: (message) => host.postMessage(message, '*'),
    schedule: (task) => {
      timer = setTimeout(task, 0);
    },
  });
  const observer = new ResizeObserver(() => reporter.resized());
  observer.observe(element);
  // Chromium runs no ResizeObserver in another origin's frame while it is off screen (an embed further down the
  // article): changes to the content are measured a moment after they happen as well.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const changes = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      reporter.resized();
    }, MEASURE_AFTER_CHANGE_MS);
  });
  changes.observe(element, { childList: true, subtree: true, attributes: true, characterData: true });
  const onMessage = (event: MessageEvent) => {
    if (event.source === host) reporter.received(event.data);
  };
  window.addEventListener('message', onMessage);
  reporter.resized();
  return function stopReportingHeight() {
    observer.disconnect();
    changes.disconnect();
    clearTimeout(pending);
    window.removeEventListener('message', onMessage);
    clearTimeout(timer);
  };
}
