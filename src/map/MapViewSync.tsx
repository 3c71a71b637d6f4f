import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapViewStore } from '../state/mapViewStore';

/**
 * Writes the map's view into its store when a move ends (for shareable links), without a React update: the page
 * does not re-render as the reader pans. Bringing a selected event into view is the popup's placement
 * (useLeafletPopup), which knows the popup's size and the page.
 */
export const MapViewSync = memo(function MapViewSync({ store }: { store: MapViewStore }) {
  const map = useMap();
  useEffect(
    function reportViewChanges() {
      const onMoveEnd = () => {
        const centre = map.getCenter();
        store.setView({ lat: Number(centre.lat.toFixed(5)), lon: Number(centre.lng.toFixed(5)), zoom: map.getZoom() });
      };
      map.on('moveend', onMoveEnd);
      return () => {
        map.off('moveend', onMoveEnd);
      };
    },
    [map, store],
  );
  return null;
});
