import type L from 'leaflet';
import { leafletLayer } from 'protomaps-leaflet';
import type { BasemapLayer } from '../domain/basemapManifest';
import { BASEMAP_PANES } from './basemapStyle';
import { ensurePanes } from './ensurePanes';
import { streetPaintRules } from './streetStyle';

/** Each data tile is drawn at twice its size, a zoom further in (scripts/osm/streetTiles.ts writes them so). */
const LEVEL_DIFF = 1;

/**
 * A street basemap's vector tiles on the map (a `streets` layer of the manifest), drawn by protomaps-leaflet on
 * canvas tiles with the street style of the page's theme, in their own pane above the other basemap layers and
 * under every name. Tiles are asked for only inside the layer's bounds, from the site itself (`url` is relative to
 * the page), and the deepest data zoom is enlarged beyond. Returns the layer, not yet on the map.
 */
export function createStreetTiles(map: L.Map, layer: BasemapLayer, url: string, dark: boolean): L.Layer {
  if (!('tiles' in layer.source)) throw new Error(`layer "${layer.id}" has no tiles`);
  ensurePanes(map, [BASEMAP_PANES.streets]);
  const [west, south, east, north] = layer.source.bounds;
  const [, lastDataZoom] = layer.source.dataZooms;
  return leafletLayer({
    url,
    pane: BASEMAP_PANES.streets.name,
    paintRules: streetPaintRules(dark),
    labelRules: [],
    // The credit is shown under the map with the story's own (MapAttribution), never as Leaflet's HTML.
    attribution: '',
    bounds: [
      [south, west],
      [north, east],
    ],
    minZoom: layer.minZoom,
    maxZoom: layer.maxZoom,
    maxDataZoom: lastDataZoom,
    levelDiff: LEVEL_DIFF,
    noWrap: true,
    // Tiles fade in only when the page allows motion (the map's own fade is off under reduced motion).
    updateWhenZooming: false,
    keepBuffer: 2,
  } as Parameters<typeof leafletLayer>[0]) as unknown as L.Layer;
}
