import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { addEmbeddedBasemap } from './addEmbeddedBasemap';

/** The embedded, offline locator basemap as a map child (see addEmbeddedBasemap). */
export const EmbeddedBasemap = memo(function EmbeddedBasemap({
  onError,
  dark = false,
}: {
  onError: (message: string) => void;
  dark?: boolean;
}) {
  const map = useMap();
  useEffect(
    function drawEmbeddedBasemap() {
      return addEmbeddedBasemap(map, { dark, onError });
    },
    [map, onError, dark],
  );
  return null;
});
