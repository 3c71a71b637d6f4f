/** A marker as the layout sees it: where its point is on screen (layer pixels), its size and how much it matters. */
export interface MarkerSpot {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** Half its size in pixels. */
  readonly radius: number;
  /** Higher is drawn on top and named: the selected event, then current events, then later ones, then places. */
  readonly priority: number;
}

/** Where a marker is drawn, and whether it stands for others. */
export interface MarkerPlacement {
  /** Drawn (true), or hidden under the marker `under` stands for. */
  readonly drawn: boolean;
  /** The marker that stands for this one when it is hidden. */
  readonly under?: string;
  /** For a drawn marker: how many markers it stands for, itself included. */
  readonly count: number;
  /** Whether the markers it stands for all share its point (spread them) or lie near it (zoom in to part them). */
  readonly samePoint: boolean;
  /** Offset from its point in pixels: non-zero only for a spread stack. */
  readonly offset: readonly [number, number];
}

export interface MarkerLayoutOptions {
  /** Points (by `pointKey`) whose markers the reader asked to spread. */
  readonly spread: ReadonlySet<string>;
  /** Spread every shared point (the map is zoomed in far enough for it). */
  readonly spreadAll: boolean;
  /**
   * Two drawn markers closer than this (plus the difference of their sizes) on either axis would leave the lower
   * one less than a 24-pixel target (WCAG 2.2, 2.5.8): the lower one is hidden under the other and counted.
   */
  readonly minSeparation: number;
}

/** Markers whose points round to the same pixel share a point. */
export function pointKey(x: number, y: number): string {
  return `${Math.round(x)},${Math.round(y)}`;
}

interface Unit {
  readonly top: MarkerSpot;
  readonly x: number;
  readonly y: number;
  readonly members: MarkerSpot[];
  samePoint: boolean;
}

/**
 * Lays out markers so that each stays at its true point: markers sharing a point are stacked under the one that
 * matters most, with a count, and spread around it only on demand (`spread`, or `spreadAll` at close zoom);
 * markers too close to be told apart (and targeted) are likewise hidden under the more important one. Nothing is
 * displaced except a spread stack. Pure: positions in, placements out.
 */
export function layoutMarkers(
  spots: readonly MarkerSpot[],
  options: MarkerLayoutOptions,
): ReadonlyMap<string, MarkerPlacement> {
  const byPriority = [...spots].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const placements = new Map<string, MarkerPlacement>();
  const points = new Map<string, MarkerSpot[]>();
  for (const spot of byPriority) {
    const key = pointKey(spot.x, spot.y);
    const members = points.get(key);
    if (members) members.push(spot);
    else points.set(key, [spot]);
  }
  const units: Unit[] = [];
  for (const [key, members] of points) {
    const first = members[0] as MarkerSpot;
    if (members.length > 1 && (options.spreadAll || options.spread.has(key))) {
      const size = Math.max(...members.map((member) => member.radius * 2));
      const offsets = fanOutOffsets(members.length, size);
      members.forEach((member, i) => {
        const [dx, dy] = offsets[i] ?? [0, 0];
        placements.set(member.key, { drawn: true, count: 1, samePoint: true, offset: [dx, dy] });
      });
      continue;
    }
    units.push({ top: first, x: first.x, y: first.y, members: [...members], samePoint: true });
  }
  // Nearby stacks: the more important one stands for the other.
  units.sort((a, b) => b.top.priority - a.top.priority || (a.top.key < b.top.key ? -1 : 1));
  const kept: Unit[] = [];
  for (const unit of units) {
    const host = kept.find((other) => {
      const limit = options.minSeparation + Math.abs(other.top.radius - unit.top.radius);
      return Math.abs(other.x - unit.x) < limit && Math.abs(other.y - unit.y) < limit;
    });
    if (!host) {
      kept.push(unit);
      continue;
    }
    host.members.push(...unit.members);
    host.samePoint = false;
  }
  for (const unit of kept) {
    placements.set(unit.top.key, {
      drawn: true,
      count: unit.members.length,
      samePoint: unit.samePoint,
      offset: [0, 0],
    });
    for (const member of unit.members) {
      if (member === unit.top) continue;
      placements.set(member.key, {
        drawn: false,
        under: unit.top.key,
        count: 0,
        samePoint: unit.samePoint,
        offset: [0, 0],
      });
    }
  }
  return placements;
}

/**
 * Pixel offsets that spread `count` markers drawn at the same point around it, on a ring large enough that
 * neighbours of `size` pixels keep apart by more than their size on some axis (each stays a whole target): the
 * first at the top, then clockwise. Used only when the reader asks (a click on a stack, or close zoom); their
 * popups and uncertainty circles stay at the true point.
 */
export function fanOutOffsets(count: number, size: number): [number, number][] {
  if (count <= 1) return count === 1 ? [[0, 0]] : [];
  // Neighbours on the ring are a chord apart; on a diagonal only chord/√2 of it counts on either axis.
  const chord = size * 1.5;
  const radius = Math.max(size * 0.8, chord / (2 * Math.sin(Math.PI / count)));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
  });
}
