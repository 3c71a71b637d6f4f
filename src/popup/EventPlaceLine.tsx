import { useMemo } from 'react';
import type { AirportGeometry } from '../domain/measureFromAirport';
import { formatCompass, formatDistance, measureFromAirport } from '../domain/measureFromAirport';
import type { StoryEvent } from '../domain/storyEvent';

function formatRadius(metres: number): string {
  return metres >= 1000 ? `${(metres / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} km` : `${metres} m`;
}

/** Where an event happened, how well that is known, and how far it is from the airport. */
export function EventPlaceLine({ event, airport }: { event: StoryEvent; airport?: AirportGeometry }) {
  // Computed per event, not per time step: the popup re-renders while time moves.
  const distances = useMemo(
    () => (event.coordinates && airport ? measureFromAirport(event.coordinates, airport) : undefined),
    [event, airport],
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
          <span className="muted"> (± {formatRadius(place.uncertaintyM)})</span>
        )}
      </p>
      {place.estimate && (
        <p className="estimate-detail">
          Approximate location, within {formatRadius(place.uncertaintyM)} (the dashed circle). Basis: {place.basis}
        </p>
      )}
      {distances && (
        <p className="distances">
          {distances.fromReferenceKm < 0.05
            ? 'At the airport reference point'
            : `${formatDistance(distances.fromReferenceKm)} ${formatCompass(distances.bearingDeg)} of the airport reference point`}
          {distances.fromRunwayKm !== undefined &&
            (distances.fromRunwayKm === 0
              ? ' · on the runway'
              : ` · ${formatDistance(distances.fromRunwayKm)} from the runway`)}
          {place.estimate && <span className="muted"> (measured from the estimated point)</span>}
        </p>
      )}
    </div>
  );
}
