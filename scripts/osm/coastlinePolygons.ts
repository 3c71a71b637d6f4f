import { bboxClip } from '@turf/bbox-clip';
import { signedDoubleArea } from '../../src/domain/ringArea';
import type { Box } from '../worldLayer';
import { type Chain, isClosed, mergeChains, type Position, pointInRing } from './osmGeometry';

/** How close to the box's edge a clipped end must be to count as on it, in degrees (~1 mm). */
const EDGE_EPSILON = 1e-8;

export type CoastlineResult = { ok: true; land: Chain[][]; sea: boolean } | { ok: false; message: string };

/** Where a point on the box's edge lies along it, counter-clockwise from the south-west corner; NaN off the edge. */
function edgeDistance([x, y]: Position, [west, south, east, north]: Box): number {
  const width = east - west;
  const height = north - south;
  if (Math.abs(y - south) < EDGE_EPSILON) return x - west;
  if (Math.abs(x - east) < EDGE_EPSILON) return width + (y - south);
  if (Math.abs(y - north) < EDGE_EPSILON) return width + height + (east - x);
  if (Math.abs(x - west) < EDGE_EPSILON) return 2 * width + height + (north - y);
  return Number.NaN;
}

/** A chain cut to the box: the parts inside it, in order, each keeping its direction. */
function clipChain(chain: Chain, box: Box): Chain[] {
  const clipped = bboxClip({ type: 'LineString', coordinates: chain as GeoJSON.Position[] }, [...box]).geometry as
    | GeoJSON.LineString
    | GeoJSON.MultiLineString;
  const parts = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  return parts.filter((part) => part.length >= 2).map((part) => part.map(([x = 0, y = 0]): Position => [x, y]));
}

/**
 * Land polygons of a box from OpenStreetMap's coastline ways, whose convention is land on the left, water on the
 * right. The ways are joined, cut to the box, and each piece that crosses it is closed along the box's edge,
 * counter-clockwise, to the next piece (as osmcoastline does for the whole planet). Closed rings inside the box
 * are islands (counter-clockwise) or water inside the land (clockwise, a hole). A box with no coastline at all is
 * all land, and `sea` is false. A coastline that stops inside the box (the extract does not cover the area, or its
 * coastline is broken) is an error: the land and sea cannot be told apart.
 */
export function coastlinePolygons(coastline: readonly Chain[], box: Box): CoastlineResult {
  const [west, south, east, north] = box;
  const corners: { at: number; point: Position }[] = [
    { at: 0, point: [west, south] },
    { at: east - west, point: [east, south] },
    { at: east - west + (north - south), point: [east, north] },
    { at: 2 * (east - west) + (north - south), point: [west, north] },
  ];
  const perimeter = 2 * (east - west + (north - south));
  const boxRing: Chain = [...corners.map((corner) => corner.point), corners[0]?.point as Position];
  const pieces = mergeChains(
    mergeChains(coastline, false).flatMap((chain) => clipChain(chain, box)),
    false,
  );
  const open: { chain: Chain; entry: number; exit: number }[] = [];
  const islands: Chain[] = [];
  const holes: Chain[] = [];
  for (const chain of pieces) {
    if (isClosed(chain)) {
      (signedDoubleArea(chain as GeoJSON.Position[]) > 0 ? islands : holes).push(chain);
      continue;
    }
    const entry = edgeDistance(chain[0] as Position, box);
    const exit = edgeDistance(chain[chain.length - 1] as Position, box);
    if (Number.isNaN(entry) || Number.isNaN(exit)) {
      const [x, y] = (Number.isNaN(entry) ? chain[0] : chain[chain.length - 1]) as Position;
      return {
        ok: false,
        message: `the coastline stops inside the area at ${y.toFixed(5)}, ${x.toFixed(5)} (lat, lon): the extract does not cover the story's area, or its coastline is broken`,
      };
    }
    open.push({ chain, entry, exit });
  }
  if (open.length === 0 && islands.length === 0 && holes.length === 0)
    return { ok: true, land: [[boxRing]], sea: false };
  const land: Chain[][] = [];
  if (open.length === 0) {
    // No coastline crosses the box: it is land around the water of the holes, or sea around the islands.
    if (holes.length > 0) land.push([boxRing, ...holes]);
    for (const island of islands) land.push([island]);
    return { ok: true, land, sea: true };
  }
  const used = new Set<number>();
  const ahead = (from: number, to: number) => (((to - from) % perimeter) + perimeter) % perimeter;
  for (let start = 0; start < open.length; start++) {
    if (used.has(start)) continue;
    const ring: Position[] = [];
    let current = start;
    for (let guard = 0; guard <= open.length; guard++) {
      used.add(current);
      const piece = open[current] as (typeof open)[number];
      ring.push(...piece.chain);
      // Along the edge, counter-clockwise, to the next piece coming in.
      let next = start;
      let best = Number.POSITIVE_INFINITY;
      open.forEach((candidate, i) => {
        const distance = ahead(piece.exit, candidate.entry);
        if (distance < best && (i === start || !used.has(i))) {
          best = distance;
          next = i;
        }
      });
      const passed = corners
        .filter((corner) => ahead(piece.exit, corner.at) > 0 && ahead(piece.exit, corner.at) < best)
        .sort((a, b) => ahead(piece.exit, a.at) - ahead(piece.exit, b.at));
      ring.push(...passed.map((corner) => corner.point));
      if (next === start) break;
      current = next;
    }
    ring.push(ring[0] as Position);
    if (ring.length >= 4 && signedDoubleArea(ring as GeoJSON.Position[]) > 0) land.push([ring]);
  }
  for (const island of islands) land.push([island]);
  for (const hole of holes) land.find((polygon) => pointInRing(hole[0] as Position, polygon[0] as Chain))?.push(hole);
  return { ok: true, land, sea: true };
}
