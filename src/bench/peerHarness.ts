import L from 'leaflet';
import 'leaflet-timedimension';
import type { EventKind } from '../domain/storyEvent';
import { addEmbeddedBasemap } from '../map/addEmbeddedBasemap';
import { upperBound } from '../time/sortedSearch';
import { afterNextPaint, BENCH_VIEW, type BenchHarness, type BenchMode, basemapSettled, countFrames } from './benchApi';
import { SYNTHETIC_LEGEND } from './syntheticEvents';

/** The parts of Leaflet.TimeDimension the peer uses (the plugin ships no types). */
interface TimeDimension {
  setCurrentTimeIndex(index: number): void;
  getAvailableTimes(): number[];
}
type TimeDimensionLeaflet = typeof L & {
  TimeDimension: new (options: { times: number[]; currentTime?: number }) => TimeDimension;
  timeDimension: {
    layer: { geoJson(layer: L.GeoJSON, options: Record<string, unknown>): L.Layer & { _currentLayer?: L.LayerGroup } };
  };
};

interface SyntheticFeature {
  geometry: { coordinates: [number, number] };
  properties: { kind: EventKind; start: string; end: string; times?: number[] };
}

/**
 * The peer, configured fairly: Leaflet.TimeDimension's GeoJSON layer over the same data, circle markers on a
 * canvas renderer like ours, the same embedded basemap and view, time steps at the events' own times, and each
 * feature's [start, end] as its times. "24-hour window" is its `duration: "PT24H"`; cumulative is its default.
 */
export function createPeerHarness(container: HTMLElement, text: string, size: number, mode: BenchMode): BenchHarness {
  const TD = L as TimeDimensionLeaflet;
  let timeDimension: TimeDimension | undefined;
  let layer: (L.Layer & { _currentLayer?: L.LayerGroup }) | undefined;
  let times: number[] = [];
  let current = 0;
  const firstStart = Date.UTC(2021, 7, 1);

  const indexFor = (t: number) => Math.max(0, upperBound(times, t) - 1);
  const harness: BenchHarness = {
    impl: 'peer',
    size,
    mode,
    range: { start: firstStart, end: firstStart + 31 * 86_400_000 },
    async load(t) {
      // The map with its basemap, before the clock starts (as for ours): `detail.mapMs` says how long it took.
      const mapStarted = performance.now();
      const map = L.map(container, { preferCanvas: true, zoomControl: true }).setView(
        [BENCH_VIEW.lat, BENCH_VIEW.lon],
        BENCH_VIEW.zoom,
      );
      addEmbeddedBasemap(map);
      const mapMs = performance.now() - mapStarted;
      await basemapSettled();
      const started = performance.now();
      const data = JSON.parse(text) as { features: SyntheticFeature[] };
      for (const feature of data.features) {
        feature.properties.times = [Date.parse(feature.properties.start), Date.parse(feature.properties.end)];
      }
      const renderer = L.canvas({ padding: 0.2 });
      const base = L.geoJSON(data as unknown as GeoJSON.FeatureCollection, {
        pointToLayer: (feature, latlng) =>
          L.circleMarker(latlng, {
            renderer,
            radius: 5,
            color: '#ffffff',
            weight: 1,
            fillColor: SYNTHETIC_LEGEND.kindById.get((feature.properties as SyntheticFeature['properties']).kind)
              ?.color,
            fillOpacity: 0.9,
          }),
      });
      // Steps at the events' own times: every start and end.
      times = [...new Set(data.features.flatMap((feature) => feature.properties.times ?? []))].sort((a, b) => a - b);
      timeDimension = new TD.TimeDimension({ times, currentTime: times[indexFor(t)] });
      (map as L.Map & { timeDimension?: TimeDimension }).timeDimension = timeDimension;
      layer = TD.timeDimension.layer.geoJson(base, {
        timeDimension,
        updateTimeDimension: false,
        ...(mode === 'window' ? { duration: 'PT24H' } : {}),
      });
      layer.addTo(map);
      current = indexFor(t);
      timeDimension.setCurrentTimeIndex(current);
      const syncMs = performance.now() - started;
      await afterNextPaint();
      return { syncMs, paintedMs: performance.now() - started, detail: { times: times.length, mapMs } };
    },
    stepTo(t) {
      const started = performance.now();
      current = indexFor(t);
      timeDimension?.setCurrentTimeIndex(current);
      return performance.now() - started;
    },
    visibleCount() {
      return layer?._currentLayer?.getLayers().length ?? 0;
    },
    async play(seconds, storyMsPerSecond) {
      // Its own player steps on a timer; to compare frame rates, advance it every frame at our playback speed.
      let time = times[current] ?? firstStart;
      return countFrames(seconds, (elapsedMs) => {
        time += (elapsedMs / 1000) * storyMsPerSecond;
        if (time > harness.range.end) time = harness.range.start;
        harness.stepTo(time);
      });
    },
  };
  return harness;
}
