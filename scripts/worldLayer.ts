import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip } from '@turf/bbox-clip';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldLayerName, WorldResolution } from '../src/domain/basemapManifest';
import { signedDoubleArea } from '../src/domain/ringArea';

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

type Ring = GeoJSON.Position[];

/** The story's area grown by `margin` degrees on each side, kept inside ±180 / ±90. */
export function expandBox([west, south, east, north]: Box, margin: number): Box {
  return [
    Math.max(-180, west - margin),
    Math.max(-90, south - margin),
    Math.min(180, east + margin),
    Math.min(90, north + margin),
  ];
}

function ringBox(ring: Ring): Box {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return [west, south, east, north];
}

/**
 * One ring cut to the box (Sutherland–Hodgman, by @turf/bbox-clip), closed; undefined when nothing of it, or
 * only a sliver of no area, is left. A ring wholly inside is kept as it is, one wholly outside is not looked at.
 */
function clipRing(ring: Ring, box: Box): Ring | undefined {
  const [west, south, east, north] = ringBox(ring);
  if (west > box[2] || east < box[0] || south > box[3] || north < box[1]) return undefined;
  if (west >= box[0] && east <= box[2] && south >= box[1] && north <= box[3]) return ring;
  let clipped: Ring;
  try {
    clipped =
      (bboxClip({ type: 'Polygon', coordinates: [ring] }, [...box]).geometry as GeoJSON.Polygon).coordinates[0] ?? [];
  } catch {
    // Fewer than four positions left: turf refuses to make a polygon of it, and so do we.
    return undefined;
  }
  return clipped.length >= 4 && Math.abs(signedDoubleArea(clipped)) > 1e-12 ? clipped : undefined;
}

/** A polygon cut to the box: its outer ring and the holes that are left, or undefined when the outer ring is gone. */
function clipPolygon(rings: readonly Ring[], box: Box): Ring[] | undefined {
  const [outer, ...holes] = rings;
  const kept = outer && clipRing(outer, box);
  if (!kept) return undefined;
  return [kept, ...holes.map((hole) => clipRing(hole, box)).filter((hole) => hole !== undefined)];
}

function clipLine(line: Ring, box: Box): Ring[] {
  const clipped = bboxClip({ type: 'LineString', coordinates: line }, [...box]).geometry as
    | GeoJSON.LineString
    | GeoJSON.MultiLineString;
  const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return parts.filter((part) => part.length >= 2);
}

/** A geometry cut to the box, or null when none of it is inside. Points outside are dropped. */
function clipGeometry(geometry: GeoJSON.Geometry | null, box: Box): GeoJSON.Geometry | null {
  if (!geometry) return null;
  const inside = ([x = 0, y = 0]: GeoJSON.Position) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const kept = polygons.map((polygon) => clipPolygon(polygon, box)).filter((polygon) => polygon !== undefined);
      if (kept.length === 0) return null;
      return kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] as Ring[] }
        : { type: 'MultiPolygon', coordinates: kept };
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      const kept = lines.flatMap((line) => clipLine(line, box));
      if (kept.length === 0) return null;
      return kept.length === 1
        ? { type: 'LineString', coordinates: kept[0] as Ring }
        : { type: 'MultiLineString', coordinates: kept };
    }
    case 'Point':
      return inside(geometry.coordinates) ? geometry : null;
    case 'MultiPoint': {
      const kept = geometry.coordinates.filter(inside);
      return kept.length > 0 ? { type: 'MultiPoint', coordinates: kept } : null;
    }
    case 'GeometryCollection': {
      const kept = geometry.geometries.flatMap((part) => clipGeometry(part, box) ?? []);
      return kept.length > 0 ? { type: 'GeometryCollection', geometries: kept } : null;
    }
  }
}

/**
 * The features of a collection cut to a box: every position of the result lies inside it, every polygon ring
 * stays closed with four positions or more, and a feature with nothing left inside is left out. Properties and
 * ids are kept; nothing is mutated.
 */
export function clipToBox(collection: GeoJSON.FeatureCollection, box: Box): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const source of collection.features) {
    const geometry = clipGeometry(source.geometry, box);
    if (geometry) features.push({ ...source, geometry });
  }
  return { type: 'FeatureCollection', features };
}

const require = createRequire(import.meta.url);

/**
 * A world layer of Natural Earth (public domain), from world-atlas's TopoJSON at the given scale, cut to the
 * story's area plus `margin` degrees. Country features keep their `name` and their ISO 3166 numeric id.
 */
export function buildWorldLayer(
  name: WorldLayerName,
  resolution: WorldResolution,
  area: Box,
  margin: number,
): GeoJSON.FeatureCollection {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${name}-${resolution}.json`), 'utf8'),
  ) as Topology;
  const object = topology.objects[name] as GeometryCollection;
  const world = feature(topology, object) as GeoJSON.FeatureCollection;
  return clipToBox(world, expandBox(area, margin));
}
