import type { AirportGeometry } from '../domain/measureFromAirport';
import { formatCompass, formatDistance, measureFromAirport } from '../domain/measureFromAirport';
import type { StoryPlace } from '../domain/storyPlace';
import { ExternalLink, hostOf } from './ExternalLink';

const CATEGORY_LABELS: Record<StoryPlace['category'], string> = {
  'airport-reference': 'Aerodrome reference point',
  runway: 'Runway',
  'runway-threshold': 'Runway threshold',
  gate: 'Airport gate',
  building: 'Building',
  neighbourhood: 'Neighbourhood',
  city: 'City',
};

/** A fixed place: what it is, how well its position is known and from where. */
export function PlacePopup({ place, airport }: { place: StoryPlace; airport?: AirportGeometry }) {
  const point = place.geometry.type === 'Point' ? place.geometry.coordinates : undefined;
  const distances = point && airport ? measureFromAirport(point, airport) : undefined;
  return (
    <article className="place-popup-body" data-place-id={place.id}>
      <p className="popup-kind">{CATEGORY_LABELS[place.category]}</p>
      <h2 className="popup-title" tabIndex={-1}>
        {place.name}
        {place.estimate && <span className="badge badge-estimate">approximate</span>}
      </h2>
      <p>
        {place.estimate
          ? `Estimated position, within ${place.uncertaintyM.toLocaleString('en-GB')} m (the dashed circle). `
          : `Position known to ± ${place.uncertaintyM.toLocaleString('en-GB')} m. `}
        Basis: {place.basis}
      </p>
      {place.widthM !== undefined && <p>Width {place.widthM} m (published).</p>}
      {distances && distances.fromReferenceKm >= 0.05 && (
        <p className="distances">
          {formatDistance(distances.fromReferenceKm)} {formatCompass(distances.bearingDeg)} of the airport reference
          point
        </p>
      )}
      {place.note && <p className="muted">{place.note}</p>}
      {place.citations.length > 0 && (
        <p className="citations">
          Sources:{' '}
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
