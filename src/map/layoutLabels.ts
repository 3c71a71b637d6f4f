import type { Box } from './detailsPlacement';

/** Where a label may sit relative to its point. */
export type LabelPlacement = 'right' | 'left' | 'above' | 'below' | 'centre';

/** A label as the layout sees it: its point (layer pixels), its measured size, and how much it matters. */
export interface LabelSpot {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is placed first, so it wins a contested spot. */
  readonly priority: number;
  /** The placements to try, in order: a point label tries its four sides, an area label only its centre. */
  readonly placements: readonly LabelPlacement[];
  /** Distance between the point and the text (the dot or marker it names). */
  readonly gap: number;
  /** The label marks its point with a dot, which no other label may cover once it is placed. */
  readonly dot: boolean;
  /** Degrees the text is turned by (clockwise, about its centre): a street's name written along its road. */
  readonly angle?: number;
  /** The most room the text may take, in pixels (a street's straight stretch): a longer text is left out. */
  readonly span?: number;
}

/** The chosen placement: the text's top-left corner relative to the point, or null when it is left out. */
export type LabelPosition = { readonly placement: LabelPlacement; readonly dx: number; readonly dy: number } | null;

/** Space kept between two labels, in pixels. */
const PADDING = 2;
/** Half the size of a label's dot, in pixels. */
const DOT_RADIUS = 3;

/** When no side is free at the label's gap, it tries them again this much further out (past a marker). */
const FAR = 26;

function offsetFor(spot: LabelSpot, placement: LabelPlacement, gap: number): { dx: number; dy: number } {
  switch (placement) {
    case 'right':
      return { dx: gap, dy: -spot.height / 2 };
    case 'left':
      return { dx: -gap - spot.width, dy: -spot.height / 2 };
    case 'above':
      return { dx: -spot.width / 2, dy: -gap - spot.height };
    case 'below':
      return { dx: -spot.width / 2, dy: gap };
    case 'centre':
      return { dx: -spot.width / 2, dy: -spot.height / 2 };
  }
}

/**
 * The boxes a label covers at an offset: its own, or for a turned text a row of squares along it (a turned
 * text's bounding box would keep a whole street corner from every other name).
 */
function boxesAt(label: LabelSpot, dx: number, dy: number): Box[] {
  const left = label.x + dx;
  const top = label.y + dy;
  if (!label.angle) {
    return [
      {
        left: left - PADDING,
        top: top - PADDING,
        right: left + label.width + PADDING,
        bottom: top + label.height + PADDING,
      },
    ];
  }
  const radians = (label.angle * Math.PI) / 180;
  const [ux, uy] = [Math.cos(radians), Math.sin(radians)];
  const [cx, cy] = [left + label.width / 2, top + label.height / 2];
  const count = Math.max(1, Math.ceil(label.width / label.height));
  const step = label.width / count;
  const half = Math.max(step, label.height) / 2 + PADDING;
  return Array.from({ length: count }, (_, i) => {
    const along = -label.width / 2 + step * (i + 0.5);
    const [x, y] = [cx + ux * along, cy + uy * along];
    return { left: x - half, top: y - half, right: x + half, bottom: y + half };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, view: Box): boolean {
  return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
}

/**
 * Places labels so that none overlaps another or a drawn marker: the most important first, each at the first of
 * its placements that is free and, given a view, whole inside it (beside its point, else a little further out).
 * A label with no such placement is left out: it comes back when the reader zooms in or pans. Pure: sizes and
 * positions in, positions out.
 */
export function layoutLabels(
  labels: readonly LabelSpot[],
  obstacles: readonly Box[],
  view?: Box,
): ReadonlyMap<string, LabelPosition> {
  const order = [...labels].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const taken: Box[] = [...obstacles];
  const result = new Map<string, LabelPosition>();
  for (const label of order) {
    const point = { left: label.x, top: label.y, right: label.x, bottom: label.y };
    if ((view && !inside(point, view)) || (label.span !== undefined && label.width > label.span)) {
      result.set(label.key, null);
      continue;
    }
    const gaps = label.placements.includes('centre') ? [0] : [label.gap, label.gap + FAR];
    const free = gaps
      .flatMap((gap) => label.placements.map((placement) => ({ placement, gap })))
      .map(({ placement, gap }) => {
        const { dx, dy } = offsetFor(label, placement, gap);
        return { placement, dx, dy, boxes: boxesAt(label, dx, dy) };
      })
      .filter((candidate) => !candidate.boxes.some((box) => taken.some((other) => overlaps(box, other))));
    // A label cut by the map's edge reads as another name: it waits for the reader to pan or zoom.
    const shown = (box: Box): Box => ({
      left: box.left + PADDING,
      top: box.top + PADDING,
      right: box.right - PADDING,
      bottom: box.bottom - PADDING,
    });
    const best = free.find((candidate) => !view || candidate.boxes.every((box) => inside(shown(box), view)));
    if (!best) {
      result.set(label.key, null);
      continue;
    }
    taken.push(...best.boxes);
    if (label.dot) {
      taken.push({
        left: label.x - DOT_RADIUS,
        top: label.y - DOT_RADIUS,
        right: label.x + DOT_RADIUS,
        bottom: label.y + DOT_RADIUS,
      });
    }
    result.set(label.key, { placement: best.placement, dx: Math.round(best.dx), dy: Math.round(best.dy) });
  }
  return result;
}
