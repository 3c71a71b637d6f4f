/** A box in a map's container pixels. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** How far from each edge of the map things must stay (clear of its controls and notices). */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The map's size in pixels. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

/** The shift of one axis that brings [low, high] inside [min, max]; when it cannot fit, `low` wins (the head). */
function shiftInto(low: number, high: number, min: number, max: number): number {
  if (high - low > max - min || low < min) return min - low;
  if (high > max) return max - high;
  return 0;
}

/**
 * How far to move the map's content (x, y in pixels; positive moves it right and down) so that an event's
 * details and its marker are whole inside the map, clear of the insets: the least movement that does it. When
 * the two do not fit together, the top and left of the details win: the reader sees its head (kind, status,
 * title, time, place) rather than its marker. Pass no details for a bottom sheet, which has its own place: then
 * the marker goes inside the part of the map the sheet leaves free (the sheet's height is in `insets.bottom`).
 */
export function detailsPan(
  view: ViewSize,
  marker: Box,
  details: Box | undefined,
  insets: Insets,
): readonly [number, number] {
  const box = details
    ? {
        left: Math.min(details.left, marker.left),
        top: Math.min(details.top, marker.top),
        right: Math.max(details.right, marker.right),
        bottom: Math.max(details.bottom, marker.bottom),
      }
    : marker;
  const dx = shiftInto(box.left, box.right, insets.left, view.width - insets.right);
  const dy = shiftInto((details ?? marker).top, box.bottom, insets.top, view.height - insets.bottom);
  return [Math.round(dx), Math.round(dy)];
}
