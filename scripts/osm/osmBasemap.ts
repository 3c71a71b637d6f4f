import { basename } from 'node:path';
import { BASEMAP_MANIFEST_PATH } from '../../src/domain/basemapManifest';
import { parseJsonText } from '../../src/domain/parseJsonText';
import { storyConfigSchema } from '../../src/domain/storyConfig';
import { readStoryFile } from '../storyFiles';
import { type Box, expandBox } from '../worldLayer';
import { buildStreetLayers, OSM_WANTED, readMargin } from './buildStreetLayers';
import { OsmExtractError, readOsmExtract } from './readOsmExtract';
import { buildStreetTiles, STREET_TILE_DEFAULTS } from './streetTiles';

/** Where the street basemap goes in a story folder, and the ids of its two manifest layers. */
export const OSM_BASEMAP = {
  tilesFolder: 'basemap/streets',
  tiles: 'basemap/streets/{z}/{x}/{y}.mvt',
  labels: 'basemap/street-names.geojson',
  notes: 'basemap/streets/SOURCES.md',
  tilesLayerId: 'streets',
  labelsLayerId: 'street-names',
  /** The display zoom the streets are drawn from (below it, the story's other layers show the region). */
  minZoom: 12,
} as const;

/** ODbL 1.0 asks for this credit wherever the map is shown. */
export const OSM_ATTRIBUTION = {
  text: '© OpenStreetMap contributors',
  url: 'https://www.openstreetmap.org/copyright',
  licence: 'ODbL 1.0',
} as const;

export interface OsmBasemapFiles {
  /** The files to write, relative to the story folder: tiles (bytes), the names (GeoJSON), the notes (text). */
  readonly files: { readonly name: string; readonly body: string | Uint8Array }[];
  /** The manifest with the street layers in it, as it is to be written. */
  readonly manifest: { layers: Record<string, unknown>[] };
  /** One line per fact, for the command's summary. */
  readonly summary: string[];
}

type Result = { ok: true; value: OsmBasemapFiles } | { ok: false; message: string };

const contains = (outer: Box, inner: Box) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

const formatBox = (box: Box) => `[${box.map((value) => Number(value.toFixed(5))).join(', ')}]`;

/**
 * Builds a story's street basemap from an OpenStreetMap extract: reads the story's area from its story.json, the
 * extract around it, and returns the tiles, the names, their provenance and the manifest with the two layers added
 * (or replaced: the other layers are kept, in order). Writes nothing (scripts/basemap.ts does). A file that is not
 * a PBF extract, an extract that does not cover the area, or an area with nothing to draw is a one-line message.
 */
export async function buildOsmBasemap(osmPath: string, storyFolder: string, label: string): Promise<Result> {
  const story = readStoryFile(storyFolder, 'story.json');
  if (!story.ok) return { ok: false, message: `${label}/story.json: ${story.message}` };
  const storyJson = parseJsonText(`${label}/story.json`, story.text);
  if (!storyJson.ok) return { ok: false, message: `${label}/story.json: ${storyJson.problem.message}` };
  const area = storyConfigSchema.shape.area.safeParse((storyJson.value as { area?: unknown } | null)?.area);
  if (!area.success) {
    return { ok: false, message: `${label}/story.json: area: expected [west, south, east, north], the area to draw` };
  }
  const box = area.data as Box;
  let extract: Awaited<ReturnType<typeof readOsmExtract>>;
  try {
    extract = await readOsmExtract(osmPath, expandBox(box, readMargin(box)), OSM_WANTED);
  } catch (error) {
    if (error instanceof OsmExtractError) return { ok: false, message: `${osmPath}: ${error.message}` };
    return {
      ok: false,
      message: `${osmPath}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  if (extract.bounds && !contains(extract.bounds, box)) {
    return {
      ok: false,
      message: `${osmPath}: the extract covers ${formatBox(extract.bounds)}, not the story's area ${formatBox(box)} (${label}/story.json): use an extract of the region around it`,
    };
  }
  if (extract.nodeCount === 0 || extract.ways.length === 0) {
    return {
      ok: false,
      message: `${osmPath}: nothing of the extract lies in the story's area ${formatBox(box)} (${label}/story.json): use an extract of the region around it`,
    };
  }
  const built = buildStreetLayers(extract, box);
  if (!built.ok) return { ok: false, message: `${osmPath}: ${built.message}` };
  const { layers, labels, counts } = built.value;
  const drawn = [...layers.entries()]
    .filter(([layer]) => layer !== 'land')
    .reduce((sum, [, features]) => sum + features.length, 0);
  if (drawn === 0) {
    return {
      ok: false,
      message: `${osmPath}: no road, building, water or land use of the extract lies in the story's area ${formatBox(box)}: nothing to draw`,
    };
  }
  const tiles = buildStreetTiles(layers, box);
  const { minDataZoom, maxDataZoom } = STREET_TILE_DEFAULTS;
  const files: OsmBasemapFiles['files'] = [];
  for (const [address, bytes] of [...tiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    files.push({ name: `${OSM_BASEMAP.tilesFolder}/${address}.mvt`, body: bytes });
  }
  files.push({
    name: OSM_BASEMAP.labels,
    body: `${JSON.stringify({ type: 'FeatureCollection', features: labels })}\n`,
  });
  files.push({ name: OSM_BASEMAP.notes, body: provenance(basename(osmPath), extract.timestamp, box) });
  const manifest = withStreetLayers(readManifest(storyFolder), box);
  const bytes = [...tiles.values()].reduce((sum, tile) => sum + tile.length, 0);
  const summary = [
    `${tiles.size} tiles at data zooms ${minDataZoom}–${maxDataZoom} (${Math.round(bytes / 1024)} kB), drawn from zoom ${OSM_BASEMAP.minZoom}`,
    `${labels.length} names (${['street', 'place', 'square', 'landmark', 'water'].map((kind) => `${counts[`${kind} names`] ?? 0} ${kind}`).join(', ')})`,
    Object.entries(counts)
      .filter(([key]) => !key.endsWith(' names'))
      .map(([key, count]) => `${count} ${key}`)
      .join(', '),
  ];
  return { ok: true, value: { files, manifest, summary } };
}

function readManifest(storyFolder: string): { layers: Record<string, unknown>[] } {
  const read = readStoryFile(storyFolder, BASEMAP_MANIFEST_PATH);
  const json = read.ok ? parseJsonText(BASEMAP_MANIFEST_PATH, read.text) : undefined;
  const layers = (json?.ok ? (json.value as { layers?: unknown }).layers : undefined) ?? [];
  return { layers: Array.isArray(layers) ? (layers as Record<string, unknown>[]) : [] };
}

/**
 * The manifest with the street layers: replaced where they are, else the tiles under the first layer of names
 * (places are read over the streets) and the street names on top. Every other layer is kept as it is.
 */
export function withStreetLayers(
  manifest: { layers: Record<string, unknown>[] },
  box: Box,
): { layers: Record<string, unknown>[] } {
  const round = (value: number) => Number(value.toFixed(6));
  const tilesLayer = {
    id: OSM_BASEMAP.tilesLayerId,
    tiles: OSM_BASEMAP.tiles,
    role: 'streets',
    min_zoom: OSM_BASEMAP.minZoom,
    data_zooms: [STREET_TILE_DEFAULTS.minDataZoom, STREET_TILE_DEFAULTS.maxDataZoom],
    bounds: box.map(round),
    attribution: { ...OSM_ATTRIBUTION },
  };
  const labelsLayer = {
    id: OSM_BASEMAP.labelsLayerId,
    file: OSM_BASEMAP.labels,
    role: 'street_labels',
    min_zoom: 13,
    attribution: { ...OSM_ATTRIBUTION },
  };
  const ours = (layer: Record<string, unknown>) => layer.id === tilesLayer.id || layer.id === labelsLayer.id;
  const layers = manifest.layers.filter((layer) => !ours(layer));
  // Where a street layer was among the others, if it was there.
  const placeOf = (id: string) => {
    const index = manifest.layers.findIndex((layer) => layer.id === id);
    return index < 0 ? undefined : manifest.layers.slice(0, index).filter((layer) => !ours(layer)).length;
  };
  const firstNames = layers.findIndex((layer) => layer.role === 'places');
  const tilesAt = placeOf(tilesLayer.id) ?? (firstNames >= 0 ? firstNames : layers.length);
  layers.splice(tilesAt, 0, tilesLayer);
  const labelsAt = placeOf(labelsLayer.id);
  if (labelsAt === undefined) layers.push(labelsLayer);
  else layers.splice(labelsAt + (tilesAt <= labelsAt ? 1 : 0), 0, labelsLayer);
  return { layers };
}

function provenance(file: string, timestamp: string | undefined, box: Box): string {
  return `# Street basemap: where it comes from

Built by \`npm run basemap -- --osm ${file}\` from the OpenStreetMap extract \`${file}\`${timestamp ? ` (data as of ${timestamp})` : ''}, cut to
the story's area ${formatBox(box)} ([west, south, east, north]): vector tiles of land and sea, water, parks and open
land, built-up areas, buildings, roads by class, railways and airports (\`{z}/{x}/{y}.mvt\`, data zooms
${STREET_TILE_DEFAULTS.minDataZoom}–${STREET_TILE_DEFAULTS.maxDataZoom}), and the names of streets, places, squares and landmarks (\`../street-names.geojson\`).

Data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0):
https://www.openstreetmap.org/copyright. The map credits "© OpenStreetMap contributors" wherever it is shown (the
manifest's layers carry the credit). These files are a database derived from OpenStreetMap: whoever publishes
them shares them under the ODbL 1.0 too, as this site does by publishing them as they are.
`;
}
