import type { OsmTags } from './readOsmExtract';

/**
 * The layers of the street basemap's vector tiles, drawn in this order (src/map/streetStyle.ts): the land from
 * the coastline, open land and built-up areas, water, airports, buildings, railways, roads.
 */
export const STREET_TILE_LAYERS = [
  'land',
  'landuse',
  'water',
  'waterway',
  'aeroway',
  'buildings',
  'rail',
  'roads',
] as const;
export type StreetTileLayer = (typeof STREET_TILE_LAYERS)[number];

/** What one OSM element is on the map: its layer, its class there, and the display zoom it is drawn from. */
export interface StreetClass {
  readonly layer: StreetTileLayer;
  readonly class: string;
  readonly minZoom: number;
}

const ROAD_CLASSES: Readonly<Record<string, { class: string; minZoom: number }>> = {
  motorway: { class: 'motorway', minZoom: 11 },
  motorway_link: { class: 'motorway', minZoom: 13 },
  trunk: { class: 'trunk', minZoom: 11 },
  trunk_link: { class: 'trunk', minZoom: 13 },
  primary: { class: 'primary', minZoom: 12 },
  primary_link: { class: 'primary', minZoom: 13 },
  secondary: { class: 'secondary', minZoom: 12 },
  secondary_link: { class: 'secondary', minZoom: 14 },
  tertiary: { class: 'tertiary', minZoom: 13 },
  tertiary_link: { class: 'tertiary', minZoom: 14 },
  unclassified: { class: 'minor', minZoom: 14 },
  residential: { class: 'minor', minZoom: 14 },
  living_street: { class: 'minor', minZoom: 14 },
  road: { class: 'minor', minZoom: 14 },
  busway: { class: 'minor', minZoom: 14 },
  service: { class: 'service', minZoom: 15 },
  track: { class: 'path', minZoom: 15 },
  pedestrian: { class: 'path', minZoom: 15 },
  footway: { class: 'path', minZoom: 15 },
  path: { class: 'path', minZoom: 15 },
  steps: { class: 'path', minZoom: 16 },
  cycleway: { class: 'path', minZoom: 15 },
  bridleway: { class: 'path', minZoom: 15 },
};

const RAIL_CLASSES: Readonly<Record<string, string>> = {
  rail: 'rail',
  light_rail: 'rail',
  narrow_gauge: 'rail',
  subway: 'rail',
  monorail: 'rail',
  funicular: 'rail',
  tram: 'tram',
};

const WATERWAY_CLASSES: Readonly<Record<string, { class: string; minZoom: number }>> = {
  river: { class: 'river', minZoom: 11 },
  canal: { class: 'canal', minZoom: 12 },
  stream: { class: 'stream', minZoom: 14 },
  drain: { class: 'stream', minZoom: 15 },
  ditch: { class: 'stream', minZoom: 15 },
};

/** Open land, parks and built-up areas by their tag, as key=value. */
const LANDUSE_CLASSES: Readonly<Record<string, { class: string; minZoom: number }>> = {
  'leisure=park': { class: 'park', minZoom: 12 },
  'leisure=garden': { class: 'park', minZoom: 14 },
  'leisure=playground': { class: 'park', minZoom: 15 },
  'leisure=nature_reserve': { class: 'park', minZoom: 11 },
  'leisure=recreation_ground': { class: 'park', minZoom: 13 },
  'leisure=golf_course': { class: 'park', minZoom: 12 },
  'leisure=common': { class: 'park', minZoom: 13 },
  'landuse=recreation_ground': { class: 'park', minZoom: 13 },
  'landuse=village_green': { class: 'park', minZoom: 14 },
  'landuse=grass': { class: 'grass', minZoom: 14 },
  'landuse=meadow': { class: 'grass', minZoom: 13 },
  'landuse=allotments': { class: 'grass', minZoom: 14 },
  'natural=grassland': { class: 'grass', minZoom: 13 },
  'natural=heath': { class: 'grass', minZoom: 13 },
  'landuse=forest': { class: 'wood', minZoom: 11 },
  'natural=wood': { class: 'wood', minZoom: 11 },
  'natural=scrub': { class: 'wood', minZoom: 12 },
  'landuse=cemetery': { class: 'cemetery', minZoom: 13 },
  'amenity=grave_yard': { class: 'cemetery', minZoom: 14 },
  'natural=beach': { class: 'sand', minZoom: 12 },
  'natural=sand': { class: 'sand', minZoom: 12 },
  'leisure=pitch': { class: 'sport', minZoom: 15 },
  'leisure=stadium': { class: 'sport', minZoom: 14 },
  'leisure=sports_centre': { class: 'sport', minZoom: 15 },
  'leisure=track': { class: 'sport', minZoom: 15 },
  'landuse=residential': { class: 'builtup', minZoom: 11 },
  'landuse=commercial': { class: 'builtup', minZoom: 11 },
  'landuse=retail': { class: 'builtup', minZoom: 11 },
  'landuse=industrial': { class: 'industrial', minZoom: 11 },
  'landuse=railway': { class: 'industrial', minZoom: 12 },
  'landuse=port': { class: 'industrial', minZoom: 11 },
  'man_made=pier': { class: 'pier', minZoom: 13 },
  'man_made=breakwater': { class: 'pier', minZoom: 13 },
  'highway=pedestrian': { class: 'pedestrian', minZoom: 15 },
  'place=square': { class: 'pedestrian', minZoom: 15 },
};

const WATER_AREAS: Readonly<Record<string, { class: string; minZoom: number }>> = {
  'natural=water': { class: 'water', minZoom: 11 },
  'waterway=riverbank': { class: 'water', minZoom: 11 },
  'waterway=dock': { class: 'water', minZoom: 12 },
  'landuse=reservoir': { class: 'water', minZoom: 11 },
  'landuse=basin': { class: 'water', minZoom: 13 },
  'leisure=swimming_pool': { class: 'pool', minZoom: 17 },
  'amenity=fountain': { class: 'pool', minZoom: 17 },
};

const AEROWAY_AREAS: Readonly<Record<string, { class: string; minZoom: number }>> = {
  aerodrome: { class: 'aerodrome', minZoom: 11 },
  apron: { class: 'apron', minZoom: 13 },
  runway: { class: 'runway', minZoom: 11 },
  taxiway: { class: 'taxiway', minZoom: 13 },
  helipad: { class: 'apron', minZoom: 15 },
};

const AEROWAY_LINES: Readonly<Record<string, { class: string; minZoom: number }>> = {
  runway: { class: 'runway', minZoom: 11 },
  taxiway: { class: 'taxiway', minZoom: 13 },
};

/** Values of a road, rail or waterway key that are not drawn: plans, ruins, and what is not a way. */
const NOT_BUILT = new Set(['proposed', 'construction', 'abandoned', 'disused', 'razed', 'platform', 'no']);

function isYes(value: string | undefined): boolean {
  return value !== undefined && value !== 'no' && value !== '0' && value !== 'false';
}

/** Whether a way, closed or not, is a line (a road, a railway, a river…) rather than an area. */
export function classifyLine(tags: OsmTags): StreetClass | undefined {
  const highway = tags.highway;
  if (highway && !NOT_BUILT.has(highway) && tags.area !== 'yes') {
    const road = ROAD_CLASSES[highway];
    if (road) return { layer: 'roads', ...road };
  }
  const railway = tags.railway;
  if (railway && !NOT_BUILT.has(railway)) {
    const rail = RAIL_CLASSES[railway];
    if (rail) return { layer: 'rail', class: rail, minZoom: tags.service ? 15 : 12 };
  }
  const waterway = tags.waterway;
  if (waterway && tags.area !== 'yes') {
    const water = WATERWAY_CLASSES[waterway];
    if (water) return { layer: 'waterway', ...water };
  }
  const aeroway = tags.aeroway && AEROWAY_LINES[tags.aeroway];
  if (aeroway && tags.area !== 'yes') return { layer: 'aeroway', ...aeroway };
  if ((tags.man_made === 'pier' || tags.man_made === 'breakwater') && tags.area !== 'yes') {
    return { layer: 'roads', class: 'pier', minZoom: 14 };
  }
  return undefined;
}

/** What a closed way or a multipolygon is as an area: water, a park, a building…, or undefined. */
export function classifyArea(tags: OsmTags): StreetClass | undefined {
  if (tags.area === 'no') return undefined;
  for (const [key, value] of Object.entries(tags)) {
    const water = WATER_AREAS[`${key}=${value}`];
    if (water) return { layer: 'water', ...water };
  }
  if (tags.natural === 'water' || tags.water) return { layer: 'water', class: 'water', minZoom: 11 };
  const aeroway = tags.aeroway && AEROWAY_AREAS[tags.aeroway];
  // A runway or taxiway drawn as a closed way is an area only when it says so.
  if (
    aeroway &&
    (tags.aeroway === 'aerodrome' || tags.aeroway === 'apron' || tags.aeroway === 'helipad' || tags.area === 'yes')
  ) {
    return { layer: 'aeroway', ...aeroway };
  }
  for (const [key, value] of Object.entries(tags)) {
    const landuse = LANDUSE_CLASSES[`${key}=${value}`];
    if (!landuse) continue;
    // A pedestrian street is a line unless tagged as an area; a square always is one.
    if (key === 'highway' && tags.area !== 'yes') continue;
    return { layer: 'landuse', ...landuse };
  }
  if (isYes(tags.building) && !tags.building?.startsWith('constr')) {
    return { layer: 'buildings', class: 'building', minZoom: 16 };
  }
  return undefined;
}

/**
 * The line or area a way is: a way tagged as a line (a road, even closed into a loop) is a line; a closed way with
 * an area's tags is an area; anything else is not drawn.
 */
export function classifyWay(tags: OsmTags, closed: boolean): { kind: 'line' | 'area'; class: StreetClass } | undefined {
  const line = classifyLine(tags);
  if (line && !(closed && tags.area === 'yes')) return { kind: 'line', class: line };
  if (!closed) return undefined;
  const area = classifyArea(tags);
  return area && { kind: 'area', class: area };
}

/** Whether a road or railway runs in a tunnel or is covered (drawn faintly under the streets). */
export function isTunnel(tags: OsmTags): boolean {
  return isYes(tags.tunnel) || tags.covered === 'yes' || tags.location === 'underground';
}

/** Whether a road or railway runs on a bridge (drawn above the others). */
export function isBridge(tags: OsmTags): boolean {
  return isYes(tags.bridge);
}
