import type { DataProblem } from './dataProblem';
import { eventFeatureSchema, type RawEventFeature } from './eventSchema';
import { inStartOrder, toStoryEvent, withCorrectionsByEvent } from './eventsFromData';
import { type BoundingBox, checkPosition, parseFeatureCollection } from './parseFeatureCollection';
import { checkOffsetForZone, formatIsoInZone, parsePublicationDate } from './publicationDate';
import type { PartialDate, StoryEvent } from './storyEvent';

export interface ParsedEvents {
  /** Valid events, sorted by start time (then id). */
  readonly events: readonly StoryEvent[];
  /** Where each of those events is in the file's features array. */
  readonly positions: readonly number[];
  readonly problems: readonly DataProblem[];
}

export interface ParseEventsOptions {
  /** The story's area [west, south, east, north]; positions outside it are refused (and swaps detected). */
  readonly area?: BoundingBox;
  /** The ids of the story's kinds; an event of another kind is refused. */
  readonly kinds?: readonly string[];
}

/**
 * Checks what one feature's fields mean together, given the event converted from it; returns problems as
 * [field, expectation] pairs.
 */
function checkEventSemantics(
  feature: RawEventFeature,
  event: StoryEvent,
  area?: BoundingBox,
  kinds?: ReadonlySet<string>,
): [string, string][] {
  const found: [string, string][] = [];
  const p = feature.properties;
  if (kinds && !kinds.has(p.kind)) {
    found.push([
      'properties.kind',
      `expected one of the story's kinds (story.json): ${[...kinds].join(', ')}; got "${p.kind}"`,
    ]);
  }
  const start = event.start;
  if (event.end !== undefined && event.end <= start) {
    found.push(['properties.end', `expected end (${p.end}) to be after start (${p.start})`]);
  }
  if (feature.geometry) {
    const problem = checkPosition(feature.geometry.coordinates, area);
    if (problem) found.push(['geometry.coordinates', problem]);
    if (!p.place)
      found.push([
        'properties.place',
        'expected a place (name, estimate, uncertainty_m, basis) for an event with coordinates',
      ]);
    if (p.place?.estimate && p.place.uncertainty_m === undefined)
      found.push(['properties.place.uncertainty_m', 'expected the uncertainty in metres of an estimated location']);
  } else if (p.place) {
    found.push(['properties.place', 'an event with no coordinates (geometry null) takes place_name, not place']);
  }
  if (p.time_uncertainty_min !== undefined && p.time_precision !== 'approximate') {
    found.push(['properties.time_uncertainty_min', 'expected time_precision "approximate" when giving ± minutes']);
  }
  if (!p.sources.some((source) => source.quote !== undefined)) {
    found.push([
      'properties.sources',
      'expected at least one source with a verbatim quote (paraphrases alone are not enough)',
    ]);
  }
  // Most events declare no questions and give no answers: build the set only when there are answers to check.
  const answering = p.sources.some((source) => source.answers !== undefined);
  const questionKeys = answering ? new Set((p.questions ?? []).map((question) => question.key)) : new Set<string>();
  if (answering)
    p.sources.forEach((source, index) => {
      for (const key of Object.keys(source.answers ?? {})) {
        if (!questionKeys.has(key)) {
          found.push([
            `properties.sources[${index}].answers.${key}`,
            `expected a key declared in properties.questions (${[...questionKeys].join(', ') || 'none declared'})`,
          ]);
        }
      }
    });
  const sources = event.sources;
  p.sources.forEach((source, index) => {
    const field = `properties.sources[${index}]`;
    const precision = sources[index]?.published.precision;
    if ((precision === 'month' || precision === 'year') && source.published_day_unknown === undefined) {
      found.push([
        `${field}.published`,
        `expected the day of publication ("YYYY-MM-DD"); where it truly cannot be found, say why in published_day_unknown`,
      ]);
    }
    if (precision === 'moment' && source.published_zone !== undefined) {
      const problem = checkOffsetForZone(source.published, source.published_zone);
      if (problem) found.push([`${field}.published`, problem]);
    }
    if (source.published_uncertainty_min !== undefined && precision !== 'moment') {
      found.push([
        `${field}.published_uncertainty_min`,
        'expected ± minutes only with a publication moment ("YYYY-MM-DDTHH:MM±HH:MM"): a day is already a window',
      ]);
    }
  });
  const sourceIndexProblem = (field: string, index: number | undefined) => {
    if (index !== undefined && index >= p.sources.length) {
      found.push([
        field,
        `expected the index of one of this event's ${p.sources.length} sources (0–${p.sources.length - 1}), got ${index}`,
      ]);
    }
  };
  p.place?.reported_by?.forEach((sourceIndex, i) => {
    sourceIndexProblem(`properties.place.reported_by[${i}]`, sourceIndex);
  });
  p.corrections?.forEach((correction, index) => {
    const field = `properties.corrections[${index}]`;
    sourceIndexProblem(`${field}.by_source`, correction.by_source);
    (correction.retracts_sources ?? []).forEach((sourceIndex, i) => {
      sourceIndexProblem(`${field}.retracts_sources[${i}]`, sourceIndex);
    });
    if (correction.by_event === undefined && correction.by_source === undefined) {
      found.push([field, 'expected by_event or by_source: a correction must be sourced']);
    }
    if (correction.at === undefined) return;
    const own = parsePublicationDate(correction.at, {
      zone: correction.at_zone,
      uncertaintyMin: correction.at_uncertainty_min,
    }) as PartialDate;
    if (own.latest <= start) {
      found.push([`${field}.at`, `expected a correction to come after the event starts (${p.start})`]);
    }
    const bySource = correction.by_source === undefined ? undefined : sources[correction.by_source];
    if (bySource && own.earliest < bySource.published.earliest) {
      const floor = bySource.published;
      const zone = floor.zone ?? correction.at_zone;
      found.push([
        `${field}.at`,
        `expected "at" no earlier than ${formatIsoInZone(floor.earliest, zone)}, the earliest moment the source that makes it (sources[${correction.by_source}], published ${floor.text}${floor.zone ? ` in ${floor.zone}` : ''}) may have been published; or leave "at" out to date the correction by that source`,
      ]);
    }
    if (own.precision === 'moment' && correction.at_zone !== undefined) {
      const problem = checkOffsetForZone(correction.at, correction.at_zone);
      if (problem) found.push([`${field}.at`, problem]);
    }
    if (correction.at_uncertainty_min !== undefined && own.precision !== 'moment') {
      found.push([`${field}.at_uncertainty_min`, 'expected ± minutes only with a moment, not a day']);
    }
  });
  const labels = new Map<string, string>();
  p.figures?.forEach((figure, index) => {
    sourceIndexProblem(`properties.figures[${index}].source`, figure.source);
    const label = labels.get(figure.series);
    if (label === undefined) labels.set(figure.series, figure.label);
    else if (label !== figure.label) {
      found.push([
        `properties.figures[${index}].label`,
        `expected the label of series "${figure.series}" as first given ("${label}"), got "${figure.label}"`,
      ]);
    }
  });
  return found;
}

/**
 * Parses an events FeatureCollection (already JSON-decoded) into domain events.
 * Invalid features are skipped and reported; valid ones are returned sorted by start time.
 * Corrections pointing at events that do not exist are reported and the event is skipped.
 */
export function parseEvents(file: string, value: unknown, options: ParseEventsOptions = {}): ParsedEvents {
  const semanticProblems: DataProblem[] = [];
  const valid: { feature: RawEventFeature; event: StoryEvent; position: number }[] = [];
  let correctedByEvents = false;
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const { problems: schemaProblems } = parseFeatureCollection(file, value, eventFeatureSchema, (feature, position) => {
    // Converted once, as soon as it passes: the checks read the parsed times and publication moments, and a valid
    // event is kept as is.
    const event = toStoryEvent(feature);
    const found = checkEventSemantics(feature, event, options.area, kinds);
    if (found.length === 0) {
      valid.push({ feature, event, position });
      if (event.corrections.some((correction) => correction.byEvent !== undefined)) correctedByEvents = true;
    }
    for (const [field, message] of found) semanticProblems.push({ file, featureId: feature.id, field, message });
  });
  // The schema's problems first, then what the fields of valid features mean together (as before).
  const problems: DataProblem[] = [...schemaProblems, ...semanticProblems];
  // Only corrections made by other events need the set of ids: most stories of many events have none.
  const ids = correctedByEvents ? new Set(valid.map(({ feature }) => feature.id)) : new Set<string>();
  const kept: { event: StoryEvent; position: number }[] = [];
  for (const { feature, event, position } of valid) {
    const missing = !correctedByEvents
      ? -1
      : (feature.properties.corrections ?? []).findIndex(
          (correction) => correction.by_event !== undefined && !ids.has(correction.by_event),
        );
    if (missing >= 0) {
      const target = feature.properties.corrections?.[missing]?.by_event;
      problems.push({
        file,
        featureId: feature.id,
        field: `properties.corrections[${missing}].by_event`,
        message: `expected the id of an event in this file, got "${target}"`,
      });
      continue;
    }
    kept.push({ event, position });
  }
  const ordered = inStartOrder(kept);
  return { events: withCorrectionsByEvent(ordered.events), positions: ordered.positions, problems };
}
