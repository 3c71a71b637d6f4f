import { signedDoubleArea } from '../../src/domain/ringArea';
import type { OsmExtract, OsmRelation, OsmWay } from './readOsmExtract';

export type Position = [number, number];
export type Chain = Position[];

const keyOf = ([x, y]: Position): string => `${x},${y}`;

/**
 * A way's positions, in order, as the parts that have every node in the extract (a way cut by the extract's edge,
 * or by the kept box, becomes the pieces that are there).
 */
export function wayParts(way: OsmWay, position: OsmExtract['position']): Chain[] {
  const parts: Chain[] = [];
  let part: Chain = [];
  for (const ref of way.refs) {
    const at = position(ref);
    if (at) {
      part.push(at);
      continue;
    }
    if (part.length >= 2) parts.push(part);
    part = [];
  }
  if (part.length >= 2) parts.push(part);
  return parts;
}

/** A closed way's ring, when every node of it is in the extract. */
export function wayRing(way: OsmWay, position: OsmExtract['position']): Chain | undefined {
  if (way.refs.length < 4 || way.refs[0] !== way.refs[way.refs.length - 1]) return undefined;
  const parts = wayParts(way, position);
  return parts.length === 1 && parts[0]?.length === way.refs.length ? parts[0] : undefined;
}

export function isClosed(chain: readonly Position[]): boolean {
  const first = chain[0];
  const last = chain[chain.length - 1];
  return chain.length >= 4 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/**
 * Joins chains that meet end to start into longer ones (a coastline's ways, a ring's members, a street's ways).
 * With `reversible`, a chain may be turned round to meet another (ways of a multipolygon or a street); without,
 * direction is kept (the coastline: land on its left). Chains that close on themselves come out closed.
 */
export function mergeChains(input: readonly (readonly Position[])[], reversible: boolean): Chain[] {
  const chains: (Chain | undefined)[] = input.filter((chain) => chain.length >= 2).map((chain) => [...chain]);
  const byStart = new Map<string, Set<number>>();
  const byEnd = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, index: number) => {
    const set = map.get(key) ?? new Set<number>();
    set.add(index);
    map.set(key, set);
  };
  const index = (i: number) => {
    const chain = chains[i] as Chain;
    add(byStart, keyOf(chain[0] as Position), i);
    add(byEnd, keyOf(chain[chain.length - 1] as Position), i);
  };
  const unindex = (i: number) => {
    const chain = chains[i] as Chain;
    byStart.get(keyOf(chain[0] as Position))?.delete(i);
    byEnd.get(keyOf(chain[chain.length - 1] as Position))?.delete(i);
  };
  const take = (set: Set<number> | undefined, not: number): number | undefined => {
    for (const candidate of set ?? []) if (candidate !== not) return candidate;
    return undefined;
  };
  for (let i = 0; i < chains.length; i++) index(i);
  const result: Chain[] = [];
  for (let i = 0; i < chains.length; i++) {
    let chain = chains[i];
    if (!chain) continue;
    unindex(i);
    chains[i] = undefined;
    // Grow at the end, then at the start, until nothing more meets it or it closes.
    for (const atEnd of [true, false]) {
      while (!isClosed(chain)) {
        const tip = keyOf((atEnd ? chain[chain.length - 1] : chain[0]) as Position);
        // At the end, a chain that starts there follows; at the start, one that ends there comes before.
        let other = take((atEnd ? byStart : byEnd).get(tip), i);
        let flip = false;
        if (other === undefined && reversible) {
          other = take((atEnd ? byEnd : byStart).get(tip), i);
          flip = other !== undefined;
        }
        if (other === undefined) break;
        unindex(other);
        const joined = chains[other] as Chain;
        chains[other] = undefined;
        if (flip) joined.reverse();
        chain = atEnd ? [...chain, ...joined.slice(1)] : [...joined, ...chain.slice(1)];
      }
    }
    result.push(chain);
  }
  return result;
}

/** Whether a point lies inside a ring (even-odd rule). */
export function pointInRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The polygons of a multipolygon relation: its outer members joined into rings, each inner ring put in the outer
 * ring that holds it. Rings that do not close (members missing from the extract) are left out; undefined when no
 * outer ring is left.
 */
export function relationPolygons(
  relation: OsmRelation,
  waysById: ReadonlyMap<number, OsmWay>,
  position: OsmExtract['position'],
): Chain[][] | undefined {
  const outers: Position[][] = [];
  const inners: Position[][] = [];
  for (const member of relation.members) {
    if (member.type !== 'way') continue;
    const way = waysById.get(member.ref);
    if (!way) continue;
    const parts = wayParts(way, position);
    (member.role === 'inner' ? inners : outers).push(...parts);
  }
  const outerRings = mergeChains(outers, true).filter(isClosed);
  if (outerRings.length === 0) return undefined;
  const polygons: Chain[][] = outerRings.map((ring) => [ring]);
  for (const inner of mergeChains(inners, true).filter(isClosed)) {
    const holder = polygons.find((polygon) => pointInRing(inner[0] as Position, polygon[0] as Chain));
    holder?.push(inner);
  }
  return polygons;
}

/** A ring turned to the orientation asked for (counter-clockwise for an outer ring, in lon/lat). */
export function orient(ring: Chain, counterClockwise: boolean): Chain {
  const ccw = signedDoubleArea(ring as GeoJSON.Position[]) > 0;
  return ccw === counterClockwise ? ring : [...ring].reverse();
}
