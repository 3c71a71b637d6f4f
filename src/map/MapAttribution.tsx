import { memo } from 'react';
import { ExternalLink } from '../popup/ExternalLink';
import type { BasemapId } from '../state/appState';
import { ONLINE_TILE_SOURCES } from './onlineTileSources';

/** Attribution of everything on the map, as text and links (Leaflet's control would set HTML strings). */
export const MapAttribution = memo(function MapAttribution({ basemap }: { basemap: BasemapId }) {
  const tiles = basemap === 'embedded' ? undefined : ONLINE_TILE_SOURCES[basemap];
  return (
    <div className="map-attribution">
      {tiles?.attribution.map((part) => (
        <span key={part.text}>
          {part.url ? <ExternalLink url={part.url}>{part.text}</ExternalLink> : part.text}
          {' · '}
        </span>
      ))}
      <ExternalLink url="https://www.naturalearthdata.com/">Natural Earth</ExternalLink>
      {' · '}
      <ExternalLink url="https://www.geoboundaries.org/">geoBoundaries</ExternalLink> (CC BY 4.0)
      {' · '}
      <ExternalLink url="https://ourairports.com/">OurAirports</ExternalLink>
      {' · '}
      <ExternalLink url="https://leafletjs.com/">Leaflet</ExternalLink>
    </div>
  );
});
