import type { DataProblem } from './dataProblem';
import { type BoundingBox, checkPosition, parseFeatureCollection } from './parseFeatureCollection';
import { placeFeatureSchema } from './placeSchema';
import type { StoryPlace } from './storyPlace';

export interface ParsedPlaces {
  readonly places: readonly StoryPlace[];
  readonly problems: readonly DataProblem[];
}

/** Parses places.geojson; invalid features are skipped and reported, the rest returned in file order. */
export function parsePlaces(file: string, value: unknown, area?: BoundingBox): ParsedPlaces {
  const { accepted, problems: schemaProblems } = parseFeatureCollection(file, value, placeFeatureSchema);
  const problems: DataProblem[] = [...schemaProblems];
  const places: StoryPlace[] = [];
  for (const feature of accepted) {
    const positions = feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const positionProblem = positions.map((position) => checkPosition(position, area)).find(Boolean);
    if (positionProblem) {
      problems.push({ file, featureId: feature.id, field: 'geometry.coordinates', message: positionProblem });
      continue;
    }
    if (feature.properties.category === 'runway' && feature.geometry.type !== 'LineString') {
      problems.push({
        file,
        featureId: feature.id,
        field: 'geometry',
        message: 'expected a runway as a LineString from threshold to threshold',
      });
      continue;
    }
    const p = feature.properties;
    places.push({
      id: feature.id,
      name: p.name,
      category: p.category,
      geometry:
        feature.geometry.type === 'Point'
          ? { type: 'Point', coordinates: [feature.geometry.coordinates[0], feature.geometry.coordinates[1]] }
          : {
              type: 'LineString',
              coordinates: feature.geometry.coordinates.map(([lon, lat]) => [lon, lat] as const),
            },
      estimate: p.estimate,
      uncertaintyM: p.uncertainty_m,
      basis: p.basis,
      citations: p.citations ?? [],
      widthM: p.width_m,
      note: p.note,
    });
  }
  return { places, problems };
}
