/**
 * When the canvas drawing is used, and its code, loaded apart: this module imports no Leaflet, so the page's
 * loader can start the canvas code's download with the data without pulling the map into the first script.
 */

/**
 * Up to this many events, each is a focusable DOM marker with its own symbol (the story's 24 are). Beyond it,
 * circles on a canvas of our own: DOM markers cost about a millisecond each to add and would not scale.
 */
export const DOM_MARKER_LIMIT = 500;

let canvasModule: typeof import('./canvasEventDrawing') | undefined;

/**
 * Loads the canvas drawing's code ahead of time: a page that knows its story is large loads it with the data
 * (loadStory), so that the drawing is then made at once; the benchmark loads it before it measures.
 */
export async function preloadCanvasDrawing(): Promise<typeof import('./canvasEventDrawing')> {
  canvasModule ??= await import('./canvasEventDrawing');
  return canvasModule;
}

/** The canvas drawing's code, if it has loaded. */
export function loadedCanvasDrawing(): typeof import('./canvasEventDrawing') | undefined {
  return canvasModule;
}
