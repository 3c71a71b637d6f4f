import { memo, useLayoutEffect } from 'react';
import { useMap } from 'react-leaflet';
import { BASEMAP_PANES } from './basemapStyle';
import { ensurePanes } from './ensurePanes';
import { STORY_PANES } from './eventMarkerDrawing';
import { declutterOf } from './MapDeclutter';

/**
 * Prepares the map before any layer is added: names the map region for assistive technology, creates the
 * panes (the embedded basemap under Leaflet's tile pane, so online tiles cover it and it shows through when they
 * fail; the story's context, uncertainty circles and labels above), starts its decluttering (MapDeclutter), and
 * tells it when its box changes size.
 */
export const MapSetup = memo(function MapSetup({ label }: { label: string }) {
  const map = useMap();
  useLayoutEffect(
    function createPanesAndLabel() {
      ensurePanes(map, [...Object.values(BASEMAP_PANES), ...Object.values(STORY_PANES)]);
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
    },
    [map, label],
  );
  useLayoutEffect(
    function followTheBoxSize() {
      // Leaflet follows the window's size, not its box's: the box also changes with the page around it (the header
      // wrapping, the controls under the map coming in). As for the window, the map keeps its centre.
      const observer = new ResizeObserver(() => map.invalidateSize({ debounceMoveend: true }));
      observer.observe(map.getContainer());
      return () => observer.disconnect();
    },
    [map],
  );
  useLayoutEffect(
    function declutterMap() {
      const declutter = declutterOf(map);
      return function stopDecluttering() {
        declutter.remove();
      };
    },
    [map],
  );
  return null;
});
