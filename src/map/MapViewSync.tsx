import L from 'leaflet';
import { memo, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { StoryEvent } from '../domain/storyEvent';
import type { MapViewState, SelectionOrigin } from '../state/appState';

export interface MapViewSyncProps {
  readonly onView: (view: MapViewState) => void;
  readonly selected: StoryEvent | undefined;
  readonly selectionOrigin: SelectionOrigin;
  readonly reducedMotion: boolean;
}

/**
 * Reports the map view (for shareable links) and brings a selected event into view when it was chosen from the
 * list or a link: a pan, or a zoom out when its uncertainty circle would not fit. No animation under reduced motion.
 */
export const MapViewSync = memo(function MapViewSync({
  onView,
  selected,
  selectionOrigin,
  reducedMotion,
}: MapViewSyncProps) {
  const map = useMap();
  const report = useRef(onView);
  report.current = onView;

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

  const coordinates = selected?.coordinates;
  const radius = selected?.place?.uncertaintyM ?? 0;
  useEffect(
    function bringSelectedIntoView() {
      if (!coordinates || selectionOrigin !== 'list') return;
      const at = L.latLng(coordinates[1], coordinates[0]);
      const area = at.toBounds(radius * 2);
      const options = { animate: !reducedMotion, maxZoom: map.getZoom() };
      if (!map.getBounds().contains(area) && map.getBoundsZoom(area) < map.getZoom()) map.fitBounds(area, options);
      else map.panTo(at, { animate: !reducedMotion });
    },
    [map, coordinates, radius, selectionOrigin, reducedMotion],
  );
  return null;
});
