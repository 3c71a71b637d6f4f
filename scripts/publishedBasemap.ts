import { extname } from 'node:path';
import { parseBasemapLayerData } from '../src/domain/basemapLayerData';
import { BASEMAP_MANIFEST_PATH, parseBasemapManifest } from '../src/domain/basemapManifest';
import type { DataProblem } from '../src/domain/dataProblem';
import { parseJsonText } from '../src/domain/parseJsonText';
import { storyConfigSchema } from '../src/domain/storyConfig';
import { readStoryFile } from './storyFiles';
import { type Box, buildWorldLayer } from './worldLayer';

const GEOJSON_EXTENSIONS = new Set(['.json', '.geojson']);

/**
 * Checks a story folder's basemap manifest and the files it names, and cuts its world layers to the story's area
 * (scripts/worldLayer.ts), to be published at `basemap/<id>.json` (named relative to the folder). `folderFiles`
 * are the names of the folder's files (a world layer may not replace one). Problems name the file, the layer id
 * and the field. A folder with no
 * manifest publishes no basemap layer and has no problem here: the map is drawn without one (validate says so).
 */
export function buildPublishedBasemap(
  root: string,
  label: string,
  folderFiles: ReadonlySet<string>,
): { worldLayers: { name: string; value: GeoJSON.FeatureCollection }[]; problems: DataProblem[] } {
  const manifestName = `${label}/${BASEMAP_MANIFEST_PATH}`;
  if (!folderFiles.has(BASEMAP_MANIFEST_PATH)) return { worldLayers: [], problems: [] };
  const read = readStoryFile(root, BASEMAP_MANIFEST_PATH);
  const json = read.ok ? parseJsonText(manifestName, read.text) : undefined;
  // Unreadable or invalid JSON is reported with the folder's other files (publishedGeodata.ts): not twice.
  if (!json?.ok) return { worldLayers: [], problems: [] };
  const { layers, problems: manifestProblems } = parseBasemapManifest(manifestName, json.value);
  const problems = [...manifestProblems];
  const worldLayers: { name: string; value: GeoJSON.FeatureCollection }[] = [];
  let area: Box | undefined | null = null;
  const storyArea = (): Box | undefined => {
    if (area === null) {
      const story = readStoryFile(root, 'story.json');
      const value = story.ok ? parseJsonText(`${label}/story.json`, story.text) : undefined;
      const parsed = value?.ok
        ? storyConfigSchema.shape.area.safeParse((value.value as { area?: unknown })?.area)
        : undefined;
      area = parsed?.success ? parsed.data : undefined;
    }
    return area;
  };
  for (const layer of layers) {
    const field = `layer "${layer.id}"`;
    if ('file' in layer.source) {
      if (!GEOJSON_EXTENSIONS.has(extname(layer.path))) {
        problems.push({
          file: manifestName,
          field: `${field}: file`,
          message: `expected a GeoJSON file ending in .json or .geojson, got ${JSON.stringify(layer.path)}`,
        });
        continue;
      }
      const data = readStoryFile(root, layer.path);
      if (!data.ok) {
        problems.push({ file: manifestName, field: `${field}: file`, message: data.message });
        continue;
      }
      const value = parseJsonText(`${label}/${layer.path}`, data.text);
      // Invalid JSON is reported with the folder's files.
      if (!value.ok) continue;
      const checked = parseBasemapLayerData(`${label}/${layer.path}`, layer, value.value);
      if (!checked.ok) problems.push(...checked.problems);
      continue;
    }
    if ('tiles' in layer.source) {
      // The tiles are published with the folder's files: they must be there.
      const folder = layer.source.tiles.slice(0, layer.source.tiles.indexOf('/{z}'));
      const tile = /^\d+\/\d+\/\d+\.mvt$/;
      if (![...folderFiles].some((name) => name.startsWith(`${folder}/`) && tile.test(name.slice(folder.length + 1)))) {
        problems.push({
          file: manifestName,
          field: `${field}: tiles`,
          message: `expected vector tiles in ${JSON.stringify(folder)} (npm run basemap -- --osm <extract> writes them), found none`,
        });
      }
      continue;
    }
    if (folderFiles.has(layer.path)) {
      problems.push({
        file: manifestName,
        field: `${field}: id`,
        message: `expected another id, or no file at ${JSON.stringify(layer.path)}: the world layer "${layer.source.world}" is published there and would replace it`,
      });
      continue;
    }
    const box = storyArea();
    if (!box) {
      problems.push({
        file: `${label}/story.json`,
        field: 'area',
        message: `expected the story area as [west, south, east, north]: the world layer "${layer.id}" is cut to it`,
      });
      continue;
    }
    const value = buildWorldLayer(layer.source.world, layer.source.resolution, box, layer.source.margin);
    worldLayers.push({ name: layer.path, value });
  }
  return { worldLayers, problems };
}
