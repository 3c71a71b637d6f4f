/// <reference lib="webworker" />
import type { ParseEventsRequest, WorkerReply } from './parseEventsJob';
import { runParseEvents } from './runParseEvents';

/**
 * Validates and indexes a large events file off the page's main thread. It sends back the verdict (problems,
 * which features are valid, in time order) and the index, whose typed arrays are transferred, not copied; the
 * events themselves the page converts from its own copy of the text meanwhile, which is faster than cloning them.
 */
self.onmessage = (message: MessageEvent<ParseEventsRequest>) => {
  const { events: _events, ...reply }: { events: unknown } & WorkerReply = runParseEvents(message.data, true);
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
