import type { RawEventFeature } from '../domain/eventSchema';
import { toStoryEvent } from '../domain/parseEvents';
import type { StoryEvent } from '../domain/storyEvent';
import { type EventsWorker, startEventsWorker } from './eventsWorkerClient';
import type { ParsedEventsJob, ParseEventsRequest } from './parseEventsJob';
import { runParseEvents } from './runParseEvents';

/**
 * Above this size an events file is validated and indexed in a worker: for 100,000 events that work takes
 * seconds and would freeze the page. Small stories (ours is ~70 kB) are parsed in place, sparing the worker's
 * start-up.
 */
export const WORKER_THRESHOLD_BYTES = 1_000_000;

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
 * Parses, validates and indexes an events file. A large one is validated and indexed in a worker (pass one
 * started early, or one is started now) while the page converts the same text; only the events the worker
 * accepted are kept, in its time order.
 */
export async function parseEventsFile(
  request: ParseEventsRequest,
  worker: Promise<EventsWorker> | undefined = undefined,
): Promise<ParsedEventsJob> {
  if (request.text.length < WORKER_THRESHOLD_BYTES || typeof Worker === 'undefined') {
    return runParseEvents(request, false);
  }
  // The worker must be running before the page gets busy converting, or its start-up waits for the page.
  const verdict = (await (worker ?? startEventsWorker())).validate(request);
  // Yield once: a message to a worker is delivered only after the posting task ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const converted = convertAll(request.text);
  const reply = await verdict;
  const events = Array.from(reply.positions, (position) => converted[position] as StoryEvent);
  return { ...reply, events };
}
