import L from 'leaflet';
import { memo, useEffect, useLayoutEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import type { DistanceBasis } from '../domain/distances';
import type { StoryPlace } from '../domain/storyPlace';
import { buildStripPolygon } from '../domain/stripPolygon';
import { buildUncertaintyCircle } from '../domain/uncertaintyCircle';
import { PlacePopup } from '../popup/PlacePopup';
import type { SelectionOrigin } from '../state/appState';
import { createMapLabel } from './createMapLabel';
import { STORY_PANES } from './eventMarkerDrawing';
import type { LabelPlacement } from './layoutLabels';
import { declutterOf } from './MapDeclutter';
import { placeLabelText, placesBorrowingPoints } from './placeLabelText';
import { prepareFocusableMarker } from './prepareFocusableMarker';
import { useLeafletPopup } from './useLeafletPopup';

export interface StoryPlacesLayerProps {
  readonly places: readonly StoryPlace[];
  readonly distances?: DistanceBasis;
  /** The story's locale, for the numbers in the places' details. */
  readonly locale: string;
  /** Which story layers are shown (a place with no layer always is). */
  readonly layers: Readonly<Record<string, boolean>>;
  readonly reducedMotion: boolean;
  /** The place whose details are open (the reducer's), and how it was opened (the keyboard moves the focus in). */
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  readonly onSelect: (id: string, origin: 'pointer' | 'keyboard') => void;
  /** The reader closed the details of place `id`. */
  readonly onDeselect: (id: string | null) => void;
}

/** The places this layer draws: all but areas known only by a point, which are named on mention (StoryPlaceLabels). */
export function isDrawnPlace(place: StoryPlace): boolean {
  return place.role !== 'context' && !(place.role === 'area' && place.geometry.type === 'Point');
}

/** From this zoom on places are named (where there is room); small spots from the next but one. */
const PLACE_LABEL_MIN_ZOOM = 11;
const SPOT_LABEL_MIN_ZOOM = 13;
/** A place marker is a 24-pixel target (WCAG 2.2, 2.5.8) around a smaller symbol. */
const PLACE_MARKER_SIZE = 24;
/** Label priorities (see layoutLabels): the reference place first; small spots matter least. */
const LABEL_PRIORITY = { reference: 100, area: 65, place: 60, estimate: 50, spot: 15 } as const;
/**
 * Sides a label tries: an estimate that borrows a sourced place's point is named on the other side; the
 * reference place's name goes above or below, leaving the sides to the places around it.
 */
const PLACEMENTS: Readonly<Record<'own' | 'borrowed' | 'reference', readonly LabelPlacement[]>> = {
  own: ['right', 'above', 'below', 'left'],
  borrowed: ['left', 'below', 'above', 'right'],
  reference: ['above', 'below', 'right', 'left'],
};

function createPlaceMarker(place: StoryPlace, onActivate: (origin: 'pointer' | 'keyboard') => void): L.Marker {
  const [lon, lat] = place.point;
  const element = document.createElement('span');
  element.className = `place-symbol role-${place.role}${place.estimate ? ' is-estimate' : ''}`;
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

/** One drawn part of a place: shown with its layer, labels only from their zoom on. */
interface PlacePart {
  readonly layer: L.Layer;
  readonly storyLayer?: string;
  readonly minZoom: number;
}

const toLatLngs = (positions: readonly (readonly [number, number])[]) =>
  positions.map(([lon, lat]) => [lat, lon] as [number, number]);

/** The Leaflet layers that draw a place (its shape, marker, circle and label), each with its zoom range. */
function drawPlace(
  place: StoryPlace,
  borrowed: ReadonlySet<string>,
  onActivate: (origin: 'pointer' | 'keyboard') => void,
): PlacePart[] {
  const storyLayer = place.layer;
  const part = (layer: L.Layer, minZoom = 0): PlacePart => ({ layer, storyLayer, minZoom });
  const [lon, lat] = place.point;
  const geometry = place.geometry;
  const parts: PlacePart[] = [];
  if (geometry.type === 'LineString') {
    // Colours from the theme (app.css, `.place-strip`, `.place-line`).
    if (place.lineStyle === 'strip' && geometry.coordinates.length === 2) {
      const [a, b] = geometry.coordinates as [readonly [number, number], readonly [number, number]];
      const ring = toLatLngs(buildStripPolygon([a, b], place.widthM ?? 0));
      parts.push(
        part(
          L.polygon(ring, {
            pane: STORY_PANES.context.name,
            className: 'place-strip',
            weight: 1,
            fillOpacity: 1,
            interactive: false,
          }),
        ),
      );
    } else {
      parts.push(
        part(
          L.polyline(toLatLngs(geometry.coordinates), {
            pane: STORY_PANES.context.name,
            className: 'place-line',
            weight: 3,
            interactive: false,
          }),
        ),
      );
    }
    return parts;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    parts.push(
      part(
        L.polygon(
          polygons.map((rings) => rings.map(toLatLngs)),
          {
            pane: STORY_PANES.context.name,
            className: `place-area${place.estimate ? ' is-estimate' : ''}`,
            weight: 1.5,
            interactive: false,
          },
        ),
      ),
    );
    parts.push(
      part(
        createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
          className: 'area-label',
          pane: STORY_PANES.labels.name,
          priority: LABEL_PRIORITY.area,
        }),
        place.minZoom ?? PLACE_LABEL_MIN_ZOOM,
      ),
    );
    return parts;
  }
  if (place.role === 'label') {
    parts.push(
      part(
        createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
          className: 'spot-label',
          pane: STORY_PANES.labels.name,
          dot: true,
          priority: LABEL_PRIORITY.spot,
        }),
        place.minZoom ?? SPOT_LABEL_MIN_ZOOM,
      ),
    );
    return parts;
  }
  if (place.estimate && place.uncertaintyM !== undefined) {
    const ring = buildUncertaintyCircle([lon, lat], place.uncertaintyM).map(([x, y]) => [y, x] as [number, number]);
    // Faint (a thin dashed line, almost no tint): a kilometre-wide circle must not hide the places under it.
    parts.push(
      part(
        L.polygon(ring, {
          pane: STORY_PANES.uncertainty.name,
          className: 'uncertainty-circle place-uncertainty',
          weight: 1,
          dashArray: '3 5',
          fillOpacity: 0.02,
          interactive: false,
        }),
      ),
    );
  }
  parts.push(part(createPlaceMarker(place, onActivate)));
  const reference = place.role === 'reference';
  parts.push(
    part(
      createMapLabel(L.latLng(lat, lon), placeLabelText(place), {
        className: `place-label role-${place.role}`,
        pane: STORY_PANES.labels.name,
        priority: reference
          ? LABEL_PRIORITY.reference
          : place.estimate
            ? LABEL_PRIORITY.estimate
            : LABEL_PRIORITY.place,
        placements: PLACEMENTS[reference ? 'reference' : borrowed.has(place.id) ? 'borrowed' : 'own'],
        // Clear of an event marker (28 px) drawn on the place, not only of the place's own.
        gap: 18,
      }),
      place.minZoom ?? PLACE_LABEL_MIN_ZOOM,
    ),
  );
  return parts;
}

/**
 * The story's places: marked points (the reference place first), spots, lines (a strip drawn from its two ends
 * and width) and areas, each shown with its story layer. Estimated places carry a dashed uncertainty circle and
 * say so in their name; one that borrows a sourced place's point stacks with it (MapDeclutter) and is named on
 * the other side.
 */
export const StoryPlacesLayer = memo(function StoryPlacesLayer({
  places,
  distances,
  locale,
  layers,
  reducedMotion,
  selectedId,
  selectionOrigin,
  onSelect,
  onDeselect,
}: StoryPlacesLayerProps) {
  const map = useMap();
  const popup = useLeafletPopup('place-popup', () => onDeselect(selectedId), reducedMotion);
  const parts = useMemo(() => {
    const drawn = places.filter(isDrawnPlace);
    const borrowed = placesBorrowingPoints(drawn.filter((place) => place.role !== 'label'));
    return drawn.flatMap((place) => drawPlace(place, borrowed, (origin) => onSelect(place.id, origin)));
  }, [places, onSelect]);
  const selected = useMemo(
    () => (selectedId === null ? undefined : places.find((place) => place.id === selectedId && isDrawnPlace(place))),
    [places, selectedId],
  );
  const selectedVisible = selected?.layer === undefined || layers[selected.layer] !== false;

  useEffect(
    function showPlaces() {
      const update = () => {
        const zoom = map.getZoom();
        for (const { layer, storyLayer, minZoom } of parts) {
          const wanted = (storyLayer === undefined || layers[storyLayer] !== false) && zoom >= minZoom;
          if (wanted !== map.hasLayer(layer)) wanted ? layer.addTo(map) : layer.remove();
        }
      };
      update();
      map.on('zoomend', update);
      return function hidePlaces() {
        map.off('zoomend', update);
        for (const { layer } of parts) layer.remove();
      };
    },
    [map, parts, layers],
  );

  useLayoutEffect(
    function placePlacePopup() {
      if (!selected || !selectedVisible) {
        popup.close(map);
        return;
      }
      const [lon, lat] = selected.point;
      const declutter = declutterOf(map);
      declutter.layoutNow();
      const marker = map.getPane('markerPane')?.querySelector(`[data-place-id="${CSS.escape(selected.id)}"]`);
      popup.open(
        map,
        { at: L.latLng(lat, lon), offset: declutter.offsetOf(marker ?? undefined), radius: PLACE_MARKER_SIZE / 2 },
        { key: selected.id, reveal: false },
      );
      if (selectionOrigin === 'keyboard') popup.content.querySelector<HTMLElement>('.popup-title')?.focus();
    },
    [selected, selectionOrigin, selectedVisible, map, popup],
  );

  if (!selected) return null;
  return createPortal(<PlacePopup place={selected} distances={distances} locale={locale} />, popup.content);
});
