/**
 * The basemap's files: its manifest and layers, fetched once per page, parsed and checked. Loaded by
 * addEmbeddedBasemap once the map has drawn its first frame, with the code that checks them.
 */
import { type BasemapCollection, parseBasemapLayerData } from '../domain/basemapLayerData';
import { BASEMAP_MANIFEST_PATH, type BasemapLayer, parseBasemapManifest } from '../domain/basemapManifest';
import type { DataProblem } from '../domain/dataProblem';
import { parseJsonText } from '../domain/parseJsonText';

/** The story folder as the site publishes it (scripts/geodataPlugin.ts). */
const PUBLISHED_FOLDER = 'geodata';

type Fetched = { ok: true; value: unknown } | { ok: false; message: string };

/** Each basemap file is fetched once per page: a theme change or a second map reuses it. */
const fetched = new Map<string, Promise<Fetched>>();

/** A published file of the story folder, parsed; a failure is a message, never a throw. */
function fetchJson(name: string): Promise<Fetched> {
  let result = fetched.get(name);
  if (!result) {
    result = fetch(new URL(name, document.baseURI))
      .then(async (response): Promise<Fetched> => {
        if (!response.ok) return { ok: false, message: `could not be loaded (HTTP ${response.status})` };
        const json = parseJsonText(name, await response.text());
        return json.ok ? json : { ok: false, message: json.problem.message };
      })
      .catch(
        (error: unknown): Fetched => ({ ok: false, message: `could not be loaded (${(error as Error).message})` }),
      );
    // A failure may be passing (offline): the next map asks again.
    result.then((outcome) => outcome.ok || fetched.delete(name));
    fetched.set(name, result);
  }
  return result;
}

/** The URL of a published file (or a URL template, braces kept) of the story folder, as the page asks for it. */
export function publishedUrl(path: string): string {
  return `${new URL(`${PUBLISHED_FOLDER}/`, document.baseURI).href}${path}`;
}

/** The layers of the manifest, or why there are none (then the map is drawn without a basemap). */
export async function loadManifest(): Promise<{ layers: readonly BasemapLayer[]; problems: readonly DataProblem[] }> {
  const file = `${PUBLISHED_FOLDER}/${BASEMAP_MANIFEST_PATH}`;
  const manifest = await fetchJson(file);
  if (!manifest.ok) {
    return { layers: [], problems: [{ file, message: `${manifest.message}; the map is shown without its basemap` }] };
  }
  return parseBasemapManifest(file, manifest.value);
}

/** A layer's features, or why it is left out. */
export async function loadLayer(
  layer: BasemapLayer,
): Promise<{ ok: true; collection: BasemapCollection } | { ok: false; problems: DataProblem[] }> {
  const file = `${PUBLISHED_FOLDER}/${layer.path}`;
  const data = await fetchJson(file);
  if (!data.ok) return { ok: false, problems: [{ file, field: `layer "${layer.id}"`, message: data.message }] };
  return parseBasemapLayerData(file, layer, data.value);
}
