import { bearing } from '@turf/bearing';
import { destination } from '@turf/destination';

/**
 * A strip (a paved road or landing strip) as drawn: the rectangle `widthM` wide around the centreline between
 * its two published ends.
 * Returns a closed ring of [longitude, latitude] positions. Nothing beyond the two thresholds and the published
 * width is assumed.
 */
export function buildStripPolygon(
  thresholds: readonly [readonly [number, number], readonly [number, number]],
  widthM: number,
): [number, number][] {
  const [a, b] = thresholds;
  const heading = bearing([a[0], a[1]], [b[0], b[1]]);
  const halfKm = widthM / 2000;
  const offset = (point: readonly [number, number], side: number): [number, number] => {
    const [lon, lat] = destination([point[0], point[1]], halfKm, heading + side, { units: 'kilometers' }).geometry
      .coordinates as [number, number];
    return [lon, lat];
  };
  const ring = [offset(a, -90), offset(b, -90), offset(b, 90), offset(a, 90)];
  return [...ring, ring[0] as [number, number]];
}
