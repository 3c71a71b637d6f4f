import L from 'leaflet';
import type { EventKind } from '../domain/storyEvent';
import { addEmbeddedBasemap } from '../map/addEmbeddedBasemap';
import { afterNextPaint, BENCH_VIEW, type BenchHarness, type BenchMode, basemapSettled, WINDOW_MS } from './benchApi';
import { SYNTHETIC_LEGEND } from './syntheticEvents';

interface SyntheticFeature {
  geometry: { coordinates: [number, number] };
  properties: { kind: EventKind; start: string; end: string };
}

/**
 * The physical floor of a first render: parse the bytes, then draw the points shown at time t once, as circles
 * on one canvas over the same map, basemap and view. No validation, no index, no state: nothing a product could
 * skip less. Only its load is measured (it cannot step).
 */
export function createFloorHarness(container: HTMLElement, text: string, size: number, mode: BenchMode): BenchHarness {
  let drawn = 0;
  const firstStart = Date.UTC(2021, 7, 1);
  return {
    impl: 'floor',
    size,
    mode,
    range: { start: firstStart, end: firstStart + 31 * 86_400_000 },
    async load(t) {
      const mapStarted = performance.now();
      const map = L.map(container, { preferCanvas: true }).setView([BENCH_VIEW.lat, BENCH_VIEW.lon], BENCH_VIEW.zoom);
      addEmbeddedBasemap(map);
      const { x: width, y: height } = map.getSize();
      const canvas = L.DomUtil.create('canvas', '', map.getPanes().overlayPane);
      canvas.width = width;
      canvas.height = height;
      const mapMs = performance.now() - mapStarted;
      await basemapSettled();
      const started = performance.now();
      const data = JSON.parse(text) as { features: SyntheticFeature[] };
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      const byKind = new Map<EventKind, Path2D>();
      drawn = 0;
      for (const feature of data.features) {
        const { start, end, kind } = feature.properties;
        const from = Date.parse(start);
        const until = mode === 'window' ? Date.parse(end) + WINDOW_MS : Number.POSITIVE_INFINITY;
        if (from > t || until <= t) continue;
        const [lon, lat] = feature.geometry.coordinates;
        const point = map.latLngToContainerPoint([lat, lon]);
        let path = byKind.get(kind);
        if (!path) {
          path = new Path2D();
          byKind.set(kind, path);
        }
        path.moveTo(point.x + 5, point.y);
        path.arc(point.x, point.y, 5, 0, 2 * Math.PI);
        drawn++;
      }
      context.strokeStyle = '#ffffff';
      for (const [kind, path] of byKind) {
        context.fillStyle = SYNTHETIC_LEGEND.kindById.get(kind)?.color ?? '#434a4f';
        context.fill(path);
        context.stroke(path);
      }
      const syncMs = performance.now() - started;
      await afterNextPaint();
      return { syncMs, paintedMs: performance.now() - started, detail: { drawn, mapMs } };
    },
    stepTo: () => 0,
    visibleCount: () => drawn,
    play: async () => 0,
  };
}
