import { useMemo } from 'react';
import { type DistanceBasis, measureDistances } from '../domain/distances';
import type { StoryEvent } from '../domain/storyEvent';
import { formatDistances } from './DistanceLine';

function formatRadius(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} km` : `${metres} m`;
}

/** Where an event happened, how well that is known, and how far it is from the story's reference place. */
export function EventPlaceLine({ event, distances: basis }: { event: StoryEvent; distances?: DistanceBasis }) {
  // Computed per event, not per time step: the popup re-renders while time moves.
  const distances = useMemo(
    () => (event.coordinates && basis ? measureDistances(event.coordinates, basis) : undefined),
    [event, basis],
  );
  if (!event.coordinates || !event.place) {
    return (
      <p className="popup-place">
        {event.placeName ?? 'No place on this map'} <span className="muted">(not on the map)</span>
      </p>
    );
  }
  const place = event.place;
  return (
    <div className="popup-place">
      <p>
        <span className="place-name">{place.name}</span>
        {place.estimate ? (
          <span className="badge badge-estimate">approximate</span>
        ) : (
          place.uncertaintyM !== undefined && <span className="muted"> (± {formatRadius(place.uncertaintyM)})</span>
        )}
      </p>
      {place.estimate && (
        <p className="estimate-detail">
          Approximate location, within {formatRadius(place.uncertaintyM ?? 0)} (the dashed circle). Basis: {place.basis}
        </p>
      )}
      {distances && basis && (
        <p className="distances">
          {formatDistances(distances, basis)}
          {place.estimate && <span className="muted"> (measured from the estimated point)</span>}
        </p>
      )}
    </div>
  );
}
