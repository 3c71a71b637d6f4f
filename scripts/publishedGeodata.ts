import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import rewind from '@mapbox/geojson-rewind';
import { truncate } from '@turf/truncate';
import { GEOMETRY_TYPES } from '../src/domain/basemapLayerData';
import type { DataProblem } from '../src/domain/dataProblem';
import { parseJsonText, stripBom } from '../src/domain/parseJsonText';
import { parseStory } from '../src/domain/parseStory';
import { buildPublishedBasemap } from './publishedBasemap';
import { listFolderFiles, readStoryFile, readStoryFileBytes } from './storyFiles';

/** Files of the story folder the site serves: the story's data and the basemap layers, plus their provenance. */
export const PUBLISHED_EXTENSIONS: ReadonlySet<string> = new Set(['.json', '.geojson', '.md', '.txt', '.mvt']);
/** Of those, the files published byte for byte: the street basemap's vector tiles. */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(['.mvt']);

/** Decimals kept in published coordinates: 6 is about 0.1 m, finer than any source of this map. */
export const COORDINATE_DECIMALS = 6;

const GEOJSON_TYPES = new Set(['FeatureCollection', 'Feature', ...GEOMETRY_TYPES]);

export type PublishedFile = { ok: true; body: string } | { ok: false; problem: DataProblem };

/**
 * The published form of one file of the story folder (`file` names it in messages): without a byte order mark;
 * JSON minified (whitespace is a third of the basemap's size); GeoJSON as RFC 7946 asks, outer rings
 * counter-clockwise and holes clockwise, coordinates rounded to COORDINATE_DECIMALS. Invalid JSON is reported
 * with its line and column.
 */
export function formatPublishedFile(file: string, text: string): PublishedFile {
  const extension = extname(file);
  if (extension !== '.json' && extension !== '.geojson') return { ok: true, body: stripBom(text) };
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  return formatPublishedJson(file, json.value);
}

/**
 * The published form of a JSON value (`file` names it in messages): minified, and when it is GeoJSON, with
 * outer rings counter-clockwise and holes clockwise and coordinates rounded to COORDINATE_DECIMALS.
 */
export function formatPublishedJson(file: string, json: unknown): PublishedFile {
  let value = json;
  const type = (value as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && GEOJSON_TYPES.has(type)) {
    try {
      value = truncate(rewind(value, false) as GeoJSON.GeoJSON, {
        precision: COORDINATE_DECIMALS,
        coordinates: 3,
        mutate: true,
      });
    } catch (error) {
      return { ok: false, problem: { file, message: `expected valid GeoJSON (${(error as Error).message})` } };
    }
  }
  return { ok: true, body: JSON.stringify(value) };
}

/**
 * Everything the build publishes from a story folder, by name relative to it, or every reason it cannot: a
 * symbolic or hard link or special file, unreadable or invalid JSON, an invalid basemap manifest or a layer file it names
 * that is missing or not GeoJSON. World layers of the manifest are cut to the story's area and published with the
 * folder's files. `label` names the folder in messages ("geodata").
 */
export function buildPublishedGeodata(
  root: string,
  label: string,
): { files: { name: string; body: string | Uint8Array }[]; problems: DataProblem[] } {
  const listing = listFolderFiles(root, label);
  const problems = [...listing.problems];
  const files: { name: string; body: string | Uint8Array }[] = [];
  for (const file of listing.files) {
    if (!PUBLISHED_EXTENSIONS.has(extname(file.name))) continue;
    if (BINARY_EXTENSIONS.has(extname(file.name))) {
      const bytes = readStoryFileBytes(root, file.name);
      if (bytes.ok) files.push({ name: file.name, body: bytes.content });
      else problems.push({ file: `${label}/${file.name}`, message: bytes.message });
      continue;
    }
    const read = readStoryFile(root, file.name);
    if (!read.ok) {
      problems.push({ file: `${label}/${file.name}`, message: read.message });
      continue;
    }
    const published = formatPublishedFile(`${label}/${file.name}`, read.text);
    if (published.ok) files.push({ name: file.name, body: published.body });
    else problems.push(published.problem);
  }
  const basemap = buildPublishedBasemap(root, label, new Set(listing.files.map((file) => file.name)));
  problems.push(...basemap.problems);
  for (const layer of basemap.worldLayers) {
    const published = formatPublishedJson(`${label}/${layer.name}`, layer.value);
    if (published.ok) files.push({ name: layer.name, body: published.body });
    else problems.push(published.problem);
  }
  return { files, problems };
}

const STORY = 'story.json';
const EVENTS = 'events.geojson';
const PLACES = 'places.geojson';

/**
 * What the build checked (domain/checkedFiles.ts): the SHA-256 digests of the published story.json, events and
 * places files, by name, when the story's one parser (domain/parseStory.ts) finds no problem at all in them.
 * Undefined otherwise: the page then validates them itself and reports the problems.
 */
export function checkedFilesRecord(
  files: readonly { name: string; body: string | Uint8Array }[],
  label: string,
): Record<string, string> | undefined {
  const names = [STORY, EVENTS, PLACES];
  const bodies = names.map((name) => {
    const body = files.find((file) => file.name === name)?.body;
    return typeof body === 'string' ? body : undefined;
  });
  const [story, events, places] = bodies;
  if (story === undefined || events === undefined || places === undefined) return undefined;
  const parsed = parseStory({
    story: { name: `${label}/${STORY}`, text: story },
    events: { name: `${label}/${EVENTS}`, text: events },
    places: { name: `${label}/${PLACES}`, text: places },
  });
  if (!parsed.config || parsed.events.length === 0 || parsed.problems.length > 0) return undefined;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  return Object.fromEntries(names.map((name, i) => [name, digest(bodies[i] as string)]));
}
