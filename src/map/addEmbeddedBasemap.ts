import L from 'leaflet';
import type { BasemapCollection } from '../domain/basemapLayerData';
import type { BasemapLayer } from '../domain/basemapManifest';
import type { DataProblem } from '../domain/dataProblem';
import type { AttributionPart } from '../domain/publication';
import {
  BASEMAP_LABEL_STYLES,
  BASEMAP_PANES,
  type BasemapLabelStyle,
  maxPlaceRankAtZoom,
  resolveBasemapPathStyle,
} from './basemapStyle';
import { createMapLabel } from './createMapLabel';
import { ensurePanes } from './ensurePanes';
import { createStreetLabels } from './streetLabels';

/** Longest wait for the map's first frame before the basemap starts loading. */
const FIRST_FRAME_WAIT_MS = 200;

/** Basemap positions added per task: the countries' outlines in one go took ~25 ms, some 100 ms on a phone. */
const BASEMAP_POSITIONS_PER_TASK = 4000;

/** How many positions a geometry has (its cost to project and draw). */
function countPositions(geometry: GeoJSON.Geometry | null): number {
  if (!geometry) return 0;
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.reduce((sum, part) => sum + countPositions(part), 0);
  }
  const count = (value: unknown): number =>
    Array.isArray(value) && Array.isArray(value[0]) ? value.reduce((sum: number, part) => sum + count(part), 0) : 1;
  return count(geometry.coordinates);
}

function keepsFeature(layer: BasemapLayer, feature: GeoJSON.Feature): boolean {
  if (!layer.filter) return true;
  const value = feature.properties?.[layer.filter.property];
  return layer.filter.values.includes(value) === layer.filter.keep;
}

function labelText(layer: BasemapLayer, feature: GeoJSON.Feature): string {
  const value = layer.label && feature.properties?.[layer.label.property];
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const name = String(value).trim();
  // A function, so that a name holding "$&" or "$'" is written as it is.
  return name && (layer.label?.format ?? '{}').replace('{}', () => name);
}

/** A place's label style: capitals and towns; an area's: its name at its centre. */
function labelStyleOf(layer: BasemapLayer): BasemapLabelStyle {
  if (layer.role !== 'places') return BASEMAP_LABEL_STYLES.area;
  return layer.style === 'capital' ? BASEMAP_LABEL_STYLES.capital : BASEMAP_LABEL_STYLES.town;
}

/** What the basemap drew, once loaded: how many layers, and what it left out (an empty list when nothing). */
export interface BasemapReport {
  readonly drawn: number;
  readonly problems: readonly DataProblem[];
  /** The credits the drawn layers ask for (an OpenStreetMap layer's ODbL credit), each once. */
  readonly credits?: readonly AttributionPart[];
}

/** One layer on the map: its drawing and its labels, each shown in its own zoom range. */
interface DrawnLayer {
  readonly layer: BasemapLayer;
  /** Its lines and areas: GeoJSON on the basemap's canvas, or a street basemap's tiles. */
  readonly paths: L.Layer & { bringToFront?: () => unknown };
  readonly labels: { readonly rank: number; readonly label: L.Marker }[];
  readonly labelGroup: L.LayerGroup;
  /** Brings the labels up to date with the view (street names are kept on the page only near it). */
  readonly refresh?: () => void;
}

/**
 * Draws the embedded, offline basemap on a Leaflet map from the story's basemap manifest
 * (geodata/basemap/manifest.json): its layers in order, the first at the bottom, each in its zoom range, with
 * their labels (places named by importance for the zoom). A layer whose file is missing, unreadable or invalid is
 * left out and the others are drawn; a missing manifest leaves the map without a basemap. `onLoaded` hears what
 * was drawn and what was left out, once all is loaded. Everything is served by the site itself; names are set as
 * text, never as HTML. Plain Leaflet, so that the benchmark's peer page draws the very same basemap. Returns a
 * function that removes it.
 */
export function addEmbeddedBasemap(
  map: L.Map,
  options: { dark?: boolean; onLoaded?: (report: BasemapReport) => void } = {},
): () => void {
  const { dark = false, onLoaded } = options;
  ensurePanes(map, Object.values(BASEMAP_PANES));
  let cancelled = false;
  const renderer = L.canvas({ pane: BASEMAP_PANES.fill.name, padding: 0.5 });
  const drawn: DrawnLayer[] = [];

  const updateForZoom = () => {
    const zoom = map.getZoom();
    const maxRank = maxPlaceRankAtZoom(zoom);
    let added = false;
    for (const { layer, paths, labels, labelGroup } of drawn) {
      const inRange = zoom >= layer.minZoom && zoom <= layer.maxZoom;
      if (inRange !== map.hasLayer(paths)) {
        if (inRange) paths.addTo(map);
        else paths.remove();
        added ||= inRange;
      } else if (added && inRange) {
        // A canvas draws in the order layers were added: those above a layer that came back go back on top.
        paths.bringToFront?.();
      }
      const labelsShown = inRange && zoom >= (layer.label?.minZoom ?? layer.minZoom);
      if (labelsShown !== map.hasLayer(labelGroup)) labelsShown ? labelGroup.addTo(map) : labelGroup.remove();
      for (const { rank, label } of labels) {
        const wanted = rank <= maxRank;
        if (wanted !== labelGroup.hasLayer(label)) wanted ? labelGroup.addLayer(label) : labelGroup.removeLayer(label);
      }
    }
  };

  const refreshLabels = () => {
    for (const { refresh } of drawn) refresh?.();
  };

  const addFeatures = async (layer: BasemapLayer, collection: BasemapCollection) => {
    if (layer.role === 'street_labels') {
      const names = createStreetLabels(map, collection);
      drawn.push({ layer, paths: L.layerGroup(), labels: [], labelGroup: names.group, refresh: names.update });
      names.update();
      updateForZoom();
      return;
    }
    const labelStyle = labelStyleOf(layer);
    const labels: DrawnLayer['labels'] = [];
    const paths = L.geoJSON(undefined, {
      style: resolveBasemapPathStyle(layer.style, dark),
      renderer,
      interactive: false,
      pane: BASEMAP_PANES.fill.name,
      onEachFeature: (feature, featureLayer) => {
        const text = labelText(layer, feature);
        const centre =
          text && 'getBounds' in featureLayer ? (featureLayer as L.Polyline).getBounds().getCenter() : undefined;
        if (!centre) return;
        labels.push({
          rank: 0,
          label: createMapLabel(centre, text, {
            className: labelStyle.className,
            pane: BASEMAP_PANES.labels.name,
            placements: ['centre'],
            priority: labelStyle.priority,
          }),
        });
      },
    } as L.GeoJSONOptions);
    drawn.push({ layer, paths, labels, labelGroup: L.layerGroup() });
    let points = 0;
    for (const feature of collection.features as GeoJSON.Feature[]) {
      if (cancelled) return;
      if (!feature.geometry || !keepsFeature(layer, feature)) continue;
      if (layer.role === 'places') {
        const text = labelText(layer, feature);
        if (feature.geometry.type !== 'Point' || !text) continue;
        const [lon = 0, lat = 0] = feature.geometry.coordinates;
        // Unranked places (no number in the property) count as the least important.
        const value = layer.rankProperty ? feature.properties?.[layer.rankProperty] : 0;
        const ranked = typeof value === 'number' ? value : Number.parseFloat(String(value));
        const rank = Number.isFinite(ranked) ? ranked : 10;
        labels.push({
          rank,
          label: createMapLabel(L.latLng(lat, lon), text, {
            className: labelStyle.className,
            pane: BASEMAP_PANES.labels.name,
            dot: true,
            // A capital's priority does not depend on its rank, a town's does (smaller is more important).
            priority: layer.style === 'capital' ? labelStyle.priority : labelStyle.priority - rank,
          }),
        });
        continue;
      }
      paths.addData(feature);
      points += countPositions(feature.geometry);
      if (points >= BASEMAP_POSITIONS_PER_TASK) {
        points = 0;
        updateForZoom();
        await nextTask();
      }
    }
    updateForZoom();
    await nextTask();
  };

  // A few features per task, in drawing order: the page stays responsive while the basemap comes in.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  void (async function drawLayers() {
    // After the map's first frame, with its places and events: the basemap's files, and the code that reads and
    // checks them, are not on the way to it.
    // (A page in a background tab, or an embed scrolled out of view, gets no frame: then after a moment.)
    await new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
      setTimeout(resolve, FIRST_FRAME_WAIT_MS);
    });
    let files: typeof import('./basemapFiles');
    try {
      files = await import('./basemapFiles');
    } catch (error) {
      const message = `the basemap's code could not be loaded (${(error as Error).message}); the map is shown without its basemap`;
      if (!cancelled) onLoaded?.({ drawn: 0, problems: [{ file: 'geodata/basemap', message }] });
      return;
    }
    if (cancelled) return;
    const { loadLayer, loadManifest, publishedUrl } = files;
    const manifest = await loadManifest();
    const problems = [...manifest.problems];
    // A street basemap's renderer is loaded only by a story that has one.
    const streetTiles = manifest.layers.some((layer) => 'tiles' in layer.source)
      ? import('./addStreetTiles').catch((error: Error) => error)
      : undefined;
    // Every file is asked for at once; each is drawn in the manifest's order as soon as those below it are.
    const loads = manifest.layers.map((layer) => ('tiles' in layer.source ? undefined : loadLayer(layer)));
    for (const [index, layer] of manifest.layers.entries()) {
      if ('tiles' in layer.source) {
        const code = await streetTiles;
        if (cancelled) return;
        if (!code || code instanceof Error) {
          const message = `the street basemap's code could not be loaded (${code?.message}); the map is shown without its streets`;
          problems.push({ file: `geodata/${layer.path}`, field: `layer "${layer.id}"`, message });
          continue;
        }
        const tiles = code.createStreetTiles(map, layer, publishedUrl(layer.path), dark);
        drawn.push({ layer, paths: tiles, labels: [], labelGroup: L.layerGroup() });
        updateForZoom();
        continue;
      }
      const loaded = await loads[index];
      if (cancelled) return;
      if (!loaded?.ok) {
        problems.push(...(loaded?.problems ?? []));
        continue;
      }
      await addFeatures(layer, loaded.collection);
      if (cancelled) return;
    }
    const credits = new Map<string, AttributionPart>();
    for (const { layer } of drawn) if (layer.attribution) credits.set(layer.attribution.text, layer.attribution);
    onLoaded?.({ drawn: drawn.length, problems, credits: [...credits.values()] });
  })();

  map.on('zoomend', updateForZoom);
  map.on('moveend', refreshLabels);
  return function removeEmbeddedBasemap() {
    cancelled = true;
    map.off('zoomend', updateForZoom);
    map.off('moveend', refreshLabels);
    for (const { paths, labelGroup } of drawn) {
      paths.remove();
      labelGroup.remove();
    }
  };
}
