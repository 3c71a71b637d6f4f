import type { RawEventFeature } from '../domain/eventSchema';
import { toStoryEvent } from '../domain/eventsFromData';
import { type ParseEventsFile, type ParseEventsRequest, parseEventsText } from '../domain/parseStory';
import type { StoryEvent } from '../domain/storyEvent';
import type { WorkerReply } from './eventsWorker';

/**
 * The worker's transport for the story's one parsing path (domain/parseStory): the worker runs `parseEventsText`
 * and sends back its verdict; the page converts the events from its own copy of the text meanwhile.
 */

/** A running events worker, ready for one request. */
export interface EventsWorker {
  validate(request: ParseEventsRequest): Promise<WorkerReply>;
}

/**
 * Starts the events worker and resolves once it runs (its module loaded): call it early, while the data is
 * still on its way, so that the worker's start-up is not on the critical path.
 */
export function startEventsWorker(): Promise<EventsWorker> {
  return new Promise((ready, failed) => {
    const worker = new Worker(new URL('./eventsWorker.ts', import.meta.url), { type: 'module' });
    let settle: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined;
    worker.onerror = (error) => {
      worker.terminate();
      const failure = new Error(`the events worker failed: ${error.message}`);
      failed(failure);
      settle?.reject(failure);
    };
    worker.onmessage = (message: MessageEvent<WorkerReply | 'ready'>) => {
      if (message.data !== 'ready') {
        worker.terminate();
        settle?.resolve(message.data);
        return;
      }
      ready({
        validate(request) {
          const reply = new Promise<WorkerReply>((resolve, reject) => {
            settle = { resolve, reject };
          });
          worker.postMessage(request);
          return reply;
        },
      });
    };
  });
}

/**
 * Above this size an events file is validated and indexed in a worker while the page converts the same text.
 * Below it, doing the work once on the page is faster: with the compiled validator, 100,000 events (57 MB) load
 * in ~1.1-1.2 s on the page against ~1.6-1.8 s through the worker on a 2-core machine (two parses of the same
 * text compete for the cores, and the worker runs cold code). The page converts the text either way, so the
 * worker mostly spared it the validation; it is kept for files larger still, whose load takes seconds.
 */
export const WORKER_THRESHOLD_BYTES = 64_000_000;

/** Converts every feature it can, by position; which ones are valid, the worker decides. */
function convertAll(text: string): (StoryEvent | undefined)[] {
  let features: unknown[];
  try {
    const value = JSON.parse(text) as { features?: unknown };
    features = Array.isArray(value.features) ? value.features : [];
  } catch {
    return [];
  }
  return features.map((feature) => {
    try {
      return toStoryEvent(feature as RawEventFeature);
    } catch {
      return undefined;
    }
  });
}

/**
 * Parses, validates and indexes an events file: a small one on the page, a large one in a worker (pass one started
 * early, or one is started now) while the page converts the same text; only the events the worker accepted are
 * kept, in its time order. Give it to `prepareStory` as its `parseEventsFile`.
 */
export function parseEventsWithWorker(worker?: Promise<EventsWorker>): ParseEventsFile {
  return async function parseEventsFile(request) {
    if (request.text.length < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
      return parseEventsText(request);
    }
    // The worker must be running before the page gets busy converting, or its start-up waits for the page.
    const verdict = (await (worker ?? startEventsWorker())).validate(request);
    // Yield once: a message to a worker is delivered only after the posting task ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const converted = convertAll(request.text);
    const reply = await verdict;
    const events = Array.from(reply.positions, (position) => converted[position] as StoryEvent);
    return { ...reply, events };
  };
}
