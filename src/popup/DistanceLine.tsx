import type { DistanceBasis, Distances } from '../domain/distances';
import { formatCompass, formatDistance } from '../domain/distances';

/**
 * Where a point lies from the story's reference place, and from its edge line if it has one, in the story's words:
 * "1.2 km north-west of the blast site · 300 m from the main road".
 */
export function formatDistances(distances: Distances, basis: DistanceBasis): string {
  const from =
    distances.fromReferenceKm < 0.05
      ? `At ${basis.referenceName}`
      : `${formatDistance(distances.fromReferenceKm)} ${formatCompass(distances.bearingDeg)} of ${basis.referenceName}`;
  if (distances.fromEdgeKm === undefined || !basis.edge) return from;
  const edge =
    distances.fromEdgeKm === 0
      ? `on ${basis.edge.name}`
      : `${formatDistance(distances.fromEdgeKm)} from ${basis.edge.name}`;
  return `${from} · ${edge}`;
}
