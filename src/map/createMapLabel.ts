import L from 'leaflet';
import type { LabelPlacement } from './layoutLabels';

export interface MapLabelOptions {
  /** Its style: town-label, district-label, place-label… */
  readonly className: string;
  readonly pane: string;
  /** Mark the exact place with a small dot. */
  readonly dot?: boolean;
  /** Higher wins a contested spot (see layoutLabels); the default is the least. */
  readonly priority?: number;
  /** Where the text may go around its point, in order of preference. Default: the four sides. */
  readonly placements?: readonly LabelPlacement[];
  /** Distance between the point and the text, in pixels (the dot, or the marker the label names). */
  readonly gap?: number;
}

const SIDES: readonly LabelPlacement[] = ['right', 'left', 'above', 'below'];

/**
 * A text label on the map: a non-interactive, unfocusable marker whose text is set with textContent (names in
 * data are never parsed as HTML). Its point is the marker's; the text sits beside it, where the map's label
 * layout (MapDeclutter) finds room, or is left out while there is none.
 */
export function createMapLabel(at: L.LatLngExpression, text: string, options: MapLabelOptions): L.Marker {
  const element = document.createElement('span');
  element.className = `map-label ${options.className}`;
  element.textContent = text;
  element.dataset.priority = String(options.priority ?? 0);
  element.dataset.placements = (options.placements ?? SIDES).join(' ');
  element.dataset.gap = String(options.gap ?? (options.dot ? 6 : 0));
  return L.marker(at, {
    icon: L.divIcon({
      html: element,
      className: `map-label-icon${options.dot ? ' has-dot' : ''}`,
      iconSize: undefined,
      iconAnchor: [0, 0],
    }),
    interactive: false,
    keyboard: false,
    pane: options.pane,
  });
}
