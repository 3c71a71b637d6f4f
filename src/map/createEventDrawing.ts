import type L from 'leaflet';
import type { StoryEvent } from '../domain/storyEvent';
import { EventMarkerDrawing } from './eventMarkerDrawing';
import type { ActivateEvent, MapEventDrawing } from './mapEventDrawing';

/**
 * Up to this many events, each is a focusable DOM marker with its own symbol (the story's 24 are). Beyond it,
 * circles on a canvas of our own: DOM markers cost about a millisecond each to add and would not scale.
 */
export const DOM_MARKER_LIMIT = 500;

/** Which drawing: chosen by the story's size, or canvas whatever the size (the benchmark compares like with like). */
export type EventRenderer = 'auto' | 'canvas';

let canvasModule: typeof import('./canvasEventDrawing') | undefined;

/**
 * Loads the canvas drawing's code ahead of time: a page that knows its story is large loads it with the data
 * (loadStory), so that the drawing is then made at once; the benchmark loads it before it measures.
 */
export async function preloadCanvasDrawing(): Promise<void> {
  canvasModule ??= await import('./canvasEventDrawing');
}

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
  const canvas = () => {
    const { CanvasEventDrawing } = canvasModule as typeof import('./canvasEventDrawing');
    hand(new CanvasEventDrawing(map, events, onActivate));
  };
  if (choice === 'auto' && events.length <= DOM_MARKER_LIMIT) hand(new EventMarkerDrawing(map, events, onActivate));
  else if (canvasModule) canvas();
  else preloadCanvasDrawing().then(canvas);
  return function removeEventDrawing() {
    cancelled = true;
    drawing?.remove();
  };
}
