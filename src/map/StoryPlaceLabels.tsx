import L from 'leaflet';
import { memo, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { KnowledgeView } from '../domain/knownAt';
import { selectPlacesKnownFrom } from '../domain/placesKnownFrom';
import type { StoryEvent } from '../domain/storyEvent';
import type { StoryPlace } from '../domain/storyPlace';
import { createMapLabel } from './createMapLabel';
import { STORY_PANES } from './eventMarkerDrawing';
import { placeLabelText, placesBorrowingPoints } from './placeLabelText';

const NEIGHBOURHOOD_LABEL_MIN_ZOOM = 11;
/** Above the basemap's towns (see layoutLabels): these are the places the story happens at. */
const LABEL_PRIORITY = 70;

export interface StoryPlaceLabelsProps {
  readonly places: readonly StoryPlace[];
  readonly events: readonly StoryEvent[];
  readonly time: number;
  readonly known: KnowledgeView;
}

/**
 * Names of the story's areas known by a point (neighbourhoods) at city zoom, each from the moment a report naming it
 * may have been published (a place is not news before it is reported; knowing what we know now, from the first
 * event there: see `selectPlacesKnownFrom`); estimated ones say so, and one that borrows a sourced place's point is
 * named on the other side. Above online tiles too.
 */
export const StoryPlaceLabels = memo(function StoryPlaceLabels({ places, events, time, known }: StoryPlaceLabelsProps) {
  const map = useMap();
  const labels = useMemo(() => {
    const knownFrom = selectPlacesKnownFrom(places, events, known);
    const neighbourhoods = places.filter((place) => place.role === 'area' && place.geometry.type === 'Point');
    const borrowed = placesBorrowingPoints(neighbourhoods);
    return neighbourhoods.flatMap((place) => {
      const from = knownFrom.get(place.id) ?? Number.POSITIVE_INFINITY;
      if (from === Number.POSITIVE_INFINITY) return [];
      const [lon, lat] = place.point;
      const label = createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
        className: 'neighbourhood-label',
        pane: STORY_PANES.labels.name,
        dot: true,
        priority: LABEL_PRIORITY,
        // The events at the place are drawn on its point: the name goes beside their marker.
        gap: 17,
        placements: borrowed.has(place.id) ? ['left', 'below', 'above', 'right'] : undefined,
      });
      return [{ from, label }];
    });
  }, [places, events, known]);
  const group = useMemo(() => L.layerGroup(), []);

  useEffect(
    function showLabelsAtCityZoom() {
      const update = () => {
        const wanted = map.getZoom() >= NEIGHBOURHOOD_LABEL_MIN_ZOOM;
        if (wanted !== map.hasLayer(group)) wanted ? group.addTo(map) : group.remove();
      };
      update();
      map.on('zoomend', update);
      return function removeLabels() {
        map.off('zoomend', update);
        group.remove();
      };
    },
    [map, group],
  );

  useEffect(
    function showLabelsOfMentionedPlaces() {
      for (const { from, label } of labels) {
        const wanted = time >= from;
        if (wanted !== group.hasLayer(label)) wanted ? group.addLayer(label) : group.removeLayer(label);
      }
    },
    [labels, group, time],
  );
  useEffect(
    () =>
      function forgetLabels() {
        for (const { label } of labels) group.removeLayer(label);
      },
    [group, labels],
  );
  return null;
});
