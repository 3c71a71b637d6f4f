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
import type { LabelPlacement } from './layoutLabels';
import { declutterOf } from './MapDeclutter';
import { placeLabelText, placesBorrowingPoints, pointOf } from './placeLabelText';
import { prepareFocusableMarker } from './prepareFocusableMarker';
import { useLeafletPopup } from './useLeafletPopup';

export interface AirportLayerProps {
  readonly places: readonly StoryPlace[];
  readonly airport?: AirportGeometry;
  readonly visible: boolean;
  readonly reducedMotion: boolean;
}

/** From this zoom on the airport's places are named (where there is room); runway ends from the next. */
const PLACE_LABEL_MIN_ZOOM = 11;
const THRESHOLD_LABEL_MIN_ZOOM = 13;
/** A place marker is a 24-pixel target (WCAG 2.2, 2.5.8) around a smaller symbol. */
const PLACE_MARKER_SIZE = 24;
/** Label priorities (see layoutLabels): the reference point names the airport; runway ends matter least. */
const LABEL_PRIORITY = { reference: 100, place: 60, estimate: 50, threshold: 15 } as const;
/**
 * Sides a label tries: an estimate that borrows a sourced place's point is named on the other side; the
 * reference point's long name (the airport's) goes above or below, leaving the sides to the places around it.
 */
const PLACEMENTS: Readonly<Record<'own' | 'borrowed' | 'reference', readonly LabelPlacement[]>> = {
  own: ['right', 'above', 'below', 'left'],
  borrowed: ['left', 'below', 'above', 'right'],
  reference: ['above', 'below', 'right', 'left'],
};

function createPlaceMarker(place: StoryPlace, onActivate: (origin: 'pointer' | 'keyboard') => void): L.Marker {
  const [lon, lat] = pointOf(place);
  const element = document.createElement('span');
  element.className = `place-symbol category-${place.category}${place.estimate ? ' is-estimate' : ''}`;
  const half = PLACE_MARKER_SIZE / 2;
  const marker = L.marker([lat, lon], {
    icon: L.divIcon({
      html: element,
      className: 'place-marker',
      iconSize: [PLACE_MARKER_SIZE, PLACE_MARKER_SIZE],
      iconAnchor: [half, half],
    }),
    title: place.estimate ? `${place.name} (approximate)` : place.name,
    keyboard: true,
    // Places are context: events drawn at the same point stay on top.
    zIndexOffset: -1000,
  });
  marker.on('click', () => onActivate('pointer'));
  prepareFocusableMarker(marker, {
    label: () => (place.estimate ? `${place.name} (approximate)` : place.name),
    dataset: { placeId: place.id },
    onActivate: () => onActivate('keyboard'),
  });
  return marker;
}

/**
 * The Airport layer: the runway drawn from its two published thresholds and width, the reference point, the gates
 * and nearby buildings. Estimated places carry a dashed uncertainty circle and say so in their name; one that
 * borrows a sourced place's point stacks with it (MapDeclutter) and is named on the other side.
 */
export const AirportLayer = memo(function AirportLayer({ places, airport, visible, reducedMotion }: AirportLayerProps) {
  const map = useMap();
  const [selected, setSelected] = useState<{ place: StoryPlace; origin: 'pointer' | 'keyboard' }>();
  const popup = useLeafletPopup('place-popup', () => setSelected(undefined), reducedMotion);
  const airportPlaces = useMemo(() => places.filter((place) => AIRPORT_CATEGORIES.has(place.category)), [places]);

  const group = useMemo(() => {
    const layers = L.layerGroup();
    const labels = L.layerGroup();
    const thresholdLabels = L.layerGroup();
    const borrowed = placesBorrowingPoints(airportPlaces.filter((place) => place.category !== 'runway-threshold'));
    for (const place of airportPlaces) {
      if (place.category === 'runway' && place.geometry.type === 'LineString') {
        const [a, b] = place.geometry.coordinates;
        if (!a || !b) continue;
        const ring = buildRunwayPolygon([a, b], place.widthM ?? 45).map(([lon, lat]) => [lat, lon] as [number, number]);
        // Colours from the theme (app.css, `.runway`).
        L.polygon(ring, {
          pane: STORY_PANES.context.name,
          className: 'runway',
          weight: 1,
          fillOpacity: 1,
          interactive: false,
        }).addTo(layers);
        continue;
      }
      const [lon, lat] = pointOf(place);
      if (place.category === 'runway-threshold') {
        thresholdLabels.addLayer(
          createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
            className: 'threshold-label',
            pane: STORY_PANES.labels.name,
            dot: true,
            priority: LABEL_PRIORITY.threshold,
          }),
        );
        continue;
      }
      if (place.estimate) {
        const ring = buildUncertaintyCircle([lon, lat], place.uncertaintyM).map(([x, y]) => [y, x] as [number, number]);
        // Faint (a thin dashed line, almost no tint): a kilometre-wide circle must not hide the airport under it.
        L.polygon(ring, {
          pane: STORY_PANES.uncertainty.name,
          className: 'uncertainty-circle place-uncertainty',
          weight: 1,
          dashArray: '3 5',
          fillOpacity: 0.02,
          interactive: false,
        }).addTo(layers);
      }
      layers.addLayer(createPlaceMarker(place, (origin) => setSelected({ place, origin })));
      labels.addLayer(
        createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
          className: `place-label category-${place.category}`,
          pane: STORY_PANES.labels.name,
          priority:
            place.category === 'airport-reference'
              ? LABEL_PRIORITY.reference
              : place.estimate
                ? LABEL_PRIORITY.estimate
                : LABEL_PRIORITY.place,
          placements:
            PLACEMENTS[
              place.category === 'airport-reference' ? 'reference' : borrowed.has(place.id) ? 'borrowed' : 'own'
            ],
          // Clear of an event marker (28 px) drawn on the place, not only of the place's own.
          gap: 18,
        }),
      );
    }
    return { layers, labels, thresholdLabels };
  }, [airportPlaces]);

  useEffect(
    function showAirportLayer() {
      const updateLabels = () => {
        const zoom = map.getZoom();
        for (const [labels, minZoom] of [
          [group.labels, PLACE_LABEL_MIN_ZOOM],
          [group.thresholdLabels, THRESHOLD_LABEL_MIN_ZOOM],
        ] as const) {
          const wanted = visible && zoom >= minZoom;
          if (wanted !== map.hasLayer(labels)) wanted ? labels.addTo(map) : labels.remove();
        }
      };
      if (visible) group.layers.addTo(map);
      updateLabels();
      map.on('zoomend', updateLabels);
      return function hideAirportLayer() {
        map.off('zoomend', updateLabels);
        group.layers.remove();
        group.labels.remove();
        group.thresholdLabels.remove();
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
      const declutter = declutterOf(map);
      declutter.layoutNow();
      const marker = map.getPane('markerPane')?.querySelector(`[data-place-id="${CSS.escape(selected.place.id)}"]`);
      popup.open(
        map,
        { at: L.latLng(lat, lon), offset: declutter.offsetOf(marker ?? undefined), radius: PLACE_MARKER_SIZE / 2 },
        { key: selected.place.id, reveal: false },
      );
      if (selected.origin === 'keyboard') popup.content.querySelector<HTMLElement>('.popup-title')?.focus();
    },
    [selected, visible, map, popup],
  );

  if (!selected) return null;
  return createPortal(<PlacePopup place={selected.place} airport={airport} />, popup.content);
});
