import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import type { Box } from '../worldLayer';
import type { StreetFeature } from './buildStreetLayers';
import { STREET_TILE_LAYERS, type StreetTileLayer } from './osmFeatureClasses';

/** The tiles' defaults (src/map/addStreetTiles.ts reads them the same way). */
export const STREET_TILE_DEFAULTS = {
  /** Each data tile is drawn at twice its size, a zoom further in (protomaps-leaflet's levelDiff 1): a quarter
   * of the requests, for the same detail on screen. */
  levelDiff: 1,
  /** The first data zoom (drawn from display zoom 12). */
  minDataZoom: 11,
  /** The last data zoom (drawn at display zoom 16, and enlarged beyond). */
  maxDataZoom: 15,
  /** Tile coordinates span 0–4096: 0.2 m at data zoom 15, finer than the map ever draws. */
  extent: 4096,
  /** What a tile holds beyond its edge, in tile units: 16 pixels at zoom 18, more than half the widest road. */
  buffer: 32,
} as const;

export interface TileAddress {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

/** The tiles of a zoom that cover a box ([west, south, east, north] in degrees), Web Mercator. */
export function tilesCovering([west, south, east, north]: Box, z: number): TileAddress[] {
  const n = 2 ** z;
  const column = (lon: number) => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const row = (lat: number) => {
    const phi = (lat * Math.PI) / 180;
    return Math.min(
      n - 1,
      Math.max(0, Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n)),
    );
  };
  const tiles: TileAddress[] = [];
  for (let x = column(west); x <= column(east); x++) {
    for (let y = row(north); y <= row(south); y++) tiles.push({ z, x, y });
  }
  return tiles;
}

/**
 * Vector tiles (Mapbox Vector Tile 2.1) of the street layers for a box, by "z/x/y": sliced, simplified for each
 * zoom and quantised to the tile's grid by geojson-vt, encoded by vt-pbf. A data tile holds what its display zoom
 * (one further in) shows: a feature from its class's first zoom on. Every tile over the box is written, an empty
 * one as zero bytes, so that the page never asks for a tile that is not there.
 */
export function buildStreetTiles(
  layers: ReadonlyMap<StreetTileLayer, readonly StreetFeature[]>,
  box: Box,
  options: Partial<typeof STREET_TILE_DEFAULTS> = {},
): Map<string, Uint8Array> {
  const { levelDiff, minDataZoom, maxDataZoom, extent, buffer } = { ...STREET_TILE_DEFAULTS, ...options };
  // One index per layer and first zoom: a tile takes the features of the indexes its display zoom has reached.
  const indexes: { layer: StreetTileLayer; minZoom: number; index: GeoJSONVT }[] = [];
  for (const layer of STREET_TILE_LAYERS) {
    const byZoom = new Map<number, GeoJSON.Feature[]>();
    for (const feature of layers.get(layer) ?? []) {
      const { min_zoom: minZoom, ...properties } = feature.properties;
      const group = byZoom.get(minZoom) ?? [];
      // A building's class says nothing its layer does not: some 4% of the tiles that hold them.
      group.push({ ...feature, properties: layer === 'buildings' ? {} : properties });
      byZoom.set(minZoom, group);
    }
    for (const [minZoom, features] of [...byZoom].sort((a, b) => a[0] - b[0])) {
      const index = new GeoJSONVT(
        { type: 'FeatureCollection', features },
        { maxZoom: maxDataZoom, indexMaxZoom: 0, extent, buffer, tolerance: 3 },
      );
      // A class shown only beyond the last data zoom (pools) is in its tiles; the style hides it until then.
      indexes.push({ layer, minZoom: Math.min(minZoom, maxDataZoom + levelDiff), index });
    }
  }
  const tiles = new Map<string, Uint8Array>();
  for (let z = minDataZoom; z <= maxDataZoom; z++) {
    for (const { x, y } of tilesCovering(box, z)) {
      const layerMap: Record<string, { features: unknown[] }> = {};
      for (const { layer, minZoom, index } of indexes) {
        if (minZoom > z + levelDiff) continue;
        const features = index.getTile(z, x, y)?.features ?? [];
        if (features.length === 0) continue;
        const entry = layerMap[layer] ?? { features: [] };
        entry.features.push(...features);
        layerMap[layer] = entry;
      }
      tiles.set(
        `${z}/${x}/${y}`,
        Object.keys(layerMap).length > 0 ? fromGeojsonVt(layerMap, { version: 2, extent }) : new Uint8Array(0),
      );
    }
  }
  return tiles;
}
