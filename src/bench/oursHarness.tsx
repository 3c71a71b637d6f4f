import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { startEventsWorker } from '../app/eventsWorkerClient';
import { parseEventsFile, WORKER_THRESHOLD_BYTES } from '../app/parseEventsFile';
import { buildStoryModel, type StoryModel } from '../app/storyModel';
import { eventListProps, mapViewProps, timeControlsProps } from '../app/storyViewProps';
import { useStoryState } from '../app/useStoryState';
import { EventList } from '../controls/EventList';
import { TimeControls } from '../controls/TimeControls';
import { isKnownTimeZone } from '../domain/publicationDate';
import type { StoryConfig } from '../domain/storyConfig';
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

const CONFIG: StoryConfig = {
  title: 'Benchmark (synthetic data)',
  subtitle: 'Synthetic events',
  timeZone: { id: 'Asia/Kabul', label: 'Kabul' },
  area: [60, 29, 75, 39],
  initialBounds: [68.9, 34.3, 69.5, 34.8],
  referencePlaceId: 'none',
  sourceArticle: { file: 'none', description: 'none' },
  credit: 'Synthetic data for the benchmark',
  chapters: [],
};

interface Connection {
  dispatch?: (action: AppAction) => void;
  drawing?: MapEventDrawing;
  /** Replaces the story (the map stays). */
  setModel?: (model: StoryModel) => void;
}

/** The story before its events have arrived: the map and its basemap, no event. */
const EMPTY_MODEL = buildStoryModel({ config: CONFIG, places: [], problems: [], events: [] });

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
  const [model, setModel] = useState(EMPTY_MODEL);
  // The app's own state hook: the same reducer, playback loop and memoised display zone.
  const story = useStoryState(model, {
    showPast: mode === 'cumulative',
    view: BENCH_VIEW,
    time,
  });
  const { dispatch } = story;
  connection.dispatch = dispatch;
  connection.setModel = setModel;
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
      // As the product reads story.json before the events (src/app/loadStory.ts): its time zone is checked, with
      // the page's first Intl formatter (15-35 ms in a fresh page).
      isKnownTimeZone(CONFIG.timeZone.id);
      const root = createRoot(container);
      flushSync(() => root.render(<BenchStory mode={mode} time={t} fullPage={fullPage} connection={connection} />));
      const mapMs = performance.now() - mapStarted;
      await basemapSettled();
      const started = performance.now();
      const job = await parseEventsFile(
        {
          file: 'synthetic.geojson',
          text,
          area: CONFIG.area,
          indexOptions: { trailingMs: mode === 'window' ? WINDOW_MS : 0, instantSpanMs: WINDOW_MS },
        },
        worker,
      );
      const model = buildStoryModel({
        config: CONFIG,
        places: [],
        problems: job.problems,
        events: job.events,
        index: job.index,
      });
      const indexedAt = performance.now();
      flushSync(() => {
        connection.setModel?.(model);
        connection.dispatch?.({ type: 'storyLoaded', axis: model.axis, plan: model.plan, time: t });
      });
      const syncMs = performance.now() - started;
      await afterNextPaint();
      return {
        syncMs,
        paintedMs: performance.now() - started,
        detail: {
          validateMs: job.timings.validateMs,
          indexMs: job.timings.indexMs,
          inWorker: job.timings.inWorker ? 1 : 0,
          // From the worker's result to a model: receiving it (structured clone) and the axis.
          receiveAndModelMs: indexedAt - started - job.timings.validateMs - job.timings.indexMs,
          drawMs: syncMs - (indexedAt - started),
          problems: job.problems.length,
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
