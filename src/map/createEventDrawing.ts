import type L from 'leaflet';
import type { StoryEvent } from '../domain/storyEvent';
import { CanvasEventDrawing } from './canvasEventDrawing';
import { EventMarkerDrawing } from './eventMarkerDrawing';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

/**
 * Up to this many events, each is a focusable DOM marker with its own symbol (the story's 24 are). Beyond it,
 * circles on a canvas of our own: DOM markers cost about a millisecond each to add and would not scale.
 */
export const DOM_MARKER_LIMIT = 500;

/** Which drawing: chosen by the story's size, or canvas whatever the size (the benchmark compares like with like). */
export type EventRenderer = 'auto' | 'canvas';

/** The drawing that suits the story's size. */
export function createEventDrawing(
  map: L.Map,
  events: readonly StoryEvent[],
  onActivate: ActivateEvent,
  choice: EventRenderer = 'auto',
): MapEventDrawing {
  return choice === 'auto' && events.length <= DOM_MARKER_LIMIT
    ? new EventMarkerDrawing(map, events, onActivate)
    : new CanvasEventDrawing(map, events, onActivate);
}
