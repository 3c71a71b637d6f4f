import type L from 'leaflet';

/** Fired on the map by ChapterCamera when a chapter's flight lands: open details are brought back into view. */
export const CHAPTER_LANDED = 'chapterlanded';

const flying = new WeakSet<L.Map>();

/** Marks the start or the end of a chapter's flight on a map. */
export function setChapterFlight(map: L.Map, inFlight: boolean): void {
  if (inFlight) flying.add(map);
  else flying.delete(map);
}

/**
 * Whether a chapter's flight is moving the map: nothing else may move it meanwhile (a pan of Leaflet's own would
 * stop the flight, and its end would read as the flight's).
 */
export function isChapterFlying(map: L.Map): boolean {
  return flying.has(map);
}
