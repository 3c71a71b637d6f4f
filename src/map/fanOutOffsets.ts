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
