import type { DataProblem } from '../domain/dataProblem';
import type { BoundingBox } from '../domain/parseFeatureCollection';
import type { StoryEvent } from '../domain/storyEvent';
import type { TimeIndex, TimeIndexOptions } from '../time/timeIndex';

/** What parsing an events file produces: valid events in time-index order, the index, and every problem. */
export interface ParsedEventsJob {
  readonly events: readonly StoryEvent[];
  readonly index: TimeIndex;
  readonly problems: readonly DataProblem[];
  /** Where each event (by ordinal) is in the file's features array. */
  readonly positions: Int32Array;
  /** Where the work ran, and how long each part took (ms), for benchmarks. */
  readonly timings: { readonly validateMs: number; readonly indexMs: number; readonly inWorker: boolean };
}

/** What the worker sends back: everything but the events, which the page converts from the same text itself. */
export type WorkerReply = Omit<ParsedEventsJob, 'events'>;

export interface ParseEventsRequest {
  readonly file: string;
  readonly text: string;
  readonly area?: BoundingBox;
  /** The story's kind ids. */
  readonly kinds?: readonly string[];
  readonly indexOptions?: TimeIndexOptions;
}
