import { checkChapters } from './chapters';
import type { DataProblem } from './dataProblem';
import { parseEvents } from './parseEvents';
import { parseJsonText } from './parseJsonText';
import { parsePlaces } from './parsePlaces';
import { checkSnapshotMoments } from './publication';
import { parseStoryConfig, type StoryConfig } from './storyConfig';
import type { StoryEvent } from './storyEvent';
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
    const parsed = parsePlaces(files.places.name, placesJson.value, config?.area);
    places = parsed.places;
    problems.push(...parsed.problems);
  } else {
    problems.push(placesJson.problem);
  }
  let events: readonly StoryEvent[] = [];
  const eventsJson = parseJsonText(files.events.name, files.events.text);
  if (eventsJson.ok) {
    const parsed = parseEvents(files.events.name, eventsJson.value, { area: config?.area });
    events = parsed.events;
    problems.push(...parsed.problems);
  } else {
    problems.push(eventsJson.problem);
  }
  if (config && events.length > 0) {
    const checked = checkStoryChapters(files.story.name, config, events);
    config = checked.config;
    problems.push(...checked.problems, ...checkSnapshotMoments(files.story.name, config.publication, events));
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
  const checked = checkChapters(storyFile, config.chapters, events, config.area);
  return { config: { ...config, chapters: checked.chapters }, problems: checked.problems };
}
