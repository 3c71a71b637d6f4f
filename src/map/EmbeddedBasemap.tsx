import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { addEmbeddedBasemap, type BasemapReport } from './addEmbeddedBasemap';

/** The embedded, offline basemap as a map child (see addEmbeddedBasemap). */
export const EmbeddedBasemap = memo(function EmbeddedBasemap({
  onLoaded,
  dark = false,
}: {
  /** What the basemap drew and what it had to leave out, once it has loaded. */
  onLoaded: (report: BasemapReport) => void;
  dark?: boolean;
}) {
  const map = useMap();
  useEffect(
    function drawEmbeddedBasemap() {
      return addEmbeddedBasemap(map, { dark, onLoaded });
    },
    [map, onLoaded, dark],
  );
  return null;
});
