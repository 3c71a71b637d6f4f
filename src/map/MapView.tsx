import { memo, type ReactNode, useCallback, useState } from 'react';
import { MapContainer } from 'react-leaflet';
import type { StoryModel } from '../app/storyModel';
import type { ChapterView } from '../domain/chapters';
import type { KnowledgeView } from '../domain/knownAt';
import type { StoryLayerId } from '../domain/storyLayers';
import type { AppAction, BasemapId, MapViewState, SelectionOrigin } from '../state/appState';
import type { LinkNote } from '../state/urlState';
import type { DisplayZone } from '../time/displayZone';
import { AirportLayer } from './AirportLayer';
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
import { ScaleBar } from './ScaleBar';
import { StoryPlaceLabels } from './StoryPlaceLabels';

export interface MapViewProps {
  readonly model: StoryModel;
  readonly time: number;
  /** Popups and marker statuses as known at the slider's time ("then") or today ("now"). */
  readonly known: KnowledgeView;
  readonly showPast: boolean;
  readonly layers: Readonly<Record<StoryLayerId, boolean>>;
  readonly basemap: BasemapId;
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  readonly selectionCount: number;
  readonly playing: boolean;
  /** What the page changed in its link to show it, said over the map until the reader dismisses it. */
  readonly linkNotes?: readonly LinkNote[];
  /** The view to open at (from a link); otherwise the story's initial bounds. Read once. */
  readonly initialView: MapViewState | null;
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

/**
 * The map: embedded basemap, optional online tiles, the airport and the story's events, each layer a thin shell
 * over the pure core. Notices (failing tiles or basemap data, a link the page had to change) appear over the map;
 * the attribution sits under it, where its links never cover a marker.
 */
export const MapView = memo(function MapView(props: MapViewProps) {
  const { model, dispatch, reducedMotion, initialView } = props;
  const [tilesFailing, setTilesFailing] = useState(false);
  const [basemapError, setBasemapError] = useState<string>();
  const [west, south, east, north] = model.config.initialBounds;

  const onSelect = useCallback(
    (id: string, origin: SelectionOrigin) => dispatch({ type: 'select', id, origin }),
    [dispatch],
  );
  const onDeselect = useCallback((id: string | null) => dispatch({ type: 'deselect', id }), [dispatch]);
  const onView = useCallback((view: MapViewState) => dispatch({ type: 'setView', view }), [dispatch]);
  const onReaderMove = useCallback(() => dispatch({ type: 'readerMovedMap' }), [dispatch]);

  return (
    <div className="map-frame">
      <div className="map-area">
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
          <MapSetup label="Map of the story. Arrow keys pan, plus and minus zoom; Tab moves through the markers." />
          <ScaleBar />
          <EmbeddedBasemap onError={setBasemapError} dark={props.dark} />
          <OnlineTiles basemap={props.basemap} onTileStatus={setTilesFailing} />
          <AirportLayer
            places={model.places}
            airport={model.airport}
            visible={props.layers.airport}
            reducedMotion={reducedMotion}
          />
          <StoryPlaceLabels places={model.places} events={model.events} time={props.time} />
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
          <MapViewSync onView={onView} />
        </MapContainer>
        <div className="map-notices" role="status">
          {props.notice}
          {props.linkNotes && props.linkNotes.length > 0 && (
            <LinkNotice notes={props.linkNotes} model={model} zone={props.zone} />
          )}
          {tilesFailing && (
            <p className="map-notice">
              The online map tiles could not be loaded (offline or blocked). The embedded map is still shown.
            </p>
          )}
          {basemapError && <p className="map-notice">{basemapError}</p>}
        </div>
      </div>
      <MapAttribution basemap={props.basemap} />
    </div>
  );
});
