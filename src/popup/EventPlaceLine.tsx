import { useMemo } from 'react';
import { type DistanceBasis, measureDistances } from '../domain/distances';
import type { StoryEvent } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import { formatDistances } from './DistanceLine';

const TEXT = interfaceText.place;

/** "3 km", "800 m": a radius as the story's locale writes it. */
export function formatRadius(metres: number, locale: string): string {
  return metres >= 1000
    ? interfaceText.distances.kilometres(formatNumber(metres / 1000, locale, { maxFractionDigits: 1 }))
    : interfaceText.distances.metres(formatNumber(metres, locale));
}

/** Where an event happened, how well that is known, and how far it is from the story's reference place. */
export function EventPlaceLine({
  event,
  distances: basis,
  named = true,
  locale,
}: {
  event: StoryEvent;
  distances?: DistanceBasis;
  /** False before any source that names or locates the place may have been published: the name is withheld. */
  named?: boolean;
  locale: string;
}) {
  // Computed per event, not per time step: the popup re-renders while time moves.
  const distances = useMemo(
    () => (event.coordinates && basis ? measureDistances(event.coordinates, basis) : undefined),
    [event, basis],
  );
  if (!event.coordinates || !event.place) {
    return (
      <p className="popup-place">
        {event.placeName ?? TEXT.noPlace} <span className="muted">{TEXT.notOnMap}</span>
      </p>
    );
  }
  const place = event.place;
  if (!named) {
    return (
      <div className="popup-place">
        <p className="muted">{TEXT.notYetNamed}</p>
        {distances && basis && <p className="distances">{formatDistances(distances, basis, locale)}</p>}
      </div>
    );
  }
  return (
    <div className="popup-place">
      <p>
        <span className="place-name">{place.name}</span>
        {place.estimate ? (
          <span className="badge badge-estimate">{TEXT.approximate}</span>
        ) : (
          place.uncertaintyM !== undefined && (
            <span className="muted"> (± {formatRadius(place.uncertaintyM, locale)})</span>
          )
        )}
      </p>
      {place.estimate && (
        <p className="estimate-detail">
          {TEXT.approximateLocation(formatRadius(place.uncertaintyM ?? 0, locale))}
          {place.basis}
        </p>
      )}
      {distances && basis && (
        <p className="distances">
          {formatDistances(distances, basis, locale)}
          {place.estimate && <span className="muted">{TEXT.measuredFromEstimate}</span>}
        </p>
      )}
    </div>
  );
}
