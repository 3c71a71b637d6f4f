import L from 'leaflet';

/**
 * A text label on the map: a non-interactive, unfocusable marker whose text is set with textContent (names in
 * data are never parsed as HTML). With `dot`, a small point marks the exact place.
 */
export function createMapLabel(
  at: L.LatLngExpression,
  text: string,
  className: string,
  pane: string,
  dot = false,
): L.Marker {
  const element = document.createElement('span');
  element.className = `map-label ${className}${dot ? ' has-dot' : ''}`;
  element.textContent = text;
  return L.marker(at, {
    icon: L.divIcon({
      html: element,
      className: 'map-label-icon',
      iconSize: undefined,
      iconAnchor: dot ? [4, 4] : [0, 0],
    }),
    interactive: false,
    keyboard: false,
    pane,
  });
}
