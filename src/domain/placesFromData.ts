/**
 * Places from data that has passed the places schema (domain/placeSchema.ts): converted, labelled at a point inside
 * them, never checked here. This module imports no schema library, so that a page showing data the build has
 * checked loads none.
 */
import polylabel from 'polylabel';
import type { RawPlaceFeature } from './placeSchema';
import { signedDoubleArea } from './ringArea';
import type { StoryPlace } from './storyPlace';

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

/** A place's geometry, with only longitude and latitude kept. */
export function toPlaceGeometry(raw: RawPlaceFeature['geometry']): StoryPlace['geometry'] {
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

/** A place from its feature (and its geometry, if already converted). */
export function toStoryPlace(
  feature: RawPlaceFeature,
  geometry: StoryPlace['geometry'] = toPlaceGeometry(feature.geometry),
): StoryPlace {
  const p = feature.properties;
  return {
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
    ...(p.reported_by !== undefined ? { reportedBy: p.reported_by } : {}),
    lineStyle: p.line_style ?? 'line',
    ...(p.width_m !== undefined ? { widthM: p.width_m } : {}),
    ...(p.min_zoom !== undefined ? { minZoom: p.min_zoom } : {}),
    ...(p.note !== undefined ? { note: p.note } : {}),
  };
}

/** The places of a file the build has checked (see domain/checkedFiles.ts), in file order. */
export function convertCheckedPlaces(value: unknown): StoryPlace[] {
  return (value as { features: readonly RawPlaceFeature[] }).features.map((feature) => toStoryPlace(feature));
}
