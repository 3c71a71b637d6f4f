import { parseEvents } from '../domain/parseEvents';
import { parseJsonText } from '../domain/parseJsonText';
import { buildTimeIndex } from '../time/timeIndex';
import type { ParsedEventsJob, ParseEventsRequest } from './parseEventsJob';

/** Parses, validates and indexes an events file, wherever it is called (the page or a worker). */
export function runParseEvents(request: ParseEventsRequest, inWorker: boolean): ParsedEventsJob {
  const started = performance.now();
  const json = parseJsonText(request.file, request.text);
  const parsed = json.ok
    ? parseEvents(request.file, json.value, { area: request.area, kinds: request.kinds })
    : { events: [], positions: [], problems: [json.problem] };
  const validated = performance.now();
  const index = buildTimeIndex(parsed.events, request.indexOptions);
  // parseEvents sorts as the index does (start, then id), so events and positions are already in ordinal order.
  return {
    events: parsed.events,
    index,
    positions: Int32Array.from(parsed.positions),
    problems: parsed.problems,
    timings: { validateMs: validated - started, indexMs: performance.now() - validated, inWorker },
  };
}
