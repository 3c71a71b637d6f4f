import { buildPacedPlan, type PacedPlan } from '../time/playback';
import { buildTimeAxis, type TimeAxis } from '../time/timeAxis';
import { buildTimeIndex, type TimeIndex, type TimeIndexOptions } from '../time/timeIndex';
import type { DataProblem } from './dataProblem';
import { type DistanceBasis, resolveDistanceBasis } from './distances';
import { buildKnowledgeIndex, type KnowledgeIndex, newsMoments } from './knowledgeIndex';
import type { StoryConfig } from './storyConfig';
import type { StoryEvent } from './storyEvent';
import { resolveLegend, type StoryLegend } from './storyLegend';
import type { StoryPlace } from './storyPlace';

/** Events by id. */
export interface EventLookup {
  get(id: string): StoryEvent | undefined;
  has(id: string): boolean;
}

/** Everything the app derives from a story's data, built once when it loads and never changed. */
export interface StoryModel {
  readonly config: StoryConfig;
  /** Events in time-index order: `events[ordinal]`. */
  readonly events: readonly StoryEvent[];
  /** The events by id (through the index's ordinals: a second map of every id would cost as much again). */
  readonly eventById: EventLookup;
  readonly index: TimeIndex;
  /** The knowledge clock: when each event's first report, figures and corrections may have become public. */
  readonly knowledge: KnowledgeIndex;
  readonly axis: TimeAxis;
  /** Paced playback over the axis, holding at each event's start and wherever something became known. */
  readonly plan: PacedPlan;
  readonly places: readonly StoryPlace[];
  /** The story's kinds and layers, each with its symbol or label resolved. */
  readonly legend: StoryLegend;
  /** What distances are measured from, when the story has a distances module. */
  readonly distances?: DistanceBasis;
  readonly problems: readonly DataProblem[];
}

export interface StoryParts {
  readonly config: StoryConfig;
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
  /** The events; in time-index order when `index` is given (as a worker returns them), in any order otherwise. */
  readonly events: readonly StoryEvent[];
  readonly index?: TimeIndex;
}

/** Two ascending arrays as one ascending array. */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const merged = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number));
    merged[k++] = takeA ? (a[i++] as number) : (b[j++] as number);
  }
  return merged;
}

/** Builds the time index (unless given), the knowledge index and the axis with its scale breaks. */
export function buildStoryModel(parts: StoryParts, indexOptions: TimeIndexOptions = {}): StoryModel {
  let index = parts.index;
  let events = parts.events;
  if (!index) {
    index = buildTimeIndex(parts.events, indexOptions);
    const byId = new Map(parts.events.map((event) => [event.id, event]));
    events = index.ids.map((id) => byId.get(id) as StoryEvent);
  }
  let momentCount = 0;
  for (const event of events) momentCount += 4 + 2 * event.corrections.length;
  // Typed: 100,000 events have some 300,000 moments (missing ones stay NaN, which the axis leaves out).
  const moments = new Float64Array(momentCount).fill(Number.NaN);
  let at = 0;
  for (const event of events) {
    moments[at++] = event.start;
    if (event.end !== undefined) moments[at++] = event.end;
    // A correction is a moment of the story too: the slider must be able to reach the time it became public.
    // So are the moments it may have become public and was certainly public by.
    for (const correction of event.corrections) {
      moments[at++] = correction.published.earliest;
      if (Number.isFinite(correction.published.latest)) moments[at++] = correction.published.latest;
    }
    // So is the first report of each event, which a popup offers to go to, and the moment it was surely out.
    if (Number.isFinite(event.firstReport.earliest)) moments[at++] = event.firstReport.earliest;
    if (Number.isFinite(event.firstReport.latest)) moments[at++] = event.firstReport.latest;
  }
  const axis = buildTimeAxis(moments, { timeZone: parts.config.timeZone.id });
  // The index's map of ids is made on the first lookup, not here.
  const timeIndex = index;
  const eventById: EventLookup = {
    get: (id) => {
      const ordinal = timeIndex.ordinalOf.get(id);
      return ordinal === undefined ? undefined : events[ordinal];
    },
    has: (id) => timeIndex.ordinalOf.has(id),
  };
  const knowledge = buildKnowledgeIndex(events);
  return {
    config: parts.config,
    events,
    eventById,
    index,
    knowledge,
    axis,
    plan: buildPacedPlan(axis, mergeSorted(index.starts, newsMoments(knowledge))),
    places: parts.places,
    legend: resolveLegend(
      parts.config.kinds,
      parts.config.layers,
      parts.places.flatMap((place) => (place.layer === undefined ? [] : [place.layer])),
    ),
    distances: resolveDistanceBasis(parts.config, parts.places),
    problems: parts.problems,
  };
}
