import type { DataProblem } from '../domain/dataProblem';
import { buildStoryModel, type StoryModel } from './storyModel';

/** The story's files, always at these fixed paths next to the page: never taken from the query string. */
export const STORY_FILES = {
  story: 'geodata/story.json',
  events: 'geodata/events.geojson',
  places: 'geodata/places.geojson',
} as const;

export type LoadedStory = { ok: true; model: StoryModel } | { ok: false; problems: readonly DataProblem[] };

async function fetchText(path: string): Promise<{ name: string; text: string }> {
  const url = new URL(path, document.baseURI);
  try {
    const response = await fetch(url);
    if (!response.ok) return { name: path, text: `\u0000HTTP ${response.status}` };
    return { name: path, text: await response.text() };
  } catch (error) {
    return { name: path, text: `\u0000${(error as Error).message}` };
  }
}

/**
 * Fetches and validates the story. The parser (and its schema library) load with the data, after the page's
 * first paint, to keep the initial bundle small. Invalid features are skipped and reported, never fatal.
 */
export async function loadStory(): Promise<LoadedStory> {
  const [parser, story, events, places] = await Promise.all([
    import('../domain/parseStory'),
    fetchText(STORY_FILES.story),
    fetchText(STORY_FILES.events),
    fetchText(STORY_FILES.places),
  ]);
  const unreachable = [story, events, places]
    .filter((file) => file.text.startsWith('\u0000'))
    .map((file) => ({ file: file.name, message: `could not be loaded (${file.text.slice(1)})` }));
  if (unreachable.some((problem) => problem.file !== STORY_FILES.places)) return { ok: false, problems: unreachable };
  const parsed = parser.parseStory({
    story,
    events,
    places: unreachable.length > 0 ? { name: places.name, text: '{"type":"FeatureCollection","features":[]}' } : places,
  });
  if (!parsed.config) return { ok: false, problems: [...unreachable, ...parsed.problems] };
  return {
    ok: true,
    model: buildStoryModel({ ...parsed, config: parsed.config, problems: [...unreachable, ...parsed.problems] }),
  };
}
