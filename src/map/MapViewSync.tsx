import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapViewState } from '../state/appState';

/**
 * Reports the map view (for shareable links) when a move ends. Bringing a selected event into view is the
 * popup's placement (useLeafletPopup), which knows the popup's size and the page.
 */
export const MapViewSync = memo(function MapViewSync({ onView }: { onView: (view: MapViewState) => void }) {
  const map = useMap();
  const report = useRef(onView);
  useLayoutEffect(function keepLatestReporter() {
    report.current = onView;
  });

  useEffect(
    function reportViewChanges() {
      const onMoveEnd = () => {
        const centre = map.getCenter();
        report.current({ lat: Number(centre.lat.toFixed(5)), lon: Number(centre.lng.toFixed(5)), zoom: map.getZoom() });
      };
      map.on('moveend', onMoveEnd);
      return () => {
        map.off('moveend', onMoveEnd);
      };
    },
    [map],
  );
  return null;
});
