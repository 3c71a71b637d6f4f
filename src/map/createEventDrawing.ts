import type L from 'leaflet';
import type { StoryEvent } from '../domain/storyEvent';
import { DOM_MARKER_LIMIT, loadedCanvasDrawing, preloadCanvasDrawing } from './canvasDrawingLoader';
import { EventMarkerDrawing } from './eventMarkerDrawing';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

/** Which drawing: chosen by the story's size, or canvas whatever the size (the benchmark compares like with like). */
export type EventRenderer = 'auto' | 'canvas';

/**
 * Creates the drawing that suits the story's size and hands it to `ready`: DOM markers at once, or the canvas,
 * at once if its module was preloaded, else once it has loaded (it is code only large stories need, kept out of
 * every page's first download).
 * Returns a function that cancels a drawing still on its way, or removes the one made.
 */
export function createEventDrawing(
  map: L.Map,
  events: readonly StoryEvent[],
  onActivate: ActivateEvent,
  choice: EventRenderer,
  ready: (drawing: MapEventDrawing) => void,
): () => void {
  let drawing: MapEventDrawing | undefined;
  let cancelled = false;
  const hand = (made: MapEventDrawing) => {
    if (cancelled) {
      made.remove();
      return;
    }
    drawing = made;
    ready(made);
  };
  const canvas = ({ CanvasEventDrawing }: typeof import('./canvasEventDrawing')) =>
    hand(new CanvasEventDrawing(map, events, onActivate));
  const loaded = loadedCanvasDrawing();
  if (choice === 'auto' && events.length <= DOM_MARKER_LIMIT) hand(new EventMarkerDrawing(map, events, onActivate));
  else if (loaded) canvas(loaded);
  else preloadCanvasDrawing().then(canvas);
  return function removeEventDrawing() {
    cancelled = true;
    drawing?.remove();
  };
}
