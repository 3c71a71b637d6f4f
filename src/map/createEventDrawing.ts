import type L from 'leaflet';
import type { StoryEvent } from '../domain/storyEvent';
import { CanvasEventDrawing } from './canvasEventDrawing';
import { EventMarkerDrawing } from './eventMarkerDrawing';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

/**
 * Up to this many events, each is a focusable DOM marker with its own symbol (the story's 24 are). Beyond it,
 * circles on a canvas: DOM markers cost ~1 ms each to add and would not scale.
 */
export const DOM_MARKER_LIMIT = 1000;

/** The drawing that suits the story's size. */
export function createEventDrawing(
  map: L.Map,
  events: readonly StoryEvent[],
  onActivate: ActivateEvent,
  renderer?: L.Renderer,
): MapEventDrawing {
  return events.length <= DOM_MARKER_LIMIT
    ? new EventMarkerDrawing(map, events, onActivate)
    : new CanvasEventDrawing(map, events, onActivate, renderer);
}
