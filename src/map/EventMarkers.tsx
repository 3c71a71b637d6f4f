import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { headlinesChangedBetween, type KnowledgeIndex } from '../domain/knowledgeIndex';
import { type KnowledgeView, knowledgeMoment } from '../domain/knownAt';
import type { StoryModel } from '../domain/storyModel';
import { EventPopup } from '../popup/EventPopup';
import type { SelectionOrigin } from '../state/appState';
import type { DisplayZone } from '../time/displayZone';
import { eventsStartingIn } from '../time/timeIndex';
import { VisibilitySync } from '../time/visibilitySync';
import { createEventDrawing, type EventRenderer } from './createEventDrawing';
import { declutterOf } from './MapDeclutter';
import type { MapEventDrawing } from './mapEventDrawing';
import { useLeafletPopup } from './useLeafletPopup';

export interface EventMarkersProps {
  readonly model: StoryModel;
  readonly time: number;
  readonly known: KnowledgeView;
  readonly showPast: boolean;
  readonly layers: Readonly<Record<string, boolean>>;
  readonly selectedId: string | null;
  readonly selectionOrigin: SelectionOrigin;
  /** Counts selections (AppState.selectionCount): a new one brings the popup into view again. */
  readonly selectionCount: number;
  /** While playing, events that appear are highlighted. */
  readonly playing: boolean;
  readonly zone: DisplayZone;
  readonly reducedMotion: boolean;
  readonly onSelect: (id: string, origin: SelectionOrigin) => void;
  readonly onDeselect: (id: string | null) => void;
  readonly onNavigate: (id: string, at?: number) => void;
  /** DOM markers for small stories, canvas for large ones ('auto'), or canvas regardless. */
  readonly renderer?: EventRenderer;
  /** Called with the drawing once it exists (benchmarks and tests read its counts). */
  readonly onDrawing?: (drawing: MapEventDrawing) => void;
  /** Ids of the events the guided story's chapter highlights. */
  readonly highlighted?: readonly string[];
}

interface Drawn {
  readonly drawing: MapEventDrawing;
  readonly sync: VisibilitySync;
  /** The knowledge index of the events this drawing was made for. */
  readonly knowledge: KnowledgeIndex;
}

let markedFirstDraw = false;

/** Half an event marker's size, in pixels. */
const MARKER_RADIUS = 14;

/**
 * The story's events on the map: markers created once per story, brought to the current time by the visibility
 * diff, and one popup for the selected event that stays open while time moves, as long as its event is drawn.
 */
export function EventMarkers(props: EventMarkersProps) {
  const { model, time, known, showPast, layers, selectedId, selectionOrigin, selectionCount, zone, reducedMotion } =
    props;
  const map = useMap();
  const [drawn, setDrawn] = useState<Drawn>();
  const handlers = useRef(props);
  useLayoutEffect(function keepLatestHandlers() {
    handlers.current = props;
  });
  // The selection being closed is passed along: a click that selected another event may close this one after.
  const popup = useLeafletPopup(
    'event-popup',
    () => handlers.current.onDeselect(handlers.current.selectedId),
    reducedMotion,
  );
  const remeasurePopup = useCallback(() => popup.update(), [popup]);
  // The time the markers were last brought to, to tell which events just appeared.
  const syncedTime = useRef<number | undefined>(undefined);
  // The knowledge moment the markers were last named at, and on which drawing.
  const labelledAt = useRef<{ drawing: MapEventDrawing; at: number } | undefined>(undefined);

  useLayoutEffect(
    function createEventMarkers() {
      return createEventDrawing(
        map,
        model.events,
        model.legend,
        (id, origin) => handlers.current.onSelect(id, origin),
        handlers.current.renderer ?? 'auto',
        (drawing) => {
          setDrawn({ drawing, sync: new VisibilitySync(model.index, drawing), knowledge: model.knowledge });
          handlers.current.onDrawing?.(drawing);
        },
      );
    },
    [map, model],
  );

  useLayoutEffect(
    function syncEventsToTime() {
      if (!drawn) return;
      drawn.sync.sync(time, showPast);
      // The knowledge clock: only the events whose headline changed since the last step are named again.
      const at = knowledgeMoment(time, known);
      const labelled = labelledAt.current;
      if (labelled === undefined || labelled.drawing !== drawn.drawing) drawn.drawing.relabel(at);
      else drawn.drawing.relabel(at, headlinesChangedBetween(drawn.knowledge, labelled.at, at));
      labelledAt.current = { drawing: drawn.drawing, at };
      const from = syncedTime.current;
      syncedTime.current = time;
      if (handlers.current.playing && from !== undefined && time > from) {
        const appeared = eventsStartingIn(model.index, from + 1, time + 1);
        if (appeared.length > 0) drawn.drawing.markAppeared?.(appeared);
      }
      declutterOf(map).request();
      // The moment the story's events are first on the map, for performance measurements.
      if (!markedFirstDraw) {
        markedFirstDraw = true;
        performance.mark('event-markers-drawn');
      }
    },
    [drawn, time, known, showPast, map, model],
  );

  const highlighted = props.highlighted;
  useLayoutEffect(
    function markHighlightedEvents() {
      if (!drawn) return;
      const ordinals = new Set<number>();
      for (const id of highlighted ?? []) {
        const ordinal = model.index.ordinalOf.get(id);
        if (ordinal !== undefined) ordinals.add(ordinal);
      }
      drawn.drawing.setHighlighted?.(ordinals);
    },
    [drawn, model, highlighted],
  );

  useLayoutEffect(
    function syncLayerToggles() {
      if (!drawn) return;
      for (const layer of model.legend.layers) drawn.drawing.setLayerVisible(layer.id, layers[layer.id] !== false);
      declutterOf(map).request();
    },
    [drawn, layers, map, model],
  );

  const selectedOrdinal = selectedId === null ? undefined : model.index.ordinalOf.get(selectedId);
  const selected = selectedOrdinal === undefined ? undefined : model.events[selectedOrdinal];

  // The selection whose popup last took the focus: a popup takes it once, when opened from the keyboard or the list.
  const focusedSelection = useRef<string | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: time, layers and past events decide whether the selected event is drawn
  useLayoutEffect(
    function placeSelectedPopup() {
      if (!drawn) return;
      drawn.drawing.setSelected(selectedOrdinal);
      const marker = selectedOrdinal === undefined ? undefined : drawn.drawing.visibleMarker(selectedOrdinal);
      if (!marker) {
        popup.close(map);
        if (selectedId === null) focusedSelection.current = undefined;
        return;
      }
      // The selected event tops its stack (or is spread from it) before the popup is placed on it.
      const declutter = declutterOf(map);
      declutter.layoutNow();
      popup.open(
        map,
        { at: marker.getLatLng(), offset: declutter.offsetOf(marker.getElement?.()), radius: MARKER_RADIUS },
        {
          key: `${selectedId}#${selectionCount}`,
          // Chosen below the map (the list, previous/next): the page scrolls back to it. A link opens at the top; a
          // chapter keeps its reader on its caption.
          reveal: selectionOrigin === 'list' || selectionOrigin === 'step',
        },
      );
      const wantsFocus = selectionOrigin === 'keyboard' || selectionOrigin === 'list';
      if (wantsFocus && focusedSelection.current !== `${selectedId}:${selectionOrigin}`) {
        focusedSelection.current = `${selectedId}:${selectionOrigin}`;
        popup.content.querySelector<HTMLElement>('.popup-title')?.focus({ preventScroll: true });
      }
    },
    [drawn, map, popup, selectedOrdinal, selectedId, selectionOrigin, selectionCount, time, showPast, layers],
  );

  if (!selected?.coordinates) return null;
  return createPortal(
    <EventPopup
      event={selected}
      model={model}
      time={time}
      known={known}
      zone={zone}
      onNavigate={props.onNavigate}
      onContentChange={remeasurePopup}
    />,
    popup.content,
  );
}
