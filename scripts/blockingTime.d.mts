/** A Chromium trace event, as far as the estimate reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** A task of the main thread: its start after navigation and its CPU time, in ms. */
export interface TracedTask {
  atMs: number;
  cpuMs: number;
}

export function estimateBlockingTime(traceEvents: readonly TraceEvent[]): {
  fcpMs: number;
  blockingMs: number;
  longest: TracedTask[];
};
