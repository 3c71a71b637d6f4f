import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { BasemapLayer } from '../domain/basemapManifest';
import { createStreetTiles } from '../map/addStreetTiles';
import { STREET_COLOURS } from '../map/basemapStyle';

/**
 * The street basemap benchmark's page (scripts/basemapBench.ts drives it): one Leaflet map that draws Monaco's
 * street layers either as the vector tiles the site publishes (protomaps-leaflet, as the app draws them) or as
 * GeoJSON on Leaflet's canvas renderer (as the app draws its other basemap layers), and times a pan step: from
 * the move to the frame after everything in view is drawn.
 */
interface BasemapBench {
  showTiles(
    template: string,
    bounds: [number, number, number, number],
    dataZooms: [number, number],
    dark: boolean,
  ): void;
  showGeoJson(url: string, zoom: number, dark: boolean): Promise<number>;
  view(lat: number, lon: number, zoom: number): Promise<void>;
  pan(dx: number, dy: number): Promise<{ syncMs: number; paintedMs: number }>;
  clear(): void;
}

declare global {
  interface Window {
    basemapBench?: BasemapBench;
  }
}

const map = L.map('map', { zoomControl: false, attributionControl: false, fadeAnimation: false, zoomAnimation: false });
map.setView([43.7352, 7.424], 16);
let tiles: L.GridLayer | undefined;
let geojson: L.GeoJSON | undefined;
const renderer = L.canvas({ padding: 0.5 });
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** The same widths by class as the tiles' style, at one zoom (GeoJSON on canvas has no per-zoom style). */
const WIDTHS: Record<string, number> = {
  motorway: 8,
  trunk: 8,
  primary: 7,
  secondary: 6,
  tertiary: 5,
  minor: 3.5,
  service: 1.5,
  path: 0.8,
  pier: 4,
  rail: 1.5,
  river: 3,
  canal: 3,
  stream: 1.5,
  runway: 10,
  taxiway: 3,
};

function styleFor(dark: boolean, zoom: number) {
  const c = STREET_COLOURS[dark ? 'dark' : 'light'];
  const scale = 2 ** (zoom - 16);
  return (feature?: GeoJSON.Feature): L.PathOptions => {
    const cls = String(feature?.properties?.class ?? '');
    const layer = String(feature?.properties?.layer ?? '');
    const colour =
      (c as Record<string, string>)[cls] ?? (layer === 'buildings' ? c.building : layer === 'roads' ? c.road : c.land);
    if (feature?.geometry.type.includes('Polygon')) {
      return { stroke: layer === 'buildings', color: c.buildingEdge, weight: 0.5, fillColor: colour, fillOpacity: 1 };
    }
    return {
      color: layer === 'roads' ? c.road : colour,
      weight: Math.max(0.5, (WIDTHS[cls] ?? 1) * scale),
      fill: false,
    };
  };
}

window.basemapBench = {
  showTiles(template, bounds, dataZooms, dark) {
    const layer = {
      id: 'streets',
      minZoom: 0,
      maxZoom: 24,
      source: { tiles: template, dataZooms, bounds },
    } as unknown as BasemapLayer;
    tiles = createStreetTiles(
      map,
      layer,
      new URL(template, document.baseURI).href.replace(/%7B/g, '{').replace(/%7D/g, '}'),
      dark,
    ) as L.GridLayer;
    tiles.addTo(map);
  },
  async showGeoJson(url, zoom, dark) {
    const response = await fetch(url);
    const data = (await response.json()) as GeoJSON.FeatureCollection;
    geojson = L.geoJSON(data, { renderer, interactive: false, style: styleFor(dark, zoom) } as L.GeoJSONOptions).addTo(
      map,
    );
    return data.features.length;
  },
  async view(lat, lon, zoom) {
    map.setView([lat, lon], zoom, { animate: false });
    await settle();
  },
  async pan(dx, dy) {
    const start = performance.now();
    map.panBy([dx, dy], { animate: false });
    const syncMs = performance.now() - start;
    await settle();
    return { syncMs, paintedMs: (await nextFrame()) - start };
  },
  clear() {
    tiles?.remove();
    geojson?.remove();
    tiles = undefined;
    geojson = undefined;
  },
};

/** Until every tile in view is drawn (a canvas of GeoJSON is drawn at once, in the move's own task). */
async function settle(): Promise<void> {
  if (!tiles) return;
  const layer = tiles as L.GridLayer & { _tiles: Record<string, { loaded?: number }> };
  for (let guard = 0; guard < 600; guard++) {
    await nextFrame();
    if (!layer.isLoading() && Object.values(layer._tiles).every((tile) => tile.loaded)) return;
  }
}
document.body.dataset.ready = 'true';
