import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { parseEventsWithWorker, startEventsWorker, WORKER_THRESHOLD_BYTES } from '../app/eventsWorkerClient';
import { eventListProps, mapViewProps, timeControlsProps } from '../app/storyViewProps';
import { useStoryState } from '../app/useStoryState';
import { EventList } from '../controls/EventList';
import { TimeControls } from '../controls/TimeControls';
import { type CheckedDigests, matchesCheckedFiles, sha256Hex } from '../domain/checkedFiles';
import { modelFromCheckedEvents } from '../domain/checkedStory';
import { toPublication, zoneCity } from '../domain/configFromData';
import { parseEventsText, prepareStoryEvents } from '../domain/parseStory';
import { isKnownTimeZone } from '../domain/publicationDate';
import { DEFAULT_LOCALE, type StoryConfig } from '../domain/storyConfig';
import { buildStoryModel, type StoryModel } from '../domain/storyModel';
import { preloadCanvasDrawing } from '../map/canvasDrawingLoader';
import { MapView } from '../map/MapView';
import type { MapEventDrawing } from '../map/mapEventDrawing';
import type { AppAction } from '../state/appState';
import {
  afterNextPaint,
  BENCH_VIEW,
  type BenchHarness,
  type BenchMode,
  basemapSettled,
  countFrames,
  WINDOW_MS,
} from './benchApi';
import { SYNTHETIC_LEGEND } from './syntheticEvents';

/** The synthetic story's config, in the built story's place and zone (BENCH_VIEW, read before the harness is made). */
const benchConfig = (): StoryConfig => ({
  title: 'Benchmark (synthetic data)',
  subtitle: 'Synthetic events',
  timeZone: { id: BENCH_VIEW.timeZone, label: zoneCity(BENCH_VIEW.timeZone) },
  locale: DEFAULT_LOCALE,
  area: BENCH_VIEW.area,
  initialBounds: [BENCH_VIEW.lon - 0.3, BENCH_VIEW.lat - 0.25, BENCH_VIEW.lon + 0.3, BENCH_VIEW.lat + 0.25],
  kinds: SYNTHETIC_LEGEND.kinds.map(({ id }) => ({ id })),
  layers: [],
  modules: {},
  credit: 'Synthetic data for the benchmark',
  chapters: [],
  publication: toPublication(undefined, { title: 'Benchmark (synthetic data)', subtitle: 'Synthetic events' }),
});

interface Connection {
  dispatch?: (action: AppAction) => void;
  drawing?: MapEventDrawing;
  /** Replaces the story (the map stays). */
  setModel?: (model: StoryModel) => void;
}

/** The story before its events have arrived: the map and its basemap, no event. */
const emptyModel = () => buildStoryModel({ config: benchConfig(), places: [], problems: [], events: [] });

function BenchStory({
  mode,
  time,
  fullPage,
  connection,
}: {
  mode: BenchMode;
  time: number;
  /** With the slider and the event list too, not only the map. */
  fullPage: boolean;
  connection: Connection;
}) {
  const [model, setModel] = useState(emptyModel);
  // The app's own state hook: the same reducer, playback loop and memoised display zone.
  const story = useStoryState(model, { showPast: mode === 'cumulative', time }, BENCH_VIEW);
  const { dispatch } = story;
  // Committed with the map (the harness renders with flushSync), never written during render.
  useLayoutEffect(
    function connectHarness() {
      connection.dispatch = dispatch;
      connection.setModel = setModel;
    },
    [connection, dispatch],
  );
  return (
    <div className="bench-layout">
      <div className="bench-map">
        <MapView
          {...mapViewProps(model, story)}
          eventRenderer="canvas"
          onEventDrawing={(drawing) => {
            connection.drawing = drawing;
          }}
        />
      </div>
      {fullPage && (
        <>
          <TimeControls {...timeControlsProps(model, story)} />
          <EventList {...eventListProps(model, story)} />
        </>
      )}
    </div>
  );
}

/**
 * Our map core, as the product uses it: the story is validated with the same schema, indexed, and drawn by the
 * app's own map through the one reducer (with `fullPage`, the app's slider and event list follow the time too).
 * As for the peer, the map and its basemap are made before the clock starts; `detail.mapMs` says how long that took.
 */
export function createOursHarness(
  container: HTMLElement,
  text: string,
  size: number,
  mode: BenchMode,
  fullPage: boolean,
): BenchHarness {
  const connection: Connection = {};
  const config = benchConfig();
  const file = 'synthetic.geojson';
  // The file as the network delivers it: bytes, decoded on the clock as the app decodes the events it fetches.
  const bytes = new TextEncoder().encode(text);
  // Published as the build publishes a story (scripts/publishedGeodata.ts): checked once with the story's parser,
  // and its digest recorded when nothing is wrong with it. That happens before a reader opens the page: off the clock.
  const recorded: Promise<CheckedDigests> = (async () => {
    const kinds = config.kinds.map((kind) => kind.id);
    const checked = parseEventsText({ file, text, area: config.area, kinds });
    return new Map(checked.problems.length === 0 ? [[file, await sha256Hex(bytes)]] : []);
  })();
  // As the app would while the data is on its way: start the validation worker (for a file that uses it).
  const worker = text.length >= WORKER_THRESHOLD_BYTES ? startEventsWorker() : undefined;
  const firstStart = Date.UTC(2021, 7, 1);
  return {
    impl: 'ours',
    size,
    mode,
    range: { start: firstStart, end: firstStart + 31 * 86_400_000 },
    async load(t) {
      // As the app does with a large story's data (loadStory): the canvas drawing's code is there before the map.
      await preloadCanvasDrawing();
      // As the peer's page does before its clock starts: the map with its basemap, waiting for the events.
      const mapStarted = performance.now();
      // As the product reads story.json before the events (domain/parseStory.ts): its time zone is checked, with the
      // page's first Intl formatter (15-35 ms in a fresh page).
      isKnownTimeZone(config.timeZone.id);
      const root = createRoot(container);
      flushSync(() => root.render(<BenchStory mode={mode} time={t} fullPage={fullPage} connection={connection} />));
      const mapMs = performance.now() - mapStarted;
      const checked = await recorded;
      await basemapSettled();
      const started = performance.now();
      // The app's own path from the events file's bytes to the model (app/loadStory): decoded, its digest compared
      // with the build's record, then converted (domain/checkedStory), or validated (domain/parseStory) if it differs.
      const indexOptions = { trailingMs: mode === 'window' ? WINDOW_MS : 0, instantSpanMs: WINDOW_MS };
      const eventsText = new TextDecoder().decode(bytes);
      const decodedAt = performance.now();
      const asChecked = await matchesCheckedFiles(checked, [{ name: file, bytes }]);
      const digestMs = performance.now() - decodedAt;
      const prepared = asChecked
        ? { ok: true as const, ...modelFromCheckedEvents({ config, places: [] }, eventsText, indexOptions) }
        : await prepareStoryEvents(
            { storyFile: 'story.json', config, places: [], problems: [] },
            { name: file, text: eventsText },
            { parseEventsFile: parseEventsWithWorker(worker), indexOptions },
          );
      if (!prepared.ok) throw new Error(prepared.problems.map((problem) => problem.message).join('; '));
      const { model, timings } = prepared;
      const indexedAt = performance.now();
      flushSync(() => {
        connection.setModel?.(model);
        connection.dispatch?.({ type: 'storyLoaded', time: t });
      });
      const syncMs = performance.now() - started;
      await afterNextPaint();
      return {
        syncMs,
        paintedMs: performance.now() - started,
        detail: {
          validateMs: timings.validateMs,
          indexMs: timings.indexMs,
          inWorker: timings.inWorker ? 1 : 0,
          checkedByBuild: timings.checkedByBuild ? 1 : 0,
          decodeMs: decodedAt - started,
          digestMs,
          // The rest of the way to a model: the axis and paced plan (and, from a worker, receiving its result).
          receiveAndModelMs: indexedAt - decodedAt - digestMs - timings.validateMs - timings.indexMs,
          drawMs: syncMs - (indexedAt - started),
          problems: model.problems.length,
          mapMs,
        },
      };
    },
    stepTo(t) {
      const started = performance.now();
      flushSync(() => connection.dispatch?.({ type: 'setTime', time: t }));
      return performance.now() - started;
    },
    visibleCount() {
      return connection.drawing?.shownCount() ?? 0;
    },
    async play(seconds) {
      connection.dispatch?.({ type: 'play' });
      const fps = await countFrames(seconds, () => undefined);
      connection.dispatch?.({ type: 'pause' });
      return fps;
    },
  };
}
