import { type DistanceBasis, measureDistances } from '../domain/distances';
import type { StoryPlace } from '../domain/storyPlace';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import { formatDistances } from './DistanceLine';

import { ExternalLink, hostOf } from './ExternalLink';

/** What a place is when the data does not say, by its role. */
const ROLE_LABELS: Record<StoryPlace['role'], string> = interfaceText.place.roles;
const TEXT = interfaceText.place;

/** A fixed place: what it is, how well its position is known and from where. */
export function PlacePopup({
  place,
  distances: basis,
  locale,
}: {
  place: StoryPlace;
  distances?: DistanceBasis;
  /** The story's locale, for numbers. */
  locale: string;
}) {
  const point = place.geometry.type === 'Point' ? place.geometry.coordinates : undefined;
  const distances = point && basis ? measureDistances(point, basis) : undefined;
  return (
    <article className="place-popup-body" data-place-id={place.id}>
      <p className="popup-kind">{place.type ?? ROLE_LABELS[place.role]}</p>
      <h2 className="popup-title" tabIndex={-1}>
        {place.name}
        {place.estimate && <span className="badge badge-estimate">{TEXT.approximate}</span>}
      </h2>
      <p>
        {place.estimate
          ? TEXT.estimatedPosition(
              place.uncertaintyM === undefined
                ? undefined
                : interfaceText.distances.metres(formatNumber(place.uncertaintyM, locale)),
            )
          : place.uncertaintyM === undefined
            ? ''
            : TEXT.positionKnownTo(interfaceText.distances.metres(formatNumber(place.uncertaintyM, locale)))}
        {TEXT.basis}
        {place.basis}
      </p>
      {place.widthM !== undefined && <p>{TEXT.width(place.widthM)}</p>}
      {distances && basis && distances.fromReferenceKm >= 0.05 && (
        <p className="distances">{formatDistances({ ...distances, fromEdgeKm: undefined }, basis, locale)}</p>
      )}
      {place.note && <p className="muted">{place.note}</p>}
      {place.citations.length > 0 && (
        <p className="citations">
          {TEXT.sources}
          {place.citations.map((citation, index) => (
            <span key={citation.url}>
              {index > 0 && ' · '}
              {citation.outlet} (<ExternalLink url={citation.url}>{hostOf(citation.url)}</ExternalLink>)
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
