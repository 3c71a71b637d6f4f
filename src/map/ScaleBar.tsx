import L from 'leaflet';
import { memo, useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** A metric scale bar (Leaflet's control: its text is numbers and units, never data). */
export const ScaleBar = memo(function ScaleBar() {
  const map = useMap();
  useEffect(
    function addScaleBar() {
      const control = L.control.scale({ imperial: false, position: 'bottomleft', maxWidth: 120 }).addTo(map);
      return () => {
        control.remove();
      };
    },
    [map],
  );
  return null;
});
