/**
 * Events from data that has passed the events schema (domain/eventSchema.ts): converted, never checked here. This
 * module imports no schema library, so that a page showing data the build has checked loads none.
 */
import { sortedOrder } from '../time/sortedOrder';
import type { RawEventFeature, RawSource } from './eventSchema';
import { parseIsoInstant } from './isoInstant';
import { parsePublicationDate } from './publicationDate';
import type { Correction, Figure, PartialDate, Question, Source, StoryEvent } from './storyEvent';

/** Events in time-index order, with where each was in the file's features array. */
export interface OrderedEvents {
  /** Sorted by start time, then id. */
  readonly events: readonly StoryEvent[];
  readonly positions: readonly number[];
}

function toSource(raw: RawSource): Source {
  return {
    party: raw.party,
    via: raw.via,
    quote: raw.quote,
    paraphrase: raw.paraphrase,
    language: raw.language,
    outlet: raw.outlet,
    copyOf: raw.copy_of,
    reporting: raw.reporting,
    // The schema has checked the text.
    published: parsePublicationDate(raw.published, raw.published_zone, raw.published_inferred ?? false) as PartialDate,
    publishedDayUnknown: raw.published_day_unknown,
    url: raw.url,
    sourceArticle: raw.source_article ?? false,
    note: raw.note,
    answers: raw.answers ?? NO_ANSWERS,
  };
}

const NO_CORRECTIONS: readonly Correction[] = [];
const NO_QUESTIONS: readonly Question[] = [];
const NO_FIGURES: readonly Figure[] = [];
const NO_ANSWERS: Readonly<Record<string, number | string>> = {};

/** When the first of the sources was published (epoch ms). */
function earliestPublication(sources: readonly Source[]): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const source of sources) earliest = Math.min(earliest, source.published.visibleFrom);
  return earliest;
}

/** Converts a feature that passed the schema into a domain event (times parsed, fields renamed). */
export function toStoryEvent(feature: RawEventFeature): StoryEvent {
  const p = feature.properties;
  const corrections: readonly Correction[] = !p.corrections?.length
    ? NO_CORRECTIONS
    : p.corrections
        .map((correction) => ({
          at: parseIsoInstant(correction.at) as number,
          atText: correction.at,
          summary: correction.summary,
          byEvent: correction.by_event,
          bySource: correction.by_source,
          retractsSources: correction.retracts_sources ?? [],
          statusAfter: correction.status_after,
          titleAfter: correction.title_after,
          type: correction.type ?? 'correction',
        }))
        .sort((a, b) => a.at - b.at);
  const sources = p.sources.map(toSource);
  const coordinates = feature.geometry
    ? ([feature.geometry.coordinates[0], feature.geometry.coordinates[1]] as const)
    : null;
  return {
    id: feature.id,
    title: p.title,
    kind: p.kind,
    start: parseIsoInstant(p.start) as number,
    end: p.end === undefined ? undefined : parseIsoInstant(p.end),
    startText: p.start,
    endText: p.end,
    timePrecision: p.time_precision,
    timeUncertaintyMin: p.time_uncertainty_min,
    timeNote: p.time_note,
    coordinates,
    place: p.place && {
      name: p.place.name,
      placeId: p.place.id,
      estimate: p.place.estimate,
      ...(p.place.uncertainty_m !== undefined ? { uncertaintyM: p.place.uncertainty_m } : {}),
      basis: p.place.basis,
    },
    placeName: p.place_name,
    status: p.status,
    sources,
    firstPublished: earliestPublication(sources),
    questions: p.questions ?? NO_QUESTIONS,
    corrections,
    figures: p.figures ?? NO_FIGURES,
    hindsight: p.hindsight,
  };
}

/** Events in time-index order (start, then id), with where each was in the file. */
export function inStartOrder(kept: readonly { event: StoryEvent; position: number }[]): OrderedEvents {
  const byId = (a: number, b: number) => {
    const left = (kept[a] as { event: StoryEvent }).event.id;
    const right = (kept[b] as { event: StoryEvent }).event.id;
    return left < right ? -1 : left > right ? 1 : 0;
  };
  const order = sortedOrder(
    kept.map(({ event }) => event.start),
    byId,
  );
  return {
    events: Array.from(order, (i) => (kept[i] as { event: StoryEvent }).event),
    positions: Array.from(order, (i) => (kept[i] as { position: number }).position),
  };
}

/**
 * The events of a file the build has already checked, byte for byte (its digest is the one the build recorded
 * once the story's parser found no problem in it): converted and in the order `parseEvents` gives, without
 * checking them again. Never give it a file that has not been checked.
 */
export function convertCheckedEvents(value: unknown): readonly StoryEvent[] {
  const features = (value as { features: readonly RawEventFeature[] }).features;
  return inStartOrder(features.map((feature, position) => ({ event: toStoryEvent(feature), position }))).events;
}
