import type { DataProblem } from '../domain/dataProblem';
import type { AirportGeometry } from '../domain/measureFromAirport';
import type { ParsedStory } from '../domain/parseStory';
import type { StoryConfig } from '../domain/storyConfig';
import type { StoryEvent } from '../domain/storyEvent';
import type { StoryPlace } from '../domain/storyPlace';
import { buildTimeAxis, type TimeAxis } from '../time/timeAxis';
import { buildTimeIndex, type TimeIndex } from '../time/timeIndex';

/** Everything the app derives from a story's data, built once when it loads and never changed. */
export interface StoryModel {
  readonly config: StoryConfig;
  /** Events in time-index order: `events[ordinal]`. */
  readonly events: readonly StoryEvent[];
  readonly eventById: ReadonlyMap<string, StoryEvent>;
  readonly index: TimeIndex;
  readonly axis: TimeAxis;
  readonly places: readonly StoryPlace[];
  readonly airport?: AirportGeometry;
  readonly problems: readonly DataProblem[];
}

function airportGeometry(config: StoryConfig, places: readonly StoryPlace[]): AirportGeometry | undefined {
  const reference = places.find((place) => place.id === config.referencePlaceId);
  if (reference?.geometry.type !== 'Point') return undefined;
  const runway = places.find((place) => place.id === config.runwayPlaceId);
  return {
    reference: reference.geometry.coordinates,
    runway:
      runway && runway.geometry.type === 'LineString'
        ? { centreline: runway.geometry.coordinates, widthM: runway.widthM ?? 0 }
        : undefined,
  };
}

/** Builds the time index and the axis (with its scale breaks) from the parsed story. */
export function buildStoryModel(story: ParsedStory & { config: StoryConfig }): StoryModel {
  const index = buildTimeIndex(story.events);
  const byId = new Map(story.events.map((event) => [event.id, event]));
  const events = index.ids.map((id) => byId.get(id) as StoryEvent);
  const moments = story.events.flatMap((event) => (event.end === undefined ? [event.start] : [event.start, event.end]));
  return {
    config: story.config,
    events,
    eventById: byId,
    index,
    axis: buildTimeAxis(moments, { timeZone: story.config.timeZone.id }),
    places: story.places,
    airport: airportGeometry(story.config, story.places),
    problems: story.problems,
  };
}
