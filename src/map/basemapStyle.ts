import type L from 'leaflet';
import type { BasemapLayerStyle, BasemapStyleName } from '../domain/basemapManifest';

/** Panes of the embedded basemap: under Leaflet's tile pane (200), so online tiles cover it when chosen. */
export const BASEMAP_PANES = {
  fill: { name: 'embeddedFill', zIndex: 150 },
  /** A street basemap's tiles: over the other layers' lines and areas, under every name. */
  streets: { name: 'embeddedStreets', zIndex: 155 },
  labels: { name: 'embeddedLabels', zIndex: 160 },
} as const;

type LineStyleName = Exclude<BasemapStyleName, 'town' | 'capital' | 'streets' | 'street_labels'>;

/** The named styles of lines and polygons, for light pages. */
export const BASEMAP_STYLES: Readonly<Record<LineStyleName, L.PathOptions>> = {
  /** Land around the story: countries and their borders. */
  land: { color: '#b8b0a3', weight: 0.8, fillColor: '#ece8e1', fillOpacity: 1 },
  /** The land the story is about: lighter, with a strong border. */
  focus: { color: '#5d564d', weight: 1.6, fillColor: '#faf9f6', fillOpacity: 1 },
  boundary: { color: '#c4bcae', weight: 0.8, fill: false },
  /** Smaller areas (districts), dashed. */
  area: { color: '#a89f91', weight: 0.8, dashArray: '3 3', fill: false },
  /** One area outlined strongly (the story's city). */
  outline: { color: '#6f675c', weight: 1.6, fill: false },
  river: { color: '#86acc9', weight: 1.1, fill: false },
  lake: { color: '#86acc9', weight: 0.6, fillColor: '#c9dcea', fillOpacity: 1 },
};

/** The same styles for dark pages (an embed with theme=dark, or auto for a reader in dark mode). */
export const BASEMAP_STYLES_DARK: Readonly<Record<LineStyleName, L.PathOptions>> = {
  land: { color: '#4b535c', weight: 0.8, fillColor: '#262b31', fillOpacity: 1 },
  focus: { color: '#a59d90', weight: 1.6, fillColor: '#30363d', fillOpacity: 1 },
  boundary: { color: '#4f5861', weight: 0.8, fill: false },
  area: { color: '#68717a', weight: 0.8, dashArray: '3 3', fill: false },
  outline: { color: '#b3aa9c', weight: 1.6, fill: false },
  river: { color: '#4d7594', weight: 1.1, fill: false },
  lake: { color: '#4d7594', weight: 0.6, fillColor: '#1f3345', fillOpacity: 1 },
};

/** A label's look (its CSS class in app.css) and its priority in a contested spot (see layoutLabels). */
export interface BasemapLabelStyle {
  readonly className: string;
  /** Higher wins; a ranked place's priority goes down by its rank. */
  readonly priority: number;
}

/** Capitals before towns by rank, and area names, which give way to all. */
export const BASEMAP_LABEL_STYLES = {
  capital: { className: 'town-label is-capital', priority: 90 },
  town: { className: 'town-label', priority: 80 },
  area: { className: 'district-label', priority: 5 },
} as const satisfies Record<string, BasemapLabelStyle>;

/** The line and fill of a layer's style on a light or a dark page; a place style draws no line. */
export function resolveBasemapPathStyle(style: BasemapLayerStyle, dark: boolean): L.PathOptions {
  if (typeof style === 'string') {
    if (style === 'town' || style === 'capital' || style === 'streets' || style === 'street_labels') return {};
    return (dark ? BASEMAP_STYLES_DARK : BASEMAP_STYLES)[style];
  }
  const stroke = dark ? style.dark_stroke : style.stroke;
  const fill = dark ? style.dark_fill : style.fill;
  return {
    color: stroke,
    stroke: stroke !== undefined,
    weight: style.width ?? 0.8,
    dashArray: style.dash,
    fill: fill !== undefined,
    fillColor: fill,
    fillOpacity: 1,
  };
}

/**
 * The least important rank shown at a zoom, in Natural Earth's scalerank (0 is the most important): the country
 * view names only the big cities, the city view names every town in the data.
 */
export function maxPlaceRankAtZoom(zoom: number): number {
  if (zoom <= 5) return 3;
  if (zoom <= 6) return 5;
  if (zoom <= 7) return 7;
  return 10;
}

/**
 * The street basemap's colours, for light and dark pages: quiet fills under the story (land, water, parks and
 * built-up areas a step apart), buildings a shade darker than the land, roads lighter than it with a casing, so
 * that the story's markers, lines and names stay what the eye finds first.
 */
export const STREET_COLOURS = {
  light: {
    sea: '#c6d9e6',
    land: '#f3f1ec',
    builtup: '#ece8e1',
    industrial: '#e7e3dd',
    park: '#dce7cf',
    wood: '#dae6cd',
    grass: '#e1ead5',
    cemetery: '#dfe4d7',
    sand: '#f1eadb',
    sport: '#dde8d3',
    pedestrian: '#ebe9e5',
    pier: '#f3f1ec',
    pierEdge: '#cfc8bc',
    aerodrome: '#e9e6e1',
    apron: '#dcd9d4',
    runway: '#cbc6be',
    water: '#c6d9e6',
    waterway: '#9dbed6',
    building: '#e0dad1',
    buildingEdge: '#cfc8bd',
    casing: '#d3ccc1',
    road: '#ffffff',
    major: '#fdf6e6',
    majorCasing: '#d8c9a6',
    path: '#bfb6a9',
    rail: '#b3aca2',
    tunnel: '#e7e3dc',
  },
  dark: {
    sea: '#172836',
    land: '#23282e',
    builtup: '#282d34',
    industrial: '#292c31',
    park: '#243029',
    wood: '#223027',
    grass: '#262f2a',
    cemetery: '#272d2a',
    sand: '#302e29',
    sport: '#252f29',
    pedestrian: '#2b3037',
    pier: '#23282e',
    pierEdge: '#3c434b',
    aerodrome: '#2a2e34',
    apron: '#31363d',
    runway: '#3b4048',
    water: '#172836',
    waterway: '#2c4b63',
    building: '#2f353d',
    buildingEdge: '#383f48',
    casing: '#1a1e23',
    road: '#3d444d',
    major: '#4d4a42',
    majorCasing: '#1a1e23',
    path: '#545c66',
    rail: '#59616b',
    tunnel: '#30353c',
  },
} as const;
