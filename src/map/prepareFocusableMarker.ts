import type L from 'leaflet';

/**
 * Prepares a focusable marker each time Leaflet adds it (it builds a new icon element then): names it for
 * assistive technology, places it (a fan-out offset), and makes Enter or Space activate it like a click.
 */
export function prepareFocusableMarker(
  marker: L.Marker,
  options: {
    /** Asked each time the marker is added: the name can change with time. */
    readonly label: () => string;
    readonly dataset: Readonly<Record<string, string>>;
    readonly offset: () => readonly [number, number] | undefined;
    readonly onActivate: () => void;
  },
): void {
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    const offset = options.offset();
    if (offset) element.style.translate = `${offset[0]}px ${offset[1]}px`;
    const label = options.label();
    element.setAttribute('aria-label', label);
    element.title = label;
    Object.assign(element.dataset, options.dataset);
    element.addEventListener('keydown', (keyboardEvent) => {
      if (keyboardEvent.key !== 'Enter' && keyboardEvent.key !== ' ') return;
      keyboardEvent.preventDefault();
      keyboardEvent.stopPropagation();
      options.onActivate();
    });
  });
}
