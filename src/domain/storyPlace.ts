/** Fixed places of a story (a building, a site, a neighbourhood, a road), not bound to a time. */

/**
 * What a place is on the map:
 * - `reference`: a point distances may be measured from, marked and named first;
 * - `point`: a marked place with its own details (a gate, a building);
 * - `line`: a LineString (a road, a railway), drawn by its `line_style`;
 * - `area`: a Polygon, or a Point whose extent is unknown (a neighbourhood), named in italics;
 * - `label`: a small named spot (a junction, a jetty head), with a dot;
 * - `context`: a place events are drawn at but the map does not draw (a city the basemap already names).
 */
export const PLACE_ROLES = ['reference', 'point', 'line', 'area', 'label', 'context'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/** `line`: a stroke; `strip`: a paved strip `width_m` wide around the centreline (a road, a landing strip). */
export const LINE_STYLES = ['line', 'strip'] as const;
export type LineStyle = (typeof LINE_STYLES)[number];

/** The geometry roles allow: a line needs a LineString, an area a polygon or a point, the others a point. */
export const ROLE_GEOMETRIES: Readonly<Record<PlaceRole, readonly StoryPlace['geometry']['type'][]>> = {
  reference: ['Point'],
  point: ['Point'],
  label: ['Point'],
  line: ['LineString'],
  area: ['Polygon', 'MultiPolygon', 'Point'],
  context: ['Point', 'Polygon', 'MultiPolygon'],
};

export interface PlaceCitation {
  readonly outlet: string;
  readonly url: string;
}

type Position = readonly [number, number];

export interface StoryPlace {
  readonly id: string;
  readonly name: string;
  readonly role: PlaceRole;
  /** What it is, in the popup's words ("Harbour office"). */
  readonly type?: string;
  /** The story layer it is shown with; undefined: always shown. */
  readonly layer?: string;
  readonly geometry:
    | { readonly type: 'Point'; readonly coordinates: Position }
    | { readonly type: 'LineString'; readonly coordinates: readonly Position[] }
    | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
    | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly Position[])[])[] };
  /** Where it is marked and named: the point, a line's middle vertex, or inside a polygon (its pole). */
  readonly point: Position;
  readonly estimate: boolean;
  /** How far off the position may be, in metres: always given for an estimate. */
  readonly uncertaintyM?: number;
  readonly basis: string;
  readonly citations: readonly PlaceCitation[];
  readonly lineStyle: LineStyle;
  /** Width in metres, for a strip. */
  readonly widthM?: number;
  readonly minZoom?: number;
  readonly note?: string;
  /** The sources (event id, source index) that name or locate it; absent for a landmark older than the story. */
  readonly reportedBy?: readonly { readonly event: string; readonly source: number }[];
}
