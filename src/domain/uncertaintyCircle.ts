import { circle } from '@turf/circle';

/**
 * The ring of an uncertainty circle around a point: `radiusM` metres on the ground in every direction
 * (a geodesic circle from @turf/circle, not a buffer), as [longitude, latitude] positions, closed.
 */
export function buildUncertaintyCircle(
  center: readonly [number, number],
  radiusM: number,
  steps = 64,
): [number, number][] {
  const polygon = circle([center[0], center[1]], radiusM / 1000, { steps, units: 'kilometers' });
  return (polygon.geometry.coordinates[0] ?? []).map(([lon, lat]) => [lon as number, lat as number]);
}
