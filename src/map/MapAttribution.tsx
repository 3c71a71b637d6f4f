import { memo } from 'react';
import type { AttributionPart } from '../domain/publication';
import { ExternalLink } from '../popup/ExternalLink';
import type { BasemapId } from '../state/appState';
import { ONLINE_TILE_SOURCES } from './onlineTileSources';

/**
 * Attribution of everything on the map, as text and links (Leaflet's control would set HTML strings): the online
 * tiles when shown, the story's own credits (story.json's publication.attribution), and Leaflet.
 */
export const MapAttribution = memo(function MapAttribution({
  basemap,
  credits,
}: {
  basemap: BasemapId;
  credits: readonly AttributionPart[];
}) {
  const tiles = basemap === 'embedded' ? [] : ONLINE_TILE_SOURCES[basemap].attribution;
  const parts: readonly AttributionPart[] = [...tiles, ...credits];
  return (
    <div className="map-attribution">
      {parts.map((part, index) => (
        // Credits are the story's data: two may share a name, so the position keys them.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole, never reordered
        <span key={index}>
          {part.url ? <ExternalLink url={part.url}>{part.text}</ExternalLink> : part.text}
          {part.licence ? ` (${part.licence})` : ''}
          {' · '}
        </span>
      ))}
      <ExternalLink url="https://leafletjs.com/">Leaflet</ExternalLink>
    </div>
  );
});
