import L from 'leaflet';
import { memo, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { AirportGeometry } from '../domain/measureFromAirport';
import { buildRunwayPolygon } from '../domain/runwayPolygon';
import { AIRPORT_CATEGORIES, type StoryPlace } from '../domain/storyPlace';
import { buildUncertaintyCircle } from '../domain/uncertaintyCircle';
import { PlacePopup } from '../popup/PlacePopup';
import { createMapLabel } from './createMapLabel';
import { STORY_PANES } from './eventMarkerDrawing';
import { fanOutOffsets } from './fanOutOffsets';
import { prepareFocusableMarker } from './prepareFocusableMarker';
import { useLeafletPopup } from './useLeafletPopup';

export interface AirportLayerProps {
  readonly places: readonly StoryPlace[];
  readonly airport?: AirportGeometry;
  readonly visible: boolean;
  readonly reducedMotion: boolean;
}

const PLACE_LABEL_MIN_ZOOM = 13;

function pointOf(place: StoryPlace): [number, number] {
  return (place.geometry.type === 'Point' ? place.geometry.coordinates : place.geometry.coordinates[0]) as [
    number,
    number,
  ];
}

function createPlaceMarker(
  place: StoryPlace,
  offset: [number, number],
  onActivate: (origin: 'pointer' | 'keyboard') => void,
): L.Marker {
  const [lon, lat] = pointOf(place);
  const element = document.createElement('span');
  element.className = `place-symbol category-${place.category}${place.estimate ? ' is-estimate' : ''}`;
  const marker = L.marker([lat, lon], {
    icon: L.divIcon({ html: element, className: 'place-marker', iconSize: [18, 18], iconAnchor: [9, 9] }),
    title: place.estimate ? `${place.name} (approximate)` : place.name,
    keyboard: true,
    // Places are context: events drawn at the same point stay on top.
    zIndexOffset: -1000,
  });
  marker.on('click', () => onActivate('pointer'));
  prepareFocusableMarker(marker, {
    label: () => (place.estimate ? `${place.name} (approximate)` : place.name),
    dataset: { placeId: place.id },
    offset: () => offset,
    onActivate: () => onActivate('keyboard'),
  });
  return marker;
}

/**
 * The Airport layer: the runway drawn from its two published thresholds and width, the reference point, the gates
 * and nearby buildings. Estimated places carry a dashed uncertainty circle and say so in their name.
 */
export const AirportLayer = memo(function AirportLayer({ places, airport, visible, reducedMotion }: AirportLayerProps) {
  const map = useMap();
  const [selected, setSelected] = useState<{ place: StoryPlace; origin: 'pointer' | 'keyboard' }>();
  const popup = useLeafletPopup('place-popup', () => setSelected(undefined), reducedMotion);
  const airportPlaces = useMemo(() => places.filter((place) => AIRPORT_CATEGORIES.has(place.category)), [places]);

  const group = useMemo(() => {
    const layers = L.layerGroup();
    const labels = L.layerGroup();
    // Places sharing a point (an estimate centred on a sourced place) are fanned out so that each can be clicked.
    const samePoint = new Map<string, StoryPlace[]>();
    for (const place of airportPlaces) {
      if (place.geometry.type !== 'Point' || place.category === 'runway-threshold') continue;
      const key = place.geometry.coordinates.join(',');
      samePoint.set(key, [...(samePoint.get(key) ?? []), place]);
    }
    const offsetOf = (place: StoryPlace): [number, number] => {
      const group = samePoint.get(pointOf(place).join(',')) ?? [place];
      return fanOutOffsets(group.length, 18)[group.indexOf(place)] ?? [0, 0];
    };
    for (const place of airportPlaces) {
      if (place.category === 'runway' && place.geometry.type === 'LineString') {
        const [a, b] = place.geometry.coordinates;
        if (!a || !b) continue;
        const ring = buildRunwayPolygon([a, b], place.widthM ?? 45).map(([lon, lat]) => [lat, lon] as [number, number]);
        L.polygon(ring, {
          pane: STORY_PANES.context.name,
          className: 'runway',
          color: '#3b3f45',
          weight: 1,
          fillColor: '#5b6169',
          fillOpacity: 0.85,
          interactive: false,
        }).addTo(layers);
        continue;
      }
      const [lon, lat] = pointOf(place);
      // Labels keep the name up to its qualifier: "Baron Hotel", not "Baron Hotel (UK processing centre)".
      const shortName = place.name.split(/ [–(]/)[0] ?? place.name;
      if (place.category === 'runway-threshold') {
        const label = createMapLabel(L.latLng(lat, lon), shortName, 'threshold-label', STORY_PANES.labels.name, true);
        labels.addLayer(label);
        continue;
      }
      if (place.estimate) {
        const ring = buildUncertaintyCircle([lon, lat], place.uncertaintyM).map(([x, y]) => [y, x] as [number, number]);
        L.polygon(ring, {
          pane: STORY_PANES.uncertainty.name,
          className: 'uncertainty-circle place-uncertainty',
          color: '#555d66',
          weight: 1.2,
          dashArray: '3 5',
          fillOpacity: 0.06,
          interactive: false,
        }).addTo(layers);
      }
      layers.addLayer(createPlaceMarker(place, offsetOf(place), (origin) => setSelected({ place, origin })));
      labels.addLayer(
        createMapLabel(
          L.latLng(lat, lon),
          place.estimate ? `${shortName} (approx.)` : shortName,
          'place-label',
          STORY_PANES.labels.name,
        ),
      );
    }
    return { layers, labels };
  }, [airportPlaces]);

  useEffect(
    function showAirportLayer() {
      const updateLabels = () => {
        const wanted = visible && map.getZoom() >= PLACE_LABEL_MIN_ZOOM;
        if (wanted !== map.hasLayer(group.labels)) wanted ? group.labels.addTo(map) : group.labels.remove();
      };
      if (visible) group.layers.addTo(map);
      updateLabels();
      map.on('zoomend', updateLabels);
      return function hideAirportLayer() {
        map.off('zoomend', updateLabels);
        group.layers.remove();
        group.labels.remove();
      };
    },
    [map, group, visible],
  );

  useLayoutEffect(
    function placePlacePopup() {
      if (!selected || !visible) {
        popup.close(map);
        return;
      }
      const [lon, lat] = pointOf(selected.place);
      popup.open(map, L.latLng(lat, lon));
      if (selected.origin === 'keyboard') popup.content.querySelector<HTMLElement>('.popup-title')?.focus();
    },
    [selected, visible, map, popup],
  );

  if (!selected) return null;
  return createPortal(<PlacePopup place={selected.place} airport={airport} />, popup.content);
});
