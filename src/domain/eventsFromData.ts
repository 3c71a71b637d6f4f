/**
 * Events from data that has passed the events schema (domain/eventSchema.ts): converted, never checked here. This
 * module imports no schema library, so that a page showing data the build has checked loads none.
 */
import { sortedOrder } from '../time/sortedOrder';
import type { RawEventFeature, RawSource } from './eventSchema';
import { parseIsoInstant } from './isoInstant';
import { byPublication, parsePublicationDate, windowFrom } from './publicationDate';
import type { Correction, Figure, PartialDate, PublicationWindow, Question, Source, StoryEvent } from './storyEvent';

/** Events in time-index order, with where each was in the file's features array. */
export interface OrderedEvents {
  /** Sorted by start time, then id. */
  readonly events: readonly StoryEvent[];
  readonly positions: readonly number[];
}

/** A date the schema has checked, with its basis when the data gives one. */
function publicationDate(
  text: string,
  zone: string | undefined,
  inferred: boolean | undefined,
  uncertaintyMin: number | undefined,
  basis: string | undefined,
): PartialDate {
  const date = parsePublicationDate(text, { zone, inferred, uncertaintyMin }) as PartialDate;
  return basis === undefined ? date : { ...date, basis };
}

function toSource(raw: RawSource, eventStart: number): Source {
  return {
    party: raw.party,
    via: raw.via,
    quote: raw.quote,
    paraphrase: raw.paraphrase,
    language: raw.language,
    outlet: raw.outlet,
    copyOf: raw.copy_of,
    reporting: raw.reporting,
    // A report is not earlier than what it reports.
    published: windowFrom(
      publicationDate(
        raw.published,
        raw.published_zone,
        raw.published_inferred,
        raw.published_uncertainty_min,
        raw.published_basis,
      ),
      eventStart,
    ),
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

/**
 * When the first report may have been published: from the earliest moment any source may have been to the
 * earliest moment one certainly was.
 */
function firstReportOf(sources: readonly Source[]): PublicationWindow {
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.POSITIVE_INFINITY;
  for (const { published } of sources) {
    if (published.earliest < earliest) earliest = published.earliest;
    if (published.latest < latest) latest = published.latest;
  }
  return { earliest, latest };
}

/**
 * A date for a correction made by another event whose `at` is not given: unknown until that event's first report
 * is known (`withCorrectionsByEvent`), and never shown before then.
 */
const AWAITING_EVENT: PartialDate = {
  text: '',
  year: 0,
  precision: 'moment',
  inferred: false,
  earliest: Number.POSITIVE_INFINITY,
  latest: Number.POSITIVE_INFINITY,
};

type RawCorrection = NonNullable<RawEventFeature['properties']['corrections']>[number];

function correctionDate(correction: RawCorrection, sources: readonly Source[], eventStart: number): PartialDate {
  if (correction.at !== undefined) {
    const own = publicationDate(
      correction.at,
      correction.at_zone,
      false,
      correction.at_uncertainty_min,
      correction.at_basis,
    );
    return windowFrom(own, eventStart);
  }
  const source = correction.by_source === undefined ? undefined : sources[correction.by_source];
  return source ? source.published : AWAITING_EVENT;
}

/** Converts a feature that passed the schema into a domain event (times parsed, fields renamed). */
export function toStoryEvent(feature: RawEventFeature): StoryEvent {
  const p = feature.properties;
  const start = parseIsoInstant(p.start) as number;
  const sources = p.sources.map((source) => toSource(source, start));
  const corrections: readonly Correction[] = !p.corrections?.length
    ? NO_CORRECTIONS
    : byPublication(
        p.corrections.map((correction) => ({
          published: correctionDate(correction, sources, start),
          summary: correction.summary,
          byEvent: correction.by_event,
          bySource: correction.by_source,
          retractsSources: correction.retracts_sources ?? [],
          statusAfter: correction.status_after,
          titleAfter: correction.title_after,
          type: correction.type ?? 'correction',
        })),
      );
  const coordinates = feature.geometry
    ? ([feature.geometry.coordinates[0], feature.geometry.coordinates[1]] as const)
    : null;
  return {
    id: feature.id,
    title: p.title,
    kind: p.kind,
    start,
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
      ...(p.place.reported_by !== undefined ? { reportedBy: p.place.reported_by } : {}),
    },
    placeName: p.place_name,
    status: p.status,
    sources,
    firstReport: firstReportOf(sources),
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
 * Gives corrections made by another event, with no `at` of their own, the window of that event's first report.
 * Returns the events unchanged (the same array) when there are none.
 */
export function withCorrectionsByEvent(events: readonly StoryEvent[]): readonly StoryEvent[] {
  const awaiting = (event: StoryEvent) =>
    event.corrections.some((correction) => correction.published === AWAITING_EVENT);
  if (!events.some(awaiting)) return events;
  const byId = new Map(events.map((event) => [event.id, event]));
  return events.map((event) => {
    if (!awaiting(event)) return event;
    const corrections = byPublication(
      event.corrections.map((correction) => {
        if (correction.published !== AWAITING_EVENT) return correction;
        const corrector = correction.byEvent === undefined ? undefined : byId.get(correction.byEvent);
        const first = corrector?.sources.reduce<PartialDate | undefined>(
          (best, { published }) => (best === undefined || published.earliest < best.earliest ? published : best),
          undefined,
        );
        return first ? { ...correction, published: windowFrom(first, event.start) } : correction;
      }),
    );
    return { ...event, corrections };
  });
}

/**
 * The events of a file the build has already checked, byte for byte (its digest is the one the build recorded
 * once the story's parser found no problem in it): converted and in the order `parseEvents` gives, without
 * checking them again. Never give it a file that has not been checked.
 */
export function convertCheckedEvents(value: unknown): readonly StoryEvent[] {
  const features = (value as { features: readonly RawEventFeature[] }).features;
  return withCorrectionsByEvent(
    inStartOrder(features.map((feature, position) => ({ event: toStoryEvent(feature), position }))).events,
  );
}
