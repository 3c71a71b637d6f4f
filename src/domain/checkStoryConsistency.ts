import type { DataProblem } from './dataProblem';
import type { StoryEvent } from './storyEvent';
import type { StoryPlace } from './storyPlace';

/** Collapses runs of white space, so that line breaks in the article do not defeat a verbatim match. */
function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The sentences of an article: split after ., ! or ? (and a closing quote) before a capital or an opening quote. */
export function splitSentences(text: string): string[] {
  return normaliseSpace(text)
    .split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"‘])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Shortest quote that counts as quoting a sentence it appears in. */
const MIN_COVERING_QUOTE = 25;

/**
 * Sentences of the source article that no source quotes: every statement of the article must be on the map,
 * attributed to whoever it quotes.
 */
export function unquotedSentences(events: readonly StoryEvent[], sourceArticleText: string): string[] {
  const quotes = events.flatMap((event) =>
    event.sources.flatMap((source) => (source.sourceArticle && source.quote ? [normaliseSpace(source.quote)] : [])),
  );
  return splitSentences(sourceArticleText).filter(
    (sentence) =>
      !quotes.some(
        (quote) => quote.includes(sentence) || (quote.length >= MIN_COVERING_QUOTE && sentence.includes(quote)),
      ),
  );
}

/**
 * Checks what no single feature can show on its own:
 * - every quote attributed to the source article occurs verbatim in its text, and every sentence of it is quoted
 *   (skipped when the article could not be read: `sourceArticleText` undefined);
 * - an event that names a place id uses that place's exact coordinate and estimate flag;
 * - every correction event exists, comes after the event it corrects, and has been published by the correction's time;
 * - every source a place says reports it exists.
 */
export function checkStoryConsistency(
  eventsFile: string,
  events: readonly StoryEvent[],
  places: readonly StoryPlace[],
  sourceArticleText: string | undefined,
  sourceArticleFile = 'the source article',
  placesFile = 'places.geojson',
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const sentence of sourceArticleText === undefined ? [] : unquotedSentences(events, sourceArticleText)) {
    problems.push({
      file: sourceArticleFile,
      message: `expected every statement of the source article on the map, but no source quotes: "${sentence}"`,
    });
  }
  const article = sourceArticleText === undefined ? undefined : normaliseSpace(sourceArticleText);
  const placeById = new Map(places.map((place) => [place.id, place]));
  const eventById = new Map(events.map((event) => [event.id, event]));
  for (const event of events) {
    event.sources.forEach((source, index) => {
      const quote = source.sourceArticle ? source.quote : undefined;
      if (article !== undefined && quote !== undefined && !article.includes(normaliseSpace(quote))) {
        problems.push({
          file: eventsFile,
          featureId: event.id,
          field: `properties.sources[${index}].quote`,
          message: `expected the quote to occur verbatim in the source article, but "${source.quote}" does not`,
        });
      }
    });
    const placeId = event.place?.placeId;
    if (placeId !== undefined && event.coordinates) {
      const place = placeById.get(placeId);
      if (!place) {
        problems.push({
          file: eventsFile,
          featureId: event.id,
          field: 'properties.place.id',
          message: `expected the id of a place in places.geojson, got "${placeId}"`,
        });
      } else if (place.geometry.type === 'Point') {
        const [lon, lat] = place.geometry.coordinates;
        if (lon !== event.coordinates[0] || lat !== event.coordinates[1]) {
          problems.push({
            file: eventsFile,
            featureId: event.id,
            field: 'geometry.coordinates',
            message: `expected the coordinates of place "${placeId}" [${lon}, ${lat}], got [${event.coordinates.join(', ')}]`,
          });
        }
        if (place.estimate !== event.place?.estimate) {
          problems.push({
            file: eventsFile,
            featureId: event.id,
            field: 'properties.place.estimate',
            message: `expected estimate: ${place.estimate}, as for place "${placeId}"`,
          });
        }
      }
    }
    event.corrections.forEach((correction, index) => {
      if (correction.byEvent === undefined) return;
      const corrector = eventById.get(correction.byEvent);
      if (corrector && corrector.start > correction.published.latest) {
        problems.push({
          file: eventsFile,
          featureId: event.id,
          field: `properties.corrections[${index}].at`,
          message: `expected "at" no earlier than the start of "${correction.byEvent}" (${corrector.startText})`,
        });
      } else if (corrector && corrector.firstReport.earliest > correction.published.earliest) {
        problems.push({
          file: eventsFile,
          featureId: event.id,
          field: `properties.corrections[${index}].at`,
          message: `expected "at" no earlier than ${new Date(corrector.firstReport.earliest).toISOString()}, the earliest moment the first report of "${correction.byEvent}" may have been published (or leave "at" out to date the correction by that report): a correction is not shown before what makes it`,
        });
      }
    });
  }
  for (const place of places) {
    place.reportedBy?.forEach((report, index) => {
      const event = eventById.get(report.event);
      const field = `properties.reported_by[${index}]`;
      if (!event) {
        problems.push({
          file: placesFile,
          featureId: place.id,
          field: `${field}.event`,
          message: `expected the id of an event in ${eventsFile}, got "${report.event}"`,
        });
      } else if (report.source >= event.sources.length) {
        problems.push({
          file: placesFile,
          featureId: place.id,
          field: `${field}.source`,
          message: `expected the index of one of the ${event.sources.length} sources of "${report.event}" (0–${event.sources.length - 1}), got ${report.source}`,
        });
      }
    });
  }
  return problems;
}
