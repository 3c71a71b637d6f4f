import type { KnowledgeView } from './knownAt';
import type { StoryEvent } from './storyEvent';
import type { StoryPlace } from './storyPlace';

/** The moment from which an event's place may be named as known then: its naming sources', or its first report. */
export function eventPlaceNamedFrom(event: StoryEvent): number {
  const naming = event.place?.reportedBy;
  if (!naming) return event.firstReport.earliest;
  let from = Number.POSITIVE_INFINITY;
  for (const index of naming) {
    const source = event.sources[index];
    if (source && source.published.earliest < from) from = source.published.earliest;
  }
  return from;
}

/**
 * From when each place may be drawn and named (epoch ms), by id. As known then: a place some sources report
 * (`reportedBy`) from the earliest moment one of them may have been published; an area known only by a point (a
 * neighbourhood, named on mention) from the first moment an event there may have been reported with its place
 * named; any other place (a landmark older than the story) always. Knowing what we know now: reported places
 * always, and an area named by a point from the first event there.
 */
export function selectPlacesKnownFrom(
  places: readonly StoryPlace[],
  events: readonly StoryEvent[],
  view: KnowledgeView,
): ReadonlyMap<string, number> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const firstMention = new Map<string, number>();
  for (const event of events) {
    const id = event.place?.placeId;
    if (id === undefined) continue;
    const from = view === 'now' ? event.start : eventPlaceNamedFrom(event);
    if (from < (firstMention.get(id) ?? Number.POSITIVE_INFINITY)) firstMention.set(id, from);
  }
  const knownFrom = new Map<string, number>();
  for (const place of places) {
    if (place.role === 'area' && place.geometry.type === 'Point' && !place.reportedBy) {
      knownFrom.set(place.id, firstMention.get(place.id) ?? Number.POSITIVE_INFINITY);
    } else if (place.reportedBy && view === 'then') {
      let from = Number.POSITIVE_INFINITY;
      for (const report of place.reportedBy) {
        const source = byId.get(report.event)?.sources[report.source];
        if (source && source.published.earliest < from) from = source.published.earliest;
      }
      knownFrom.set(place.id, from);
    } else {
      knownFrom.set(place.id, Number.NEGATIVE_INFINITY);
    }
  }
  return knownFrom;
}
