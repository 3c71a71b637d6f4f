import type { ParseEventsRequest, WorkerReply } from './parseEventsJob';

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
