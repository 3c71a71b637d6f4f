import L from 'leaflet';
import { memo, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { StoryPlace } from '../domain/storyPlace';
import { createMapLabel } from './createMapLabel';
import { STORY_PANES } from './eventMarkerDrawing';

const NEIGHBOURHOOD_LABEL_MIN_ZOOM = 12;

/** Names of the story's neighbourhoods at city zoom; estimated ones say so. Above online tiles too. */
export const StoryPlaceLabels = memo(function StoryPlaceLabels({ places }: { places: readonly StoryPlace[] }) {
  const map = useMap();
  const labels = useMemo(() => {
    const group = L.layerGroup();
    const labelled = new Set<string>();
    for (const place of places) {
      if (place.category !== 'neighbourhood' || place.geometry.type !== 'Point') continue;
      const [lon, lat] = place.geometry.coordinates;
      // One label per spot: a reported area centred on a named neighbourhood takes that neighbourhood's label.
      const spot = `${lon},${lat}`;
      if (labelled.has(spot)) continue;
      labelled.add(spot);
      const text = place.estimate ? `${place.name} (approx.)` : place.name;
      group.addLayer(createMapLabel(L.latLng(lat, lon), text, 'neighbourhood-label', STORY_PANES.labels.name, true));
    }
    return group;
  }, [places]);
  useEffect(
    function showLabelsAtCityZoom() {
      const update = () => {
        const wanted = map.getZoom() >= NEIGHBOURHOOD_LABEL_MIN_ZOOM;
        if (wanted !== map.hasLayer(labels)) wanted ? labels.addTo(map) : labels.remove();
      };
      update();
      map.on('zoomend', update);
      return function removeLabels() {
        map.off('zoomend', update);
        labels.remove();
      };
    },
    [map, labels],
  );
  return null;
});
