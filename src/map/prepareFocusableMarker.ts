import type L from 'leaflet';

/**
 * Prepares a focusable marker each time Leaflet adds it (it builds a new icon element then): names it for
 * assistive technology (`data-label` keeps the name, to which MapDeclutter adds what a stack stands for), and
 * makes Enter or Space activate it like a click.
 */
export function prepareFocusableMarker(
  marker: L.Marker,
  options: {
    /** Asked each time the marker is added: the name can change with time. */
    readonly label: () => string;
    readonly dataset: Readonly<Record<string, string>>;
    readonly onActivate: () => void;
  },
): void {
  marker.on('add', () => {
    const element = marker.getElement();
    if (!element) return;
    const label = options.label();
    element.setAttribute('aria-label', label);
    element.title = label;
    Object.assign(element.dataset, options.dataset, { label });
    element.addEventListener('keydown', (keyboardEvent) => {
      if (keyboardEvent.key !== 'Enter' && keyboardEvent.key !== ' ') return;
      keyboardEvent.preventDefault();
      keyboardEvent.stopPropagation();
      options.onActivate();
    });
  });
}
