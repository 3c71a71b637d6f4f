/**
 * Twice the signed area of a closed ring of [x, y] positions (the shoelace formula), in squared degrees: positive
 * for a counter-clockwise ring, zero for one collapsed onto a line.
 */
export function signedDoubleArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}
