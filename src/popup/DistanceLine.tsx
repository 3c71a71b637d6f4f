import type { DistanceBasis, Distances } from '../domain/distances';
import { formatCompass, formatDistance } from '../domain/distances';
import { interfaceText } from '../text/interfaceText';

/**
 * Where a point lies from the story's reference place, and from its edge line if it has one, in the story's words:
 * "1.2 km north-west of the blast site · 300 m from the main road".
 */
export function formatDistances(distances: Distances, basis: DistanceBasis, locale: string): string {
  const text = interfaceText.distances;
  const from =
    distances.fromReferenceKm < 0.05
      ? text.at(basis.referenceName)
      : text.from(
          formatDistance(distances.fromReferenceKm, locale),
          formatCompass(distances.bearingDeg),
          basis.referenceName,
        );
  if (distances.fromEdgeKm === undefined || !basis.edge) return from;
  const edge =
    distances.fromEdgeKm === 0
      ? text.onEdge(basis.edge.name)
      : text.fromEdge(formatDistance(distances.fromEdgeKm, locale), basis.edge.name);
  return `${from} · ${edge}`;
}
