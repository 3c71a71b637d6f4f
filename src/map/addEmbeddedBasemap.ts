import L from 'leaflet';
import {
  BASEMAP_PANES,
  BASEMAP_STYLES,
  BASEMAP_STYLES_DARK,
  DISTRICT_LABEL_MIN_ZOOM,
  DISTRICT_MIN_ZOOM,
  maxPlaceRankAtZoom,
} from './basemapStyle';
import { createMapLabel } from './createMapLabel';
import { ensurePanes } from './ensurePanes';

type Collection = GeoJSON.FeatureCollection<GeoJSON.Geometry, Record<string, unknown>>;

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

const BASEMAP_FILES = {
  countries: 'geodata/basemap/countries.json',
  afghanistan: 'geodata/basemap/afg_adm0.json',
  provinces: 'geodata/basemap/afg_adm1.json',
  districts: 'geodata/basemap/kabul_adm2.json',
  rivers: 'geodata/basemap/ne_rivers.json',
  lakes: 'geodata/basemap/ne_lakes.json',
  places: 'geodata/basemap/ne_places.json',
} as const;

/** Label priorities (see layoutLabels): capitals, then towns by rank, then districts, which give way to all. */
const LABEL_PRIORITY = { capital: 90, town: 80, district: 5 } as const;

/** Each basemap file is fetched once per page: a theme change or a second map reuses it. */
const collections = new Map<string, Promise<Collection>>();

function fetchCollection(path: string): Promise<Collection> {
  let collection = collections.get(path);
  if (!collection) {
    collection = fetch(new URL(path, document.baseURI)).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<Collection>;
    });
    collection.catch(() => collections.delete(path));
    collections.set(path, collection);
  }
  return collection;
}

function boundsCentre(layer: L.Layer): L.LatLng | undefined {
  return 'getBounds' in layer ? (layer as L.Polygon).getBounds().getCenter() : undefined;
}

/**
 * Draws the embedded, offline locator basemap on a Leaflet map: countries, Afghanistan's provinces, rivers and
 * lakes, towns named by importance for the zoom, and at city zoom the districts around Kabul. Everything is
 * served by the site itself; names are set as text, never as HTML. Plain Leaflet, so that the benchmark's peer
 * page draws the very same basemap. Returns a function that removes it.
 */
export function addEmbeddedBasemap(
  map: L.Map,
  options: { dark?: boolean; onError?: (message: string) => void } = {},
): () => void {
  const { dark = false, onError } = options;
  ensurePanes(map, Object.values(BASEMAP_PANES));
  let cancelled = false;
  const styles = dark ? BASEMAP_STYLES_DARK : BASEMAP_STYLES;
  const renderer = L.canvas({ pane: BASEMAP_PANES.fill.name, padding: 0.5 });
  const always = L.layerGroup().addTo(map);
  const districts = L.layerGroup();
  const districtLabels = L.layerGroup();
  const placeLabels: { rank: number; layer: L.Layer }[] = [];
  const placeGroup = L.layerGroup().addTo(map);

  const updateForZoom = () => {
    const zoom = map.getZoom();
    const showDistricts = zoom >= DISTRICT_MIN_ZOOM;
    if (showDistricts !== map.hasLayer(districts)) showDistricts ? districts.addTo(map) : districts.remove();
    const showDistrictLabels = zoom >= DISTRICT_LABEL_MIN_ZOOM;
    if (showDistrictLabels !== map.hasLayer(districtLabels)) {
      showDistrictLabels ? districtLabels.addTo(map) : districtLabels.remove();
    }
    const maxRank = maxPlaceRankAtZoom(zoom);
    for (const { rank, layer } of placeLabels) {
      const wanted = rank <= maxRank;
      if (wanted !== placeGroup.hasLayer(layer)) wanted ? placeGroup.addLayer(layer) : placeGroup.removeLayer(layer);
    }
  };

  // A few features per task, in drawing order: the page stays responsive while the basemap comes in.
  const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
  Promise.all(Object.values(BASEMAP_FILES).map(fetchCollection))
    .then(async ([countries, afghanistan, provinces, kabulDistricts, rivers, lakes, places]) => {
      const layers: [Collection | undefined, unknown][] = [
        [countries, styles.countries],
        [afghanistan, styles.afghanistan],
        [provinces, styles.provinces],
        [lakes, styles.lakes],
        [rivers, styles.rivers],
      ];
      for (const [data, style] of layers) {
        const features = (data as Collection).features;
        const layer = L.geoJSON(undefined, {
          style,
          renderer,
          interactive: false,
          pane: BASEMAP_PANES.fill.name,
        } as L.GeoJSONOptions).addTo(always);
        let points = 0;
        for (const feature of features) {
          if (cancelled) return;
          layer.addData(feature);
          points += countPositions(feature.geometry);
          if (points >= BASEMAP_POSITIONS_PER_TASK) {
            points = 0;
            await nextTask();
          }
        }
        await nextTask();
      }
      if (cancelled) return;
      if (cancelled) return;
      L.geoJSON(kabulDistricts, {
        renderer,
        interactive: false,
        pane: BASEMAP_PANES.fill.name,
        style: (feature) =>
          (feature?.properties?.name === 'Kabul' ? styles.kabulDistrict : styles.districts) as L.PathOptions,
        onEachFeature: (feature, layer) => {
          const centre = boundsCentre(layer);
          const name = String(feature.properties?.name ?? '');
          if (!centre || !name) return;
          // The city's own district is named by the town label "Kabul" already.
          if (name === 'Kabul') return;
          const text = `${name} district`;
          districtLabels.addLayer(
            createMapLabel(centre, text, {
              className: 'district-label',
              pane: BASEMAP_PANES.labels.name,
              placements: ['centre'],
              priority: LABEL_PRIORITY.district,
            }),
          );
        },
      } as L.GeoJSONOptions).addTo(districts);
      for (const feature of (places as Collection).features) {
        if (feature.geometry.type !== 'Point') continue;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const rank = Number(feature.properties?.rank ?? 10);
        const name = String(feature.properties?.name ?? '');
        const capital = String(feature.properties?.cap ?? '').startsWith('Admin-0 capital');
        placeLabels.push({
          rank,
          layer: createMapLabel(L.latLng(lat, lon), name, {
            className: capital ? 'town-label is-capital' : 'town-label',
            pane: BASEMAP_PANES.labels.name,
            dot: true,
            // Natural Earth's rank: 0 is the most important.
            priority: capital ? LABEL_PRIORITY.capital : LABEL_PRIORITY.town - rank,
          }),
        });
      }
      updateForZoom();
    })
    .catch((error: unknown) => {
      if (!cancelled) onError?.(`The embedded basemap could not be loaded (${(error as Error).message}).`);
    });

  map.on('zoomend', updateForZoom);
  return function removeEmbeddedBasemap() {
    cancelled = true;
    map.off('zoomend', updateForZoom);
    for (const group of [always, districts, districtLabels, placeGroup]) group.remove();
  };
}
