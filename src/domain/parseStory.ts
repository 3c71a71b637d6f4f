import { checkChapters } from './chapters';
import type { DataProblem } from './dataProblem';
import { parseEvents } from './parseEvents';
import { parseJsonText } from './parseJsonText';
import { parsePlaces } from './parsePlaces';
import { parseStoryConfig, type StoryConfig } from './storyConfig';
import type { StoryEvent } from './storyEvent';
import { DEFAULT_LAYER } from './storyLegend';
import type { StoryPlace } from './storyPlace';

/** The three files of a story, as text, each with the name shown in error messages. */
export interface StoryFiles {
  readonly story: { readonly name: string; readonly text: string };
  readonly events: { readonly name: string; readonly text: string };
  readonly places: { readonly name: string; readonly text: string };
}

export interface ParsedStory {
  /** Undefined only when story.json itself is unusable. */
  readonly config?: StoryConfig;
  readonly events: readonly StoryEvent[];
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
}

/** Parses a story's files; whatever is valid is returned, everything else is reported. */
export function parseStory(files: StoryFiles): ParsedStory {
  const problems: DataProblem[] = [];
  const storyJson = parseJsonText(files.story.name, files.story.text);
  let config: StoryConfig | undefined;
  if (storyJson.ok) {
    const parsed = parseStoryConfig(files.story.name, storyJson.value);
    if (parsed.ok) config = parsed.config;
    else problems.push(...parsed.problems);
  } else {
    problems.push(storyJson.problem);
  }
  let places: readonly StoryPlace[] = [];
  const placesJson = parseJsonText(files.places.name, files.places.text);
  if (placesJson.ok) {
    const layers = config?.layers.map((layer) => layer.id);
    const parsed = parsePlaces(files.places.name, placesJson.value, config?.area, layers);
    places = parsed.places;
    problems.push(...parsed.problems);
    if (config) {
      const checked = checkStoryModules(files.story.name, config, places);
      config = checked.config;
      problems.push(...checked.problems);
    }
  } else {
    problems.push(placesJson.problem);
  }
  let events: readonly StoryEvent[] = [];
  const eventsJson = parseJsonText(files.events.name, files.events.text);
  if (eventsJson.ok) {
    const parsed = parseEvents(files.events.name, eventsJson.value, {
      area: config?.area,
      kinds: config?.kinds.map((kind) => kind.id),
    });
    events = parsed.events;
    problems.push(...parsed.problems);
  } else {
    problems.push(eventsJson.problem);
  }
  if (config && events.length > 0) {
    const checked = checkStoryChapters(files.story.name, config, events);
    config = checked.config;
    problems.push(...checked.problems);
  }
  return { config, events, places, problems };
}

/**
 * Keeps the chapters that agree with the story's events (the page checks them once its events, parsed apart, are
 * in), and reports the others.
 */
export function checkStoryChapters(
  storyFile: string,
  config: StoryConfig,
  events: readonly StoryEvent[],
): { config: StoryConfig; problems: readonly DataProblem[] } {
  if (config.chapters.length === 0) return { config, problems: [] };
  const layerIds = [...config.layers.map((layer) => layer.id), DEFAULT_LAYER.id];
  const checked = checkChapters(storyFile, config.chapters, events, config.area, layerIds);
  return { config: { ...config, chapters: checked.chapters }, problems: checked.problems };
}

/**
 * Keeps the modules whose places exist and suit them (distances from a point, along a line), and reports the others:
 * the story still shows, without that module.
 */
export function checkStoryModules(
  storyFile: string,
  config: StoryConfig,
  places: readonly StoryPlace[],
): { config: StoryConfig; problems: readonly DataProblem[] } {
  const distances = config.modules.distances;
  if (!distances) return { config, problems: [] };
  const problems: DataProblem[] = [];
  const from = places.find((place) => place.id === distances.fromPlaceId);
  if (from?.geometry.type !== 'Point') {
    problems.push({
      file: storyFile,
      field: 'modules.distances.from',
      message: `expected the id of a point place in places.geojson, got "${distances.fromPlaceId}"${from ? ` (a ${from.geometry.type})` : ''}`,
    });
  }
  const edge = distances.edge && places.find((place) => place.id === distances.edge?.placeId);
  if (distances.edge && edge?.geometry.type !== 'LineString') {
    problems.push({
      file: storyFile,
      field: 'modules.distances.edge.place',
      message: `expected the id of a line place in places.geojson, got "${distances.edge.placeId}"`,
    });
  }
  if (problems.length === 0) return { config, problems };
  const { distances: _dropped, ...modules } = config.modules;
  return { config: { ...config, modules }, problems };
}
