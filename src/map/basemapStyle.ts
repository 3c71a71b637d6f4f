import type L from 'leaflet';

/** Panes of the embedded basemap: under Leaflet's tile pane (200), so online tiles cover it when chosen. */
export const BASEMAP_PANES = {
  fill: { name: 'embeddedFill', zIndex: 150 },
  labels: { name: 'embeddedLabels', zIndex: 160 },
} as const;

/** Styles of the embedded basemap layers, one per layer, for light pages. */
export const BASEMAP_STYLES: Record<string, L.PathOptions> = {
  countries: { color: '#b8b0a3', weight: 0.8, fillColor: '#ece8e1', fillOpacity: 1 },
  afghanistan: { color: '#5d564d', weight: 1.6, fillColor: '#faf9f6', fillOpacity: 1 },
  provinces: { color: '#c4bcae', weight: 0.8, fill: false },
  districts: { color: '#a89f91', weight: 0.8, dashArray: '3 3', fill: false },
  kabulDistrict: { color: '#6f675c', weight: 1.6, fill: false },
  rivers: { color: '#86acc9', weight: 1.1, fill: false },
  lakes: { color: '#86acc9', weight: 0.6, fillColor: '#c9dcea', fillOpacity: 1 },
};

/** The same layers for dark pages (an embed with theme=dark, or auto for a reader in dark mode). */
export const BASEMAP_STYLES_DARK: Record<string, L.PathOptions> = {
  countries: { color: '#4b535c', weight: 0.8, fillColor: '#262b31', fillOpacity: 1 },
  afghanistan: { color: '#a59d90', weight: 1.6, fillColor: '#30363d', fillOpacity: 1 },
  provinces: { color: '#4f5861', weight: 0.8, fill: false },
  districts: { color: '#68717a', weight: 0.8, dashArray: '3 3', fill: false },
  kabulDistrict: { color: '#b3aa9c', weight: 1.6, fill: false },
  rivers: { color: '#4d7594', weight: 1.1, fill: false },
  lakes: { color: '#4d7594', weight: 0.6, fillColor: '#1f3345', fillOpacity: 1 },
};

/**
 * The least important Natural Earth scalerank shown at a zoom: the country view names only the big cities,
 * the city view names every town in the data.
 */
export function maxPlaceRankAtZoom(zoom: number): number {
  if (zoom <= 5) return 3;
  if (zoom <= 6) return 5;
  if (zoom <= 7) return 7;
  return 10;
}

/** From this zoom on, the city's districts are drawn and labelled. */
export const DISTRICT_MIN_ZOOM = 9;
export const DISTRICT_LABEL_MIN_ZOOM = 11;
