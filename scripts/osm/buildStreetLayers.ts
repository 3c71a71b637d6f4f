import polylabel from 'polylabel';
import { type Box, clipToBox } from '../worldLayer';
import { coastlinePolygons } from './coastlinePolygons';
import {
  classifyArea,
  classifyWay,
  isBridge,
  isTunnel,
  type StreetClass,
  type StreetTileLayer,
} from './osmFeatureClasses';
import { type Chain, mergeChains, orient, type Position, relationPolygons, wayParts, wayRing } from './osmGeometry';
import {
  classifyLabel,
  type LabelClass,
  nameOf,
  STREET_LABEL_ZOOMS,
  STREET_RANKS,
  streetLabelSpots,
} from './osmLabels';
import type { OsmExtract, OsmTags } from './readOsmExtract';

/** A feature of the street tiles: its class, the display zoom it shows from, and whether it runs underground. */
export interface StreetFeatureProperties {
  readonly class: string;
  readonly min_zoom: number;
  readonly tunnel?: 1;
  readonly bridge?: 1;
}

export type StreetFeature = GeoJSON.Feature<
  GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.LineString | GeoJSON.MultiLineString,
  StreetFeatureProperties
>;

/** A label of the street basemap: a point with its text, kind, rank and zooms, and for a street its angle. */
export interface StreetLabelProperties {
  readonly name: string;
  readonly kind: string;
  readonly rank: number;
  readonly min_zoom: number;
  /** A street's name is written at one zoom band (from min_zoom to max_zoom), along the road. */
  readonly max_zoom?: number;
  readonly angle?: number;
  /** The straight stretch the name is written along, in metres. */
  readonly length?: number;
}

export type StreetLabel = GeoJSON.Feature<GeoJSON.Point, StreetLabelProperties>;

export interface StreetLayers {
  readonly layers: ReadonlyMap<StreetTileLayer, StreetFeature[]>;
  readonly labels: StreetLabel[];
  /** Whether the area has a coastline (then the sea is drawn under the land). */
  readonly sea: boolean;
  /** What was found, for the command's summary. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Tags that make an element worth reading from an extract (see readOsmExtract's `wanted`). */
export const OSM_WANTED = {
  /** Untagged ways are kept too: they may be members of a multipolygon, which comes later in the file. */
  way: (tags: OsmTags) =>
    Object.keys(tags).length === 0 ||
    tags.natural === 'coastline' ||
    classifyWay(tags, true) !== undefined ||
    classifyWay(tags, false) !== undefined ||
    classifyLabel(tags) !== undefined,
  relation: (tags: OsmTags) =>
    tags.type === 'multipolygon' && (classifyArea(tags) !== undefined || classifyLabel(tags) !== undefined),
  point: (tags: OsmTags) => classifyLabel(tags) !== undefined,
} as const;

/** Degrees of margin around the area whose nodes are read, so that ways crossing its edge are cut there, not short. */
export function readMargin([west, south, east, north]: Box): number {
  return Math.max(0.01, 0.1 * Math.max(east - west, north - south));
}

function toFeature(geometry: StreetFeature['geometry'], streetClass: StreetClass, tags: OsmTags): StreetFeature {
  const properties: { -readonly [K in keyof StreetFeatureProperties]: StreetFeatureProperties[K] } = {
    class: streetClass.class,
    min_zoom: streetClass.minZoom,
  };
  if ((streetClass.layer === 'roads' || streetClass.layer === 'rail') && isTunnel(tags)) properties.tunnel = 1;
  if ((streetClass.layer === 'roads' || streetClass.layer === 'rail') && isBridge(tags)) properties.bridge = 1;
  return { type: 'Feature', geometry, properties };
}

const polygonGeometry = (polygons: Chain[][]): GeoJSON.Polygon | GeoJSON.MultiPolygon =>
  polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as GeoJSON.Position[][] }
    : { type: 'MultiPolygon', coordinates: polygons as GeoJSON.Position[][][] };

/** The point that names an area: the pole of inaccessibility of its largest polygon (inside it, far from its edges). */
function areaLabelPoint(polygons: Chain[][]): Position | undefined {
  let best: Chain[] | undefined;
  let bestSpan = -1;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const xs = outer.map(([x]) => x);
    const ys = outer.map(([, y]) => y);
    const span = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (span > bestSpan) {
      bestSpan = span;
      best = polygon;
    }
  }
  if (!best) return undefined;
  const [x, y] = polylabel(best, 1e-6);
  return [x as number, y as number];
}

/** Kinds of names, the one kept first when two features near each other have the same name. */
const KIND_ORDER = ['place', 'water', 'square', 'landmark'];
/** How near two features with the same name must be to be named once, in degrees (~200 m). */
const SAME_PLACE = 0.002;

function dedupeNames(labels: StreetLabel[]): StreetLabel[] {
  const order = [...labels].sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.properties.kind) - KIND_ORDER.indexOf(b.properties.kind) ||
      a.properties.rank - b.properties.rank,
  );
  const kept: StreetLabel[] = [];
  for (const label of order) {
    const [x = 0, y = 0] = label.geometry.coordinates;
    const twin = kept.some(
      (other) =>
        other.properties.name === label.properties.name &&
        Math.abs((other.geometry.coordinates[0] ?? 0) - x) < SAME_PLACE &&
        Math.abs((other.geometry.coordinates[1] ?? 0) - y) < SAME_PLACE,
    );
    if (!twin) kept.push(label);
  }
  // In the order they were found, so that the output does not depend on the sort.
  return labels.filter((label) => kept.includes(label));
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function labelFeature(at: Position, properties: StreetLabelProperties): StreetLabel {
  // 6 decimals (0.1 m): finer than any zoom the map shows.
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [round(at[0], 6), round(at[1], 6)] }, properties };
}

/**
 * The street basemap's layers for a box, from what readOsmExtract kept: land and sea from the coastline, then
 * every drawable way and multipolygon by class (osmFeatureClasses.ts), cut to the box, and the names to write
 * (streets along their roads at each zoom, places, squares, landmarks, waters). Pure: an extract in, layers out.
 */
export function buildStreetLayers(
  extract: OsmExtract,
  box: Box,
): { ok: true; value: StreetLayers } | { ok: false; message: string } {
  const layers = new Map<StreetTileLayer, StreetFeature[]>();
  const labels: StreetLabel[] = [];
  const counts: Record<string, number> = {};
  const push = (layer: StreetTileLayer, feature: StreetFeature) => {
    const list = layers.get(layer) ?? [];
    list.push(feature);
    layers.set(layer, list);
    counts[layer] = (counts[layer] ?? 0) + 1;
  };
  const inBox = ([x, y]: Position) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  const addLabel = (tags: OsmTags, at: Position | undefined, labelClass: LabelClass) => {
    const name = nameOf(tags);
    if (!name || !at || !inBox(at)) return;
    labels.push(labelFeature(at, { name, kind: labelClass.kind, rank: labelClass.rank, min_zoom: labelClass.minZoom }));
    counts[`${labelClass.kind} names`] = (counts[`${labelClass.kind} names`] ?? 0) + 1;
  };
  const clip = (feature: StreetFeature): StreetFeature | undefined =>
    clipToBox({ type: 'FeatureCollection', features: [feature] }, box).features[0] as StreetFeature | undefined;

  // Land and sea, from the coastline.
  const coastline = extract.ways
    .filter((way) => way.tags.natural === 'coastline')
    .flatMap((way) => wayParts(way, extract.position));
  const coast = coastlinePolygons(coastline, box);
  if (!coast.ok) return coast;
  if (coast.sea) {
    // The sea is the whole box, under the land.
    const [west, south, east, north] = box;
    push('land', {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
          ],
        ],
      },
      properties: { class: 'sea', min_zoom: 0 },
    });
  }
  for (const polygon of coast.land) {
    push('land', {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: polygon.map((ring, i) => orient(ring, i === 0)) as GeoJSON.Position[][],
      },
      properties: { class: 'land', min_zoom: 0 },
    });
  }

  // Streets by name, joined, for their labels.
  const streets = new Map<string, { rank: number; parts: Chain[] }>();
  const waysById = new Map(extract.ways.map((way) => [way.id, way]));
  for (const way of extract.ways) {
    const closed = way.refs.length >= 4 && way.refs[0] === way.refs[way.refs.length - 1];
    const drawn = classifyWay(way.tags, closed);
    if (drawn?.kind === 'line') {
      for (const part of wayParts(way, extract.position)) {
        const feature = clip(
          toFeature({ type: 'LineString', coordinates: part as GeoJSON.Position[] }, drawn.class, way.tags),
        );
        if (feature) push(drawn.class.layer, feature);
      }
      const name = nameOf(way.tags);
      if (drawn.class.layer === 'roads' && name && !isTunnel(way.tags)) {
        const key = `${name}\u0000${drawn.class.class}`;
        const street = streets.get(key) ?? { rank: STREET_RANKS[drawn.class.class] ?? 5, parts: [] };
        street.parts.push(...wayParts(way, extract.position));
        streets.set(key, street);
      }
    }
    const label = classifyLabel(way.tags);
    const ring = closed ? wayRing(way, extract.position) : undefined;
    if (drawn?.kind === 'area' && ring) {
      const feature = clip(
        toFeature(
          { type: 'Polygon', coordinates: [orient(ring, true)] as GeoJSON.Position[][] },
          drawn.class,
          way.tags,
        ),
      );
      if (feature) push(drawn.class.layer, feature);
    }
    if (label && ring) addLabel(way.tags, areaLabelPoint([[ring]]), label);
  }
  for (const relation of extract.relations) {
    const polygons = relationPolygons(relation, waysById, extract.position);
    if (!polygons) continue;
    const oriented = polygons.map((polygon) => polygon.map((ring, i) => orient(ring, i === 0)));
    const drawn = classifyArea(relation.tags);
    if (drawn) {
      const feature = clip(toFeature(polygonGeometry(oriented), drawn, relation.tags));
      if (feature) push(drawn.layer, feature);
    }
    const label = classifyLabel(relation.tags);
    if (label) addLabel(relation.tags, areaLabelPoint(oriented), label);
  }
  for (const point of extract.points) {
    const label = classifyLabel(point.tags);
    if (label) addLabel(point.tags, [point.lon, point.lat], label);
  }

  // One name once: a square mapped as a point and as an area, a church as its building and its node.
  const named = dedupeNames(labels.splice(0));
  labels.push(...named);
  for (const kind of KIND_ORDER)
    counts[`${kind} names`] = named.filter((label) => label.properties.kind === kind).length;
  // Street names along their roads, at each zoom's own spots (the road's straight runs long enough for the name).
  for (const [key, street] of streets) {
    const name = key.split('\u0000')[0] as string;
    for (const line of mergeChains(street.parts, true)) {
      STREET_LABEL_ZOOMS.forEach((zoom, i) => {
        const last = i === STREET_LABEL_ZOOMS.length - 1;
        for (const spot of streetLabelSpots(line, name, zoom)) {
          if (!inBox(spot.at)) continue;
          labels.push(
            labelFeature(spot.at, {
              name,
              kind: 'street',
              rank: street.rank,
              min_zoom: zoom,
              ...(last ? {} : { max_zoom: zoom }),
              angle: spot.angle,
              length: spot.length,
            }),
          );
          counts['street names'] = (counts['street names'] ?? 0) + 1;
        }
      });
    }
  }
  return { ok: true, value: { layers, labels, sea: coast.sea, counts } };
}
