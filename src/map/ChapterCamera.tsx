import { memo, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { ChapterView } from '../domain/chapters';
import { CHAPTER_LANDED, isChapterFlying, setChapterFlight } from './chapterFlight';

export interface ChapterCameraProps {
  /** The view of the chapter being shown, or undefined outside the guided story. */
  readonly view: ChapterView | undefined;
  /** Changes on every entry into a chapter, so that re-entering one moves the map back. */
  readonly entry: number;
  readonly reducedMotion: boolean;
  /** The reader dragged, zoomed or panned with the keyboard (not the chapter's own flight). */
  readonly onReaderMove: () => void;
}

/** How long a chapter's flight takes, in seconds. */
const FLIGHT_S = 1.2;
const PAN_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', '+', '-', '=']);

/**
 * Moves the map to a chapter's view when the reader enters it: a short flight, or a jump under reduced motion. Tells
 * the page when the reader moves the map themselves, so that the story can pause.
 */
export const ChapterCamera = memo(function ChapterCamera({
  view,
  entry,
  reducedMotion,
  onReaderMove,
}: ChapterCameraProps) {
  const map = useMap();
  const report = useRef(onReaderMove);
  useEffect(() => {
    report.current = onReaderMove;
  }, [onReaderMove]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new entry (not a new view object) starts a flight
  useEffect(
    function flyToChapter() {
      if (!view) return;
      // A move already under way (the details' pan to the chapter's event) ends first: its end is not the landing.
      map.stop();
      setChapterFlight(map, true);
      const land = () => {
        setChapterFlight(map, false);
        // The chapter's event may have its details open: they are placed again on the landed view.
        map.fire(CHAPTER_LANDED);
      };
      map.once('moveend', land);
      const options = { animate: !reducedMotion, duration: FLIGHT_S };
      if ('bounds' in view) {
        const [west, south, east, north] = view.bounds;
        const bounds: [[number, number], [number, number]] = [
          [south, west],
          [north, east],
        ];
        if (reducedMotion) map.fitBounds(bounds, { animate: false });
        else map.flyToBounds(bounds, options);
      } else {
        const centre: [number, number] = [view.center[1], view.center[0]];
        if (reducedMotion) map.setView(centre, view.zoom, { animate: false });
        else map.flyTo(centre, view.zoom, options);
      }
      return function stopWaitingForLanding() {
        map.off('moveend', land);
        setChapterFlight(map, false);
      };
    },
    [map, entry],
  );

  useEffect(
    function watchReaderMoves() {
      // A zoom may be the flight's own; a drag and a key are always the reader's.
      const moved = () => {
        if (!isChapterFlying(map)) report.current();
      };
      const dragged = () => report.current();
      const onKey = (event: KeyboardEvent) => {
        if (PAN_KEYS.has(event.key)) dragged();
      };
      const container = map.getContainer();
      map.on('dragstart', dragged);
      map.on('zoomstart', moved);
      container.addEventListener('keydown', onKey);
      return function stopWatching() {
        map.off('dragstart', dragged);
        map.off('zoomstart', moved);
        container.removeEventListener('keydown', onKey);
      };
    },
    [map],
  );
  return null;
});
