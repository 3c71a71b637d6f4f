import L from 'leaflet';
import { memo, type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import type { ChapterView } from '../domain/chapters';
import { type KnowledgeView, knowledgeMoment } from '../domain/knownAt';
import { selectPlacesKnownFrom } from '../domain/placesKnownFrom';
import type { AttributionPart } from '../domain/publication';
import type { StoryModel } from '../domain/storyModel';
import type { AppAction, BasemapId, SelectionOrigin } from '../state/appState';
import type { MapViewStore } from '../state/mapViewStore';
import type { LinkNote } from '../state/urlState';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import type { BasemapReport } from './addEmbeddedBasemap';
import { BasemapNotice } from './BasemapNotice';
import { ChapterCamera } from './ChapterCamera';
import type { EventRenderer } from './createEventDrawing';
import { EmbeddedBasemap } from './EmbeddedBasemap';
import { EventMarkers } from './EventMarkers';
import { LinkNotice } from './LinkNotice';
import { MapAttribution } from './MapAttribution';
import { MapSetup } from './MapSetup';
import { MapViewSync } from './MapViewSync';
import type { MapEventDrawing } from './mapEventDrawing';
import { OnlineTiles } from './OnlineTiles';
import { adoptOpeningView, dropOpeningView, showsOpeningView } from './openingView';
import { StoryPlaceLabels } from './StoryPlaceLabels';
import { StoryPlacesLayer } from './StoryPlacesLayer';

export interface MapViewProps {
  readonly model: StoryModel;
  readonly time: number;
  /** Popups and marker statuses as known at the slider's time ("then") or today ("now"). */
  readonly known: KnowledgeView;
  readonly showPast: boolean;
  readonly layers: Readonly<Record<string, boolean>>;
  readonly basemap: BasemapId;
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  readonly selectionCount: number;
  /** The place whose details are open. */
  readonly selectedPlaceId: string | null;
  readonly playing: boolean;
  /** What the page changed in its link to show it, said over the map until the reader dismisses it. */
  readonly linkNotes?: readonly LinkNote[];
  /** The map's view: opens at its view (a link's) or else the story's initial bounds, and is kept up to date. */
  readonly mapView: MapViewStore;
  readonly zone: DisplayZone;
  readonly reducedMotion: boolean;
  /** Draw the embedded basemap for a dark page. */
  readonly dark?: boolean;
  readonly dispatch: (action: AppAction) => void;
  /** Opens an event from a popup (a correction's link, "go to the first report"), at moment `at` if given. */
  readonly onActivateEvent: (id: string, at?: number) => void;
  /** The guided story's current chapter (its view and highlighted events), and its entry count. */
  readonly chapter?: { readonly view: ChapterView; readonly highlight: readonly string[]; readonly entry: number };
  /** A notice of the page's own over the map (kept clear of popups like the map's own notices). */
  readonly notice?: ReactNode;
  /** Passed to EventMarkers: how to draw the events (default: by the story's size). */
  readonly eventRenderer?: EventRenderer;
  /** Passed to EventMarkers: receives the event drawing once it exists. */
  readonly onEventDrawing?: (drawing: MapEventDrawing) => void;
}

const NOTHING_LEFT_OUT: BasemapReport = { drawn: 0, problems: [] };
const NO_CREDITS: readonly AttributionPart[] = [];

/**
 * The map: embedded basemap, optional online tiles, the story's places and the story's events, each layer a thin shell
 * over the pure core. Notices (failing tiles or basemap data, a link the page had to change) appear over the map;
 * the attribution sits under it, where its links never cover a marker.
 */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { model, dispatch, reducedMotion, mapView } = props;
  const [initialView] = useState(mapView.getView);
  const [tilesFailing, setTilesFailing] = useState(false);
  const [basemapReport, setBasemapReport] = useState<BasemapReport>(NOTHING_LEFT_OUT);
  const [basemapCredits, setBasemapCredits] = useState<readonly AttributionPart[]>(NO_CREDITS);
  const [basemapLoaded, setBasemapLoaded] = useState(false);
  // A basemap drawn whole changes nothing on the page but the end of the opening view's image: the map is not
  // rendered again for it, nor for the same credits again (a theme change draws the basemap anew).
  const onBasemapLoaded = useCallback((report: BasemapReport) => {
    setBasemapReport(report.problems.length > 0 ? report : NOTHING_LEFT_OUT);
    setBasemapLoaded(true);
    const credits = report.credits ?? NO_CREDITS;
    setBasemapCredits((shown) =>
      JSON.stringify(shown) === JSON.stringify(credits) ? shown : credits.length > 0 ? credits : NO_CREDITS,
    );
  }, []);
  const storyCredits = model.config.publication.attribution;
  // The basemap's credits after the story's own, each name once.
  const credits = useMemo(
    () => [
      ...storyCredits,
      ...basemapCredits.filter((credit) => !storyCredits.some((own) => own.text === credit.text)),
    ],
    [storyCredits, basemapCredits],
  );
  const [west, south, east, north] = model.config.initialBounds;
  // As known then, a place some reports locate is drawn only once one of them may have been published.
  const placesKnownFrom = useMemo(
    () => selectPlacesKnownFrom(model.places, model.events, props.known),
    [model, props.known],
  );
  const at = knowledgeMoment(props.time, props.known);
  const shownKey = model.places
    .map((place) => ((placesKnownFrom.get(place.id) ?? Number.POSITIVE_INFINITY) <= at ? '1' : '0'))
    .join('');
  // The key says which places are known: time alone changes nothing.
  const shownPlaces = useMemo(
    () => model.places.filter((_, index) => shownKey[index] === '1'),
    [model.places, shownKey],
  );

  const onSelect = useCallback(
    (id: string, origin: SelectionOrigin) => dispatch({ type: 'select', id, origin }),
    [dispatch],
  );
  const onDeselect = useCallback((id: string | null) => dispatch({ type: 'deselect', id }), [dispatch]);
  const onSelectPlace = useCallback(
    (id: string, origin: 'pointer' | 'keyboard') => dispatch({ type: 'selectPlace', id, origin }),
    [dispatch],
  );
  const onDeselectPlace = useCallback((id: string | null) => dispatch({ type: 'deselectPlace', id }), [dispatch]);
  const onReaderMove = useCallback(() => dispatch({ type: 'readerMovedMap' }), [dispatch]);

  const area = useRef<HTMLDivElement>(null);
  useLayoutEffect(function keepOpeningView() {
    adoptOpeningView(area.current);
  }, []);

  return (
    <div className="map-frame">
      <div className="map-area" ref={area}>
        <MapContainer
          className="map"
          {...(initialView
            ? { center: [initialView.lat, initialView.lon], zoom: initialView.zoom }
            : {
                bounds: [
                  [south, west],
                  [north, east],
                ],
              })}
          minZoom={4}
          maxZoom={18}
          zoomSnap={0.5}
          attributionControl={false}
          zoomAnimation={!reducedMotion}
          fadeAnimation={!reducedMotion}
          markerZoomAnimation={!reducedMotion}
          keyboardPanDelta={120}
          worldCopyJump={false}
        >
          <MapSetup label={interfaceText.map.label} />
          {/* Before the chapter camera: a chapter entered while the map was loading moves it as soon as it is made. */}
          <MapViewSync store={mapView} />
          <ScaleBar />
          <EmbeddedBasemap onLoaded={onBasemapLoaded} dark={props.dark} />
          <OpeningViewHandover basemapLoaded={basemapLoaded} />
          <OnlineTiles basemap={props.basemap} onTileStatus={setTilesFailing} />
          <StoryPlacesLayer
            places={shownPlaces}
            distances={model.distances}
            locale={model.config.locale}
            layers={props.layers}
            reducedMotion={reducedMotion}
            selectedId={props.selectedPlaceId}
            selectionOrigin={props.selectionOrigin}
            onSelect={onSelectPlace}
            onDeselect={onDeselectPlace}
          />
          <StoryPlaceLabels places={model.places} events={model.events} time={props.time} known={props.known} />
          <EventMarkers
            model={model}
            time={props.time}
            known={props.known}
            showPast={props.showPast}
            layers={props.layers}
            selectedId={props.selectedId}
            selectionOrigin={props.selectionOrigin}
            selectionCount={props.selectionCount}
            playing={props.playing}
            zone={props.zone}
            reducedMotion={reducedMotion}
            onSelect={onSelect}
            onDeselect={onDeselect}
            onNavigate={props.onActivateEvent}
            onDrawing={props.onEventDrawing}
            renderer={props.eventRenderer}
            highlighted={props.chapter?.highlight}
          />
          <ChapterCamera
            view={props.chapter?.view}
            entry={props.chapter?.entry ?? 0}
            reducedMotion={reducedMotion}
            onReaderMove={onReaderMove}
          />
        </MapContainer>
        <div className="map-notices" role="status">
          {props.notice}
          {props.linkNotes && props.linkNotes.length > 0 && (
            <LinkNotice notes={props.linkNotes} model={model} zone={props.zone} />
          )}
          {tilesFailing && <p className="map-notice">{interfaceText.map.tilesFailed}</p>}
          <BasemapNotice report={basemapReport} />
        </div>
      </div>
      <MapAttribution basemap={props.basemap} credits={credits} />
    </div>
  );
});

/** Longest the image of the opening view waits for the basemap (a basemap that fails still lets the map show). */
const OPENING_VIEW_WAIT_MS = 4000;

/**
 * Ends the image of the opening view over the map (map/openingView.ts): once the basemap is drawn (the events and
 * labels are drawn before it), in the frame after the next, or as soon as the view moves.
 */
function OpeningViewHandover({ basemapLoaded }: { basemapLoaded: boolean }) {
  const map = useMap();
  useEffect(
    function dropWhenMoved() {
      if (!showsOpeningView()) return;
      map.on('movestart zoomstart', dropOpeningView);
      const timer = setTimeout(dropOpeningView, OPENING_VIEW_WAIT_MS);
      return () => {
        map.off('movestart zoomstart', dropOpeningView);
        clearTimeout(timer);
      };
    },
    [map],
  );
  useEffect(
    function dropWhenDrawn() {
      if (!basemapLoaded || !showsOpeningView()) return;
      let frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(dropOpeningView);
      });
      return () => cancelAnimationFrame(frame);
    },
    [basemapLoaded],
  );
  return null;
}

/** A metric scale bar (Leaflet's control: its text is numbers and units, never data). */
const ScaleBar = memo(function ScaleBar() {
  const map = useMap();
  useEffect(
    function addScaleBar() {
      const control = L.control.scale({ imperial: false, position: 'bottomleft', maxWidth: 120 }).addTo(map);
      return () => {
        control.remove();
      };
    },
    [map],
  );
  return null;
});
