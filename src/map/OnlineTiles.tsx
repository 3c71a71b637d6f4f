import L from 'leaflet';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { BasemapId } from '../state/appState';
import { ONLINE_TILE_SOURCES } from './onlineTileSources';

export interface OnlineTilesProps {
  readonly basemap: BasemapId;
  /** Reports whether the chosen tiles are failing (true) or loading fine (false). */
  readonly onTileStatus: (failing: boolean) => void;
}

/**
 * The online tile layer the reader chose, if any. Nothing is requested while the embedded basemap is chosen.
 * Failing tiles leave the embedded basemap (drawn underneath) visible, and are reported once.
 */
export const OnlineTiles = memo(function OnlineTiles({ basemap, onTileStatus }: OnlineTilesProps) {
  const map = useMap();
  const report = useRef(onTileStatus);
  useLayoutEffect(function keepLatestReporter() {
    report.current = onTileStatus;
  });
  useEffect(
    function showChosenTiles() {
      report.current(false);
      if (basemap === 'embedded') return;
      const source = ONLINE_TILE_SOURCES[basemap];
      let failures = 0;
      const layer = L.tileLayer(source.url, { maxNativeZoom: source.maxNativeZoom, maxZoom: 19, crossOrigin: false });
      layer.on('tileerror', () => {
        failures++;
        if (failures === 1) report.current(true);
      });
      layer.on('tileload', () => {
        if (failures > 0) {
          failures = 0;
          report.current(false);
        }
      });
      layer.addTo(map);
      return function removeTiles() {
        layer.off();
        layer.remove();
      };
    },
    [map, basemap],
  );
  return null;
});
