import polylabel from 'polylabel';
import type { DataProblem } from './dataProblem';
import { type BoundingBox, checkPosition, parseFeatureCollection } from './parseFeatureCollection';
import { placeFeatureSchema } from './placeSchema';
import { signedDoubleArea } from './ringArea';
import { ROLE_GEOMETRIES, type StoryPlace } from './storyPlace';

export interface ParsedPlaces {
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
}

type Position = readonly [number, number];
type Rings = readonly (readonly Position[])[];

const trim = (positions: readonly (readonly number[])[]): Position[] =>
  positions.map(([lon, lat]) => [lon as number, lat as number] as const);

/** The point a polygon is named at: its pole of inaccessibility, inside it even when it is concave. */
function polygonPoint(rings: Rings): Position {
  const [x, y] = polylabel(
    rings.map((ring) => ring.map(([lon, lat]) => [lon, lat] as [number, number])),
    1e-5,
  );
  return [x, y];
}

function placePoint(geometry: StoryPlace['geometry']): Position {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'LineString':
      return geometry.coordinates[Math.floor((geometry.coordinates.length - 1) / 2)] as Position;
    case 'Polygon':
      return polygonPoint(geometry.coordinates);
    case 'MultiPolygon': {
      const largest = [...geometry.coordinates].sort(
        (a, b) => Math.abs(signedDoubleArea(b[0] ?? [])) - Math.abs(signedDoubleArea(a[0] ?? [])),
      )[0];
      return polygonPoint(largest ?? []);
    }
  }
}

function toGeometry(raw: (typeof placeFeatureSchema)['_output']['geometry']): StoryPlace['geometry'] {
  switch (raw.type) {
    case 'Point':
      return { type: 'Point', coordinates: [raw.coordinates[0], raw.coordinates[1]] };
    case 'LineString':
      return { type: 'LineString', coordinates: trim(raw.coordinates) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: raw.coordinates.map(trim) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: raw.coordinates.map((polygon) => polygon.map(trim)) };
  }
}

function allPositions(geometry: StoryPlace['geometry']): readonly Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/**
 * Parses places.geojson; invalid features are skipped and reported, the rest returned in file order. `layers`, when
 * given, are the story's layer ids a place may name.
 */
export function parsePlaces(
  file: string,
  value: unknown,
  area?: BoundingBox,
  layers?: readonly string[],
): ParsedPlaces {
  const { accepted, problems: schemaProblems } = parseFeatureCollection(file, value, placeFeatureSchema);
  const problems: DataProblem[] = [...schemaProblems];
  const places: StoryPlace[] = [];
  for (const feature of accepted) {
    const p = feature.properties;
    const geometry = toGeometry(feature.geometry);
    const positionProblem = allPositions(geometry)
      .map((position) => checkPosition(position, area))
      .find(Boolean);
    const problem = (field: string, message: string) => problems.push({ file, featureId: feature.id, field, message });
    if (positionProblem) {
      problem('geometry.coordinates', positionProblem);
      continue;
    }
    const allowed = ROLE_GEOMETRIES[p.role];
    if (!allowed.includes(geometry.type)) {
      problem('geometry', `expected a ${p.role} place as ${allowed.join(' or ')}, got a ${geometry.type}`);
      continue;
    }
    if (p.layer !== undefined && layers && !layers.includes(p.layer)) {
      problem(
        'properties.layer',
        `expected the id of a layer in story.json (${layers.join(', ') || 'none declared'}), got "${p.layer}"`,
      );
      continue;
    }
    places.push({
      id: feature.id,
      name: p.name,
      role: p.role,
      ...(p.type !== undefined ? { type: p.type } : {}),
      ...(p.layer !== undefined ? { layer: p.layer } : {}),
      geometry,
      point: placePoint(geometry),
      estimate: p.estimate ?? false,
      ...(p.uncertainty_m !== undefined ? { uncertaintyM: p.uncertainty_m } : {}),
      basis: p.basis,
      citations: p.citations ?? [],
      lineStyle: p.line_style ?? 'line',
      ...(p.width_m !== undefined ? { widthM: p.width_m } : {}),
      ...(p.min_zoom !== undefined ? { minZoom: p.min_zoom } : {}),
      ...(p.note !== undefined ? { note: p.note } : {}),
    });
  }
  return { places, problems };
}
