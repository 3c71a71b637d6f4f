/// <reference lib="webworker" />
import { type ParsedEventsJob, type ParseEventsRequest, parseEventsText } from '../domain/parseStory';

/** What the worker sends back: everything but the events, which the page converts from the same text itself. */
export type WorkerReply = Omit<ParsedEventsJob, 'events'>;

/**
 * Validates and indexes a large events file off the page's main thread. It sends back the verdict (problems,
 * which features are valid, in time order) and the index, whose typed arrays are transferred, not copied; the
 * events themselves the page converts from its own copy of the text meanwhile, which is faster than cloning them.
 */
self.onmessage = (message: MessageEvent<ParseEventsRequest>) => {
  const { events: _events, ...reply }: { events: unknown } & WorkerReply = parseEventsText(message.data, true);
  const { starts, currentUntil, untilSorted, untilOrder } = reply.index;
  (self as unknown as Worker).postMessage(reply, [
    starts.buffer,
    currentUntil.buffer,
    untilSorted.buffer,
    untilOrder.buffer,
    reply.positions.buffer,
  ]);
};

// Ready: the page waits for this before it starts its own share of the work, which would delay our start-up.
(self as unknown as Worker).postMessage('ready');
