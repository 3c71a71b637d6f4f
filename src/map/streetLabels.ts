import L from 'leaflet';
import type { BasemapCollection } from '../domain/basemapLayerData';
import { BASEMAP_PANES } from './basemapStyle';
import { createMapLabel } from './createMapLabel';
import type { LabelPlacement } from './layoutLabels';

/** How each kind of name is drawn (its CSS class in app.css), where it may sit, and its place among the names. */
const KINDS: Readonly<
  Record<string, { className: string; placements: readonly LabelPlacement[]; dot: boolean; priority: number }>
> = {
  place: { className: 'street-place-label', placements: ['centre'], dot: false, priority: 14 },
  water: { className: 'street-water-label', placements: ['centre'], dot: false, priority: 11 },
  landmark: { className: 'landmark-label', placements: ['right', 'left', 'above', 'below'], dot: true, priority: 10 },
  square: { className: 'square-label', placements: ['centre'], dot: false, priority: 9 },
  street: { className: 'street-label', placements: ['centre'], dot: false, priority: 8 },
};

/** Names are kept on the page only near the view: a city has thousands, the screen a few dozen. */
const VIEW_PADDING = 0.25;

const EARTH_CIRCUMFERENCE = 40_075_016.686;

interface Candidate {
  readonly latLng: L.LatLng;
  readonly text: string;
  readonly kind: string;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly angle?: number;
  /** The straight stretch a street's name is written along, in metres. */
  readonly length?: number;
  readonly priority: number;
  marker?: L.Marker;
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The names of a street basemap (a `street_labels` layer: streets, places, squares, landmarks, waters) as map
 * labels, which the map's layout (MapDeclutter) keeps clear of each other and of the story's markers and names,
 * these first: a street's name is written along its road, turned to the road's angle, only where the straight
 * stretch is longer than the name; every other name waits for its zoom. Only the names near the view are on the
 * page, each made once. Names are set as text, never as HTML. Returns the group to add, and the function that
 * brings it up to date with the view.
 */
export function createStreetLabels(
  map: L.Map,
  collection: BasemapCollection,
): { group: L.LayerGroup; update: () => void } {
  const candidates: Candidate[] = [];
  for (const feature of collection.features) {
    const properties = feature.properties ?? {};
    const text = typeof properties.name === 'string' ? properties.name.trim() : '';
    const kind = KINDS[String(properties.kind)] ? String(properties.kind) : undefined;
    if (!text || !kind || feature.geometry?.type !== 'Point') continue;
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const rank = number(properties.rank) ?? 5;
    candidates.push({
      latLng: L.latLng(lat, lon),
      text,
      kind,
      minZoom: number(properties.min_zoom) ?? 0,
      maxZoom: number(properties.max_zoom) ?? 24,
      angle: number(properties.angle),
      length: number(properties.length),
      // Within a kind, the more important first (rank 0 is a city, a motorway).
      priority: (KINDS[kind]?.priority ?? 0) - rank * 0.25,
    });
  }
  const group = L.layerGroup();

  const labelFor = (candidate: Candidate): L.Marker => {
    if (!candidate.marker) {
      const style = KINDS[candidate.kind] as (typeof KINDS)[string];
      candidate.marker = createMapLabel(candidate.latLng, candidate.text, {
        className: style.className,
        pane: BASEMAP_PANES.labels.name,
        dot: style.dot,
        placements: style.placements,
        priority: candidate.priority,
      });
      const element = (candidate.marker.options.icon as L.DivIcon).options.html as HTMLElement;
      if (candidate.angle !== undefined) element.dataset.angle = String(candidate.angle);
    }
    return candidate.marker;
  };

  const update = () => {
    const zoom = map.getZoom();
    const band = Math.floor(zoom);
    const view = map.getBounds().pad(VIEW_PADDING);
    const metresPerPixel = (EARTH_CIRCUMFERENCE * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (256 * 2 ** zoom);
    for (const candidate of candidates) {
      const wanted = band >= candidate.minZoom && band <= candidate.maxZoom && view.contains(candidate.latLng);
      const label = wanted ? labelFor(candidate) : candidate.marker;
      if (!label) continue;
      if (wanted && candidate.length !== undefined) {
        // The room along the road, in pixels at this zoom: the layout leaves the name out where it is longer.
        const element = (label.options.icon as L.DivIcon).options.html as HTMLElement;
        element.dataset.span = String(Math.floor(candidate.length / metresPerPixel));
      }
      if (wanted !== group.hasLayer(label)) {
        if (wanted) group.addLayer(label);
        else group.removeLayer(label);
      }
    }
  };
  return { group, update };
}
