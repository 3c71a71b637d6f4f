/**
 * Pixel offsets that spread `count` markers drawn at the same point around it, on a ring just large enough for
 * markers of `size` pixels not to cover each other (the first one at the top, then clockwise). One marker is
 * not moved. Their popups and uncertainty circles stay at the true point.
 */
export function fanOutOffsets(count: number, size: number): [number, number][] {
  if (count <= 1) return count === 1 ? [[0, 0]] : [];
  const radius = Math.max(size * 0.6, (count * size * 0.95) / (2 * Math.PI));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
  });
}
