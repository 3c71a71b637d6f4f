/**
 * The one validating path from a story's files, as text, to what the app shows: `prepareStory` (a validated,
 * indexed StoryModel, or the problems that stop it) for pages given files the build did not check (files it did
 * check are only converted: domain/checkedStory.ts), `parseStory` (whatever is valid, and every problem) for
 * `npm run validate` and for the build's own check. Large events files may be parsed elsewhere (a worker): that is a transport
 * passed in as `parseEventsFile`, which must do what `parseEventsText` does.
 */
import { buildTimeIndex, type TimeIndex, type TimeIndexOptions } from '../time/timeIndex';
import { checkChapters } from './chapters';
import type { DataProblem } from './dataProblem';
import { parseEvents } from './parseEvents';
import type { BoundingBox } from './parseFeatureCollection';
import { parseJsonText } from './parseJsonText';
import { parsePlaces } from './parsePlaces';
import { parseStoryConfig } from './parseStoryConfig';
import { checkSnapshotMoments } from './publication';
import type { StoryConfig } from './storyConfig';
import type { StoryEvent } from './storyEvent';
import { DEFAULT_LAYER } from './storyLegend';
import { buildStoryModel, type StoryModel } from './storyModel';
import type { StoryPlace } from './storyPlace';

/** A file's text, with the name shown in error messages. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** The three files of a story, as text, each with the name shown in error messages. */
export interface StoryFiles {
  readonly story: NamedText;
  readonly events: NamedText;
  readonly places: NamedText;
}

/** An events file to parse, validate and index. */
export interface ParseEventsRequest {
  readonly file: string;
  readonly text: string;
  readonly area?: BoundingBox;
  /** The story's kind ids: an event of another kind is refused. */
  readonly kinds?: readonly string[];
  readonly indexOptions?: TimeIndexOptions;
}

/** What parsing an events file produces: valid events in time-index order, the index, and every problem. */
export interface ParsedEventsJob {
  readonly events: readonly StoryEvent[];
  readonly index: TimeIndex;
  readonly problems: readonly DataProblem[];
  /** Where each event (by ordinal) is in the file's features array. */
  readonly positions: Int32Array;
  /** Where the work ran, and how long each part took (ms), for benchmarks. */
  readonly timings: EventsTimings;
}

export interface EventsTimings {
  /** Decoding and validating (or, for files the build has checked, converting: domain/checkedStory.ts). */
  readonly validateMs: number;
  readonly indexMs: number;
  readonly inWorker: boolean;
  /** The build had checked the files: they were converted, not validated again. */
  readonly checkedByBuild?: boolean;
}

/** Parses an events file somewhere (on the page, in a worker); resolves as `parseEventsText` would return. */
export type ParseEventsFile = (request: ParseEventsRequest) => Promise<ParsedEventsJob>;

/** Parses, validates and indexes an events file, wherever it is called (the page or a worker). */
export function parseEventsText(request: ParseEventsRequest, inWorker = false): ParsedEventsJob {
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
    problems.push(...checked.problems, ...checkSnapshotMoments(files.story.name, config.publication, events));
  }
  return { config, events, places, problems };
}

/** Keeps the chapters that agree with the story's events, and reports the others. */
function checkStoryChapters(
  storyFile: string,
  config: StoryConfig,
  events: readonly StoryEvent[],
): { config: StoryConfig; problems: readonly DataProblem[] } {
  if (config.chapters.length === 0) return { config, problems: [] };
  const layerIds = [...config.layers.map((layer) => layer.id), DEFAULT_LAYER.id];
  const checked = checkChapters(storyFile, config.chapters, events, config.area, layerIds, config.timeZone.id);
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

/** A story's config and places, parsed before its events (which may be large, and parsed apart). */
export interface StoryFrame {
  /** The name of story.json, for the chapters' problems. */
  readonly storyFile: string;
  readonly config: StoryConfig;
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
}

export type PreparedStory =
  | { readonly ok: true; readonly model: StoryModel; readonly timings: EventsTimings }
  | { readonly ok: false; readonly problems: readonly DataProblem[] };

export interface PrepareStoryOptions {
  /** Where the events file is parsed: on the page (the default), or a worker's transport. */
  readonly parseEventsFile?: ParseEventsFile;
  readonly indexOptions?: TimeIndexOptions;
  /** Awaited between the steps (a page yields there, so that no step blocks it for long). */
  readonly betweenSteps?: () => Promise<void>;
  /** Problems found before parsing (a file that could not be read but is not needed), reported with the others. */
  readonly problems?: readonly DataProblem[];
}

const EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}';

/**
 * Parses and prepares a story: its config and places, then its events (validated and indexed, see
 * `prepareStoryEvents`). Invalid features are skipped and reported, never fatal; an unusable story.json is.
 */
export async function prepareStory(files: StoryFiles, options: PrepareStoryOptions = {}): Promise<PreparedStory> {
  const frame = parseStory({ ...files, events: { name: files.events.name, text: EMPTY_COLLECTION } });
  const problems = [...(options.problems ?? []), ...frame.problems];
  if (!frame.config) return { ok: false, problems };
  await options.betweenSteps?.();
  return prepareStoryEvents(
    { storyFile: files.story.name, config: frame.config, places: frame.places, problems },
    files.events,
    options,
  );
}

/**
 * Parses, validates and indexes a story's events for its config and places, checks its chapters against them,
 * and builds the model. With no valid event there is nothing to show, and no time to show it at: that is a
 * failure, rather than an empty map at a made-up date.
 */
export async function prepareStoryEvents(
  frame: StoryFrame,
  events: NamedText,
  options: Omit<PrepareStoryOptions, 'problems'> = {},
): Promise<PreparedStory> {
  const request = {
    file: events.name,
    text: events.text,
    area: frame.config.area,
    kinds: frame.config.kinds.map((kind) => kind.id),
    indexOptions: options.indexOptions,
  };
  const job = await (options.parseEventsFile?.(request) ?? parseEventsText(request));
  await options.betweenSteps?.();
  if (job.events.length === 0) {
    return {
      ok: false,
      problems: [
        { file: events.name, message: 'no event could be shown: expected at least one valid event' },
        ...frame.problems,
        ...job.problems,
      ],
    };
  }
  const chapters = checkStoryChapters(frame.storyFile, frame.config, job.events);
  const model = buildStoryModel({
    config: chapters.config,
    places: frame.places,
    problems: [...frame.problems, ...job.problems, ...chapters.problems],
    events: job.events,
    index: job.index,
  });
  return { ok: true, model, timings: job.timings };
}
