import type { Chain, Position } from './osmGeometry';
import type { OsmTags } from './readOsmExtract';

/**
 * What a name on the street basemap names: a street (written along it), a place (a neighbourhood, a district, a
 * town), a square, a landmark (a palace, a museum, a station, a park) or a water (a harbour, a bay).
 */
export const STREET_LABEL_KINDS = ['street', 'place', 'square', 'landmark', 'water'] as const;
export type StreetLabelKind = (typeof STREET_LABEL_KINDS)[number];

/** A name that is not a street's: its kind, its rank (smaller is more important) and the zoom it is shown from. */
export interface LabelClass {
  readonly kind: Exclude<StreetLabelKind, 'street'>;
  readonly rank: number;
  readonly minZoom: number;
}

const PLACE_RANKS: Readonly<Record<string, { rank: number; minZoom: number }>> = {
  city: { rank: 0, minZoom: 11 },
  town: { rank: 1, minZoom: 12 },
  village: { rank: 2, minZoom: 13 },
  suburb: { rank: 2, minZoom: 13 },
  borough: { rank: 2, minZoom: 13 },
  quarter: { rank: 3, minZoom: 14 },
  neighbourhood: { rank: 4, minZoom: 15 },
  island: { rank: 3, minZoom: 14 },
  hamlet: { rank: 4, minZoom: 15 },
  locality: { rank: 5, minZoom: 16 },
  islet: { rank: 5, minZoom: 16 },
};

/** Landmarks by tag (key=value): what a reader finds their way by. */
const LANDMARKS: Readonly<Record<string, { rank: number; minZoom: number }>> = {
  'aeroway=aerodrome': { rank: 0, minZoom: 12 },
  'railway=station': { rank: 1, minZoom: 15 },
  'amenity=bus_station': { rank: 3, minZoom: 16 },
  'aeroway=terminal': { rank: 2, minZoom: 16 },
  'aeroway=helipad': { rank: 3, minZoom: 16 },
  'historic=castle': { rank: 1, minZoom: 15 },
  'historic=palace': { rank: 1, minZoom: 15 },
  'historic=fort': { rank: 2, minZoom: 16 },
  'historic=monument': { rank: 3, minZoom: 17 },
  'tourism=museum': { rank: 2, minZoom: 16 },
  'tourism=attraction': { rank: 2, minZoom: 16 },
  'tourism=zoo': { rank: 2, minZoom: 15 },
  'amenity=place_of_worship': { rank: 3, minZoom: 16 },
  'amenity=townhall': { rank: 2, minZoom: 16 },
  'amenity=hospital': { rank: 2, minZoom: 16 },
  'amenity=university': { rank: 2, minZoom: 15 },
  'amenity=casino': { rank: 2, minZoom: 16 },
  'amenity=theatre': { rank: 3, minZoom: 17 },
  'amenity=courthouse': { rank: 3, minZoom: 17 },
  'leisure=stadium': { rank: 2, minZoom: 15 },
  'leisure=park': { rank: 3, minZoom: 16 },
  'leisure=garden': { rank: 4, minZoom: 17 },
  'leisure=nature_reserve': { rank: 2, minZoom: 14 },
  'man_made=lighthouse': { rank: 3, minZoom: 16 },
  'natural=peak': { rank: 3, minZoom: 15 },
  'natural=beach': { rank: 3, minZoom: 16 },
  'natural=cape': { rank: 3, minZoom: 15 },
};

const WATERS: Readonly<Record<string, { rank: number; minZoom: number }>> = {
  'natural=bay': { rank: 1, minZoom: 13 },
  'leisure=marina': { rank: 2, minZoom: 15 },
  'landuse=harbour': { rank: 2, minZoom: 15 },
  'harbour=yes': { rank: 2, minZoom: 15 },
  'natural=water': { rank: 3, minZoom: 16 },
};

/** The name a reader sees: `name`, else the first of `name:en`, `int_name`. */
export function nameOf(tags: OsmTags): string | undefined {
  const name = (tags.name ?? tags['name:en'] ?? tags.int_name)?.trim();
  return name ? name : undefined;
}

/** What a named node or area is as a label (not a street), or undefined when it is not one. */
export function classifyLabel(tags: OsmTags): LabelClass | undefined {
  const name = nameOf(tags);
  // A number alone (a helipad's, a pier's) names nothing a reader looks for.
  if (!name || /^\d+$/.test(name)) return undefined;
  const place = tags.place;
  if (place === 'square') return { kind: 'square', rank: 1, minZoom: 16 };
  if (place && PLACE_RANKS[place])
    return { kind: 'place', ...(PLACE_RANKS[place] as { rank: number; minZoom: number }) };
  if (tags.highway === 'pedestrian' && tags.area === 'yes') return { kind: 'square', rank: 2, minZoom: 16 };
  for (const [key, value] of Object.entries(tags)) {
    const water = WATERS[`${key}=${value}`];
    if (water) return { kind: 'water', ...water };
  }
  for (const [key, value] of Object.entries(tags)) {
    const landmark = LANDMARKS[`${key}=${value}`];
    if (landmark) return { kind: 'landmark', ...landmark };
  }
  return undefined;
}

/** Street ranks by road class: the wider the road, the surer its name is shown. */
export const STREET_RANKS: Readonly<Record<string, number>> = {
  motorway: 0,
  trunk: 0,
  primary: 1,
  secondary: 2,
  tertiary: 3,
  minor: 4,
  service: 5,
  path: 5,
  pier: 5,
};

/** The zooms street names are written at, each with its own places along the street (the first zoom they show). */
export const STREET_LABEL_ZOOMS = [16, 17, 18] as const;

/** How far (in pixels) a straight label may stray from the road it names. */
const STRAY_PX = 3;
/** Space kept between two names of one street, in pixels at their zoom. */
const REPEAT_PX = 260;
/** A rough lower bound of a character's width, in pixels (the page measures the real one). */
const CHAR_PX = 5;

const EARTH_CIRCUMFERENCE = 40_075_016.686;

/** Metres per pixel at a zoom and latitude (Web Mercator, 256-pixel tiles). */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);
}

/** A place along a street where its name can be written straight: its middle, its angle and its length. */
export interface StreetLabelSpot {
  readonly at: Position;
  /** Degrees, clockwise from the east as the screen draws it, in (−90, 90]: the text always reads left to right. */
  readonly angle: number;
  /** The straight stretch's length, in metres. */
  readonly length: number;
}

/**
 * The spots of a street (one line of it, joined from its ways) where its name fits straight at a zoom: runs of the
 * line that stray no more than a few pixels from their chord and are long enough for the name, longest first, kept
 * apart from each other so that the name repeats only along long streets.
 */
export function streetLabelSpots(line: Chain, name: string, zoom: number): StreetLabelSpot[] {
  if (line.length < 2) return [];
  const lat0 = (line[0] as Position)[1];
  const xScale = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const yScale = 110_574;
  const points = line.map(([lon, lat]) => [lon * xScale, lat * yScale] as const);
  const pixel = metresPerPixel(zoom, lat0);
  const stray = STRAY_PX * pixel;
  const minLength = (name.length * CHAR_PX + 8) * pixel;
  const runs: { from: number; to: number; length: number }[] = [];
  let from = 0;
  while (from < points.length - 1) {
    let to = from + 1;
    while (to + 1 < points.length && withinStray(points, from, to + 1, stray)) to++;
    const [x1, y1] = points[from] as readonly [number, number];
    const [x2, y2] = points[to] as readonly [number, number];
    runs.push({ from, to, length: Math.hypot(x2 - x1, y2 - y1) });
    from = to;
  }
  const spots: StreetLabelSpot[] = [];
  const kept: (readonly [number, number])[] = [];
  for (const run of runs.filter((r) => r.length >= minLength).sort((a, b) => b.length - a.length)) {
    const [x1, y1] = points[run.from] as readonly [number, number];
    const [x2, y2] = points[run.to] as readonly [number, number];
    const middle = [(x1 + x2) / 2, (y1 + y2) / 2] as const;
    if (kept.some(([x, y]) => Math.hypot(x - middle[0], y - middle[1]) < REPEAT_PX * pixel)) continue;
    kept.push(middle);
    // Screen y points down: a line going north-east rises, so its angle is negative.
    // (`|| 0`: a level street is at 0°, not −0°.)
    let angle = Math.round((Math.atan2(-(y2 - y1), x2 - x1) * 180) / Math.PI) || 0;
    if (angle > 90) angle -= 180;
    if (angle <= -90) angle += 180;
    spots.push({
      at: [middle[0] / xScale, middle[1] / yScale],
      angle,
      length: Math.round(run.length),
    });
  }
  return spots;
}

/** Whether every point from `from` to `to` lies within `stray` of the chord between them. */
function withinStray(points: readonly (readonly [number, number])[], from: number, to: number, stray: number): boolean {
  const [x1, y1] = points[from] as readonly [number, number];
  const [x2, y2] = points[to] as readonly [number, number];
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length === 0) return false;
  for (let i = from + 1; i < to; i++) {
    const [x, y] = points[i] as readonly [number, number];
    const distance = Math.abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length;
    if (distance > stray) return false;
    // A point behind either end (a hairpin) is not on a straight run either.
    const along = ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length;
    if (along < 0 || along > length) return false;
  }
  return true;
}
