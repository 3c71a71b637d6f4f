import type { DataProblem } from '../domain/dataProblem';
import { STORY_FILES } from '../domain/storyFilePath';
import { DOM_MARKER_LIMIT, preloadCanvasDrawing } from '../map/canvasDrawingLoader';
import { buildStoryModel, type StoryModel } from './storyModel';

export type LoadedStory = { ok: true; model: StoryModel } | { ok: false; problems: readonly DataProblem[] };

async function fetchText(path: string): Promise<{ name: string; text: string } | DataProblem> {
  try {
    const response = await fetch(new URL(path, document.baseURI));
    if (!response.ok) return { file: path, message: `could not be loaded (HTTP ${response.status})` };
    return { name: path, text: await response.text() };
  } catch (error) {
    return { file: path, message: `could not be loaded (${(error as Error).message})` };
  }
}

const isProblem = (value: { name: string; text: string } | DataProblem): value is DataProblem => 'message' in value;

/** Ends the current task: each step of the load is a task of its own, short enough not to block the page. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Fetches and validates the story. The parser (and its schema library) load with the data, after the page's
 * first paint, to keep the initial bundle small; a large events file is validated in a worker. Invalid features
 * are skipped and reported, never fatal, unless no event is left.
 */
export async function loadStory(): Promise<LoadedStory> {
  const [parser, eventsParser, story, events, places] = await Promise.all([
    import('../domain/parseStory'),
    import('./parseEventsFile'),
    fetchText(STORY_FILES.story),
    fetchText(STORY_FILES.events),
    fetchText(STORY_FILES.places),
  ]);
  if (isProblem(story)) return { ok: false, problems: [story] };
  if (isProblem(events)) return { ok: false, problems: [events] };
  const frame = parser.parseStory({
    story,
    events: { name: events.name, text: '{"type":"FeatureCollection","features":[]}' },
    places: isProblem(places)
      ? { name: STORY_FILES.places, text: '{"type":"FeatureCollection","features":[]}' }
      : places,
  });
  if (!frame.config) return { ok: false, problems: frame.problems };
  await nextTask();
  const job = await eventsParser.parseEventsFile({ file: events.name, text: events.text, area: frame.config.area });
  // A large story is drawn on a canvas, whose code is loaded only for one.
  if (job.events.length > DOM_MARKER_LIMIT) await preloadCanvasDrawing();
  await nextTask();
  if (job.events.length === 0) {
    // Nothing to show, and no time to show it at: say so, rather than draw an empty map at a made-up date.
    return {
      ok: false,
      problems: [
        { file: events.name, message: 'no event could be shown: expected at least one valid event' },
        ...frame.problems,
        ...job.problems,
      ],
    };
  }
  const chapters = parser.checkStoryChapters(STORY_FILES.story, frame.config, job.events);
  return {
    ok: true,
    model: buildStoryModel({
      config: chapters.config,
      places: frame.places,
      problems: [...(isProblem(places) ? [places] : []), ...frame.problems, ...job.problems, ...chapters.problems],
      events: job.events,
      index: job.index,
    }),
  };
}
