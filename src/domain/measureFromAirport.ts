import { bearing } from '@turf/bearing';
import { distance } from '@turf/distance';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';

/** Distances of a point from the airport, computed from the data (never typed in). */
export interface AirportDistances {
  /** Great-circle distance from the aerodrome reference point, km. */
  readonly fromReferenceKm: number;
  /** Initial bearing from the reference point to the point, degrees clockwise from north (0–360). */
  readonly bearingDeg: number;
  /** Distance from the runway's paved edge, km (0 on the runway). */
  readonly fromRunwayKm?: number;
}

export interface AirportGeometry {
  readonly reference: readonly [number, number];
  /** Runway centreline from threshold to threshold, and its width. */
  readonly runway?: { readonly centreline: readonly (readonly [number, number])[]; readonly widthM: number };
}

export function measureFromAirport(point: readonly [number, number], airport: AirportGeometry): AirportDistances {
  const from = [airport.reference[0], airport.reference[1]];
  const to = [point[0], point[1]];
  const fromReferenceKm = distance(from, to, { units: 'kilometers' });
  const bearingDeg = (bearing(from, to) + 360) % 360;
  if (!airport.runway) return { fromReferenceKm, bearingDeg };
  const centreline = lineString(airport.runway.centreline.map(([lon, lat]) => [lon, lat]));
  const fromCentre = pointToLineDistance(to, centreline, { units: 'kilometers' });
  return { fromReferenceKm, bearingDeg, fromRunwayKm: Math.max(0, fromCentre - airport.runway.widthM / 2000) };
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** "north-west" for 305°. Eight winds: finer would claim more than estimated places support. */
export function formatCompass(bearingDeg: number): string {
  return COMPASS[Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8] as string;
}

/** "3.0 km" above 1 km, "850 m" below, rounded to what the data supports. */
export function formatDistance(km: number): string {
  if (km < 0.05) return 'less than 50 m';
  if (km < 1) return `${Math.round(km * 20) * 50} m`;
  if (km < 20) return `${km.toFixed(1)} km`;
  return `${Math.round(km)} km`;
}
