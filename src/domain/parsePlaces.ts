import type { DataProblem } from './dataProblem';
import { type BoundingBox, checkPosition, parseFeatureCollection } from './parseFeatureCollection';
import { placeFeatureSchema } from './placeSchema';
import { toPlaceGeometry, toStoryPlace } from './placesFromData';
import { ROLE_GEOMETRIES, type StoryPlace } from './storyPlace';

export interface ParsedPlaces {
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
}

type Position = readonly [number, number];

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
    const geometry = toPlaceGeometry(feature.geometry);
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
    places.push(toStoryPlace(feature, geometry));
  }
  return { places, problems };
}
