import { matchesCheckedFiles, parseCheckedDigests } from '../domain/checkedFiles';
import type { DataProblem } from '../domain/dataProblem';
import type { NamedText } from '../domain/parseStory';
import { STORY_FILES } from '../domain/storyFilePath';
import type { StoryModel } from '../domain/storyModel';
import { DOM_MARKER_LIMIT, preloadCanvasDrawing } from '../map/canvasDrawingLoader';
import { zoneOffsetAt } from '../time/zoneOffset';

export type LoadedStory = { ok: true; model: StoryModel } | { ok: false; problems: readonly DataProblem[] };

/** A file as received: its bytes (for its digest) and its text, decoded as `Response.text()` would. */
interface ReceivedFile extends NamedText {
  readonly bytes: Uint8Array<ArrayBuffer>;
}

async function fetchFile(path: string): Promise<ReceivedFile | DataProblem> {
  try {
    const response = await fetch(new URL(path, document.baseURI));
    if (!response.ok) return { file: path, message: `could not be loaded (HTTP ${response.status})` };
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { name: path, bytes, text: new TextDecoder().decode(bytes) };
  } catch (error) {
    return { file: path, message: `could not be loaded (${(error as Error).message})` };
  }
}

/** Written in by the build (scripts/geodataPlugin.ts): the digests of the story files it checked. */
declare const __STORY_CHECKED_DIGESTS__: unknown;

/** The digests of the story files the build checked; none in development and in unit tests. */
const checkedDigests = parseCheckedDigests(
  typeof __STORY_CHECKED_DIGESTS__ === 'undefined' ? undefined : __STORY_CHECKED_DIGESTS__,
);

const isProblem = (value: NamedText | DataProblem): value is DataProblem => 'message' in value;

/** The published name of a story file ("events.geojson"), as the build's record names it. */
const publishedName = (path: string) => path.slice(path.indexOf('/') + 1);

/** Ends the current task: each step of the validating load is a task of its own, short enough not to block the page. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Fetches the story's files and makes the story's model from them, after the page's first paint. Files the build
 * checked, byte for byte (their SHA-256 digests are those it wrote into this code), are only converted
 * (domain/checkedStory); any others are validated (domain/parseStory), their invalid features skipped and
 * reported, never fatal, unless no event is left.
 */
export async function loadStory(): Promise<LoadedStory> {
  // The page's first Intl formatter loads the locale's and the zones' data (15–35 ms on this machine): made in a task
  // of its own while the files are on their way, rather than inside the story's conversion, the next long task.
  setTimeout(() => zoneOffsetAt(Date.now(), undefined), 0);
  const [checkedStory, story, events, places] = await Promise.all([
    import('../domain/checkedStory'),
    fetchFile(STORY_FILES.story),
    fetchFile(STORY_FILES.events),
    fetchFile(STORY_FILES.places),
  ]);
  if (isProblem(story)) return { ok: false, problems: [story] };
  if (isProblem(events)) return { ok: false, problems: [events] };
  const asChecked =
    !isProblem(places) &&
    (await matchesCheckedFiles(
      checkedDigests,
      [story, events, places].map((file) => ({ name: publishedName(file.name), bytes: file.bytes })),
    ));
  const loaded =
    (asChecked && convertChecked(() => checkedStory.modelFromCheckedFiles({ story, events, places }))) ||
    (await validate(story, events, places));
  if (!loaded.ok) return loaded;
  // A large story is drawn on a canvas, whose code is loaded only for one.
  if (loaded.model.events.length > DOM_MARKER_LIMIT) await preloadCanvasDrawing();
  return loaded;
}

/** The model of files the build checked; undefined if they cannot be converted (a record that is wrong). */
function convertChecked(convert: () => { model: StoryModel }): LoadedStory | undefined {
  try {
    return { ok: true, model: convert().model };
  } catch {
    return undefined;
  }
}

/**
 * Files the build did not check (development, a file swapped in on the host after the build) are validated: the
 * parser and its schema library load only for them; a large events file is validated in a worker.
 */
async function validate(story: NamedText, events: NamedText, places: NamedText | DataProblem): Promise<LoadedStory> {
  const [parser, transport] = await Promise.all([import('../domain/parseStory'), import('./eventsWorkerClient')]);
  const prepared = await parser.prepareStory(
    {
      story,
      events,
      // The map can do without its places: a missing file is reported, not fatal.
      places: isProblem(places)
        ? { name: STORY_FILES.places, text: '{"type":"FeatureCollection","features":[]}' }
        : places,
    },
    {
      parseEventsFile: transport.parseEventsWithWorker(),
      betweenSteps: nextTask,
      problems: isProblem(places) ? [places] : [],
    },
  );
  return prepared.ok ? { ok: true, model: prepared.model } : prepared;
}
