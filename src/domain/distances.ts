import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import type { StoryConfig } from './storyConfig';
import type { StoryPlace } from './storyPlace';

type Position = readonly [number, number];

/** What distances are measured from (the story's distances module, resolved against its places). */
export interface DistanceBasis {
  readonly reference: Position;
  /** As a sentence names it: "1.2 km north-west of <referenceName>". */
  readonly referenceName: string;
  /** A line whose nearest edge distances are also given from, and its half width (0 for a plain line). */
  readonly edge?: { readonly line: readonly Position[]; readonly halfWidthKm: number; readonly name: string };
}

/** Distances of a point from the basis, computed from the data (never typed in). */
export interface Distances {
  /** Great-circle distance from the reference place, km. */
  readonly fromReferenceKm: number;
  /** Initial bearing from the reference place to the point, degrees clockwise from north (0–360). */
  readonly bearingDeg: number;
  /** Distance from the edge line (its paved edge for a strip), km (0 on it). */
  readonly fromEdgeKm?: number;
}

/**
 * The story's distance basis, or undefined when it has no distances module. The places were checked against
 * the module (checkStoryConsistency): the reference is a point, the edge a line.
 */
export function resolveDistanceBasis(config: StoryConfig, places: readonly StoryPlace[]): DistanceBasis | undefined {
  const module = config.modules.distances;
  if (!module) return undefined;
  const reference = places.find((place) => place.id === module.fromPlaceId);
  if (reference?.geometry.type !== 'Point') return undefined;
  const edgePlace = module.edge && places.find((place) => place.id === module.edge?.placeId);
  return {
    reference: reference.geometry.coordinates,
    referenceName: module.fromName,
    ...(module.edge && edgePlace?.geometry.type === 'LineString'
      ? {
          edge: {
            line: edgePlace.geometry.coordinates,
            halfWidthKm: edgePlace.lineStyle === 'strip' ? (edgePlace.widthM ?? 0) / 2000 : 0,
            name: module.edge.name,
          },
        }
      : {}),
  };
}

export function measureDistances(point: Position, basis: DistanceBasis): Distances {
  const from = [basis.reference[0], basis.reference[1]];
  const to = [point[0], point[1]];
  const fromReferenceKm = distance(from, to, { units: 'kilometers' });
  const bearingDeg = (bearing(from, to) + 360) % 360;
  if (!basis.edge) return { fromReferenceKm, bearingDeg };
  const line = lineString(basis.edge.line.map(([lon, lat]) => [lon, lat]));
  const fromLine = pointToLineDistance(to, line, { units: 'kilometers' });
  return { fromReferenceKm, bearingDeg, fromEdgeKm: Math.max(0, fromLine - basis.edge.halfWidthKm) };
}

/** "north-west" for 305°. Eight winds: finer would claim more than estimated places support. */
export function formatCompass(bearingDeg: number): string {
  return interfaceText.distances.compass[Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8] as string;
}

/** "3.0 km" above 1 km, "850 m" below, rounded to what the data supports, in the story's locale ("3,0 km"). */
export function formatDistance(km: number, locale: string): string {
  const text = interfaceText.distances;
  if (km < 0.05) return text.lessThan50m;
  if (km < 1) return text.metres(formatNumber(Math.round(km * 20) * 50, locale));
  if (km < 20) return text.kilometres(formatNumber(km, locale, { fractionDigits: 1 }));
  return text.kilometres(formatNumber(Math.round(km), locale));
}
