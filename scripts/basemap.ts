/**
 * `npm run basemap -- --osm <extract.osm.pbf> [--story <folder>]`: builds a story's street basemap from an
 * OpenStreetMap extract (scripts/osm/osmBasemap.ts) and writes it into the story folder: the vector tiles in
 * basemap/streets/, the names in basemap/street-names.geojson, their provenance, and the two layers in
 * basemap/manifest.json (the other layers are kept). Anything wrong is one line, and nothing is written.
 */
import { lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BASEMAP_MANIFEST_PATH } from '../src/domain/basemapManifest';
import { formatManifestJson } from './osm/formatManifestJson';
import { buildOsmBasemap, OSM_BASEMAP } from './osm/osmBasemap';
import { listFolderFiles } from './storyFiles';

const USAGE = 'usage: npm run basemap -- --osm <extract.osm.pbf> [--story <folder>]   (default story: geodata)';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

let values: { osm?: string; story?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: { osm: { type: 'string' }, story: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (values.help) {
  console.log(`${USAGE}

Builds the story's street basemap from an OpenStreetMap extract (.osm.pbf, e.g. from Geofabrik or BBBike, or cut
with osmium): vector tiles of land and sea, water, parks, built-up areas, buildings, roads, railways and airports,
and the names of streets, places, squares and landmarks, for the area in the story's story.json. Writes
basemap/streets/, basemap/street-names.geojson and the two layers of basemap/manifest.json. See the README, "Basemap".`);
  process.exit(0);
}
if (!values.osm) fail(`missing --osm <extract.osm.pbf>\n${USAGE}`);

const storyFolder = resolve(values.story ?? 'geodata');
const label = relative(process.cwd(), storyFolder) || '.';
const started = performance.now();

/** Refuses to write through a link or over anything but what a previous run wrote. */
function checkWritable(): void {
  for (const path of ['basemap', OSM_BASEMAP.tilesFolder, OSM_BASEMAP.labels, BASEMAP_MANIFEST_PATH]) {
    try {
      if (lstatSync(join(storyFolder, path)).isSymbolicLink()) {
        fail(`${label}/${path}: is a symbolic link; the basemap is written only into the story folder itself`);
      }
    } catch {
      // Not there yet: it will be made.
    }
  }
  const listing = listFolderFiles(storyFolder, label);
  const own = listing.files.filter((file) => file.name.startsWith(`${OSM_BASEMAP.tilesFolder}/`));
  const foreign = own.find((file) => !/\/\d+\/\d+\/\d+\.mvt$/.test(file.name) && file.name !== OSM_BASEMAP.notes);
  if (foreign)
    fail(
      `${label}/${foreign.name}: ${OSM_BASEMAP.tilesFolder}/ holds files the command did not write; move them away first`,
    );
  const problem = listing.problems.find((item) => item.file.startsWith(`${label}/basemap/`));
  if (problem) fail(`${problem.file}: ${problem.message}`);
}

const result = await buildOsmBasemap(values.osm, storyFolder, label);
if (!result.ok) fail(result.message);
checkWritable();
rmSync(join(storyFolder, OSM_BASEMAP.tilesFolder), { recursive: true, force: true });
for (const file of result.value.files) {
  const path = join(storyFolder, file.name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.body);
}
writeFileSync(join(storyFolder, BASEMAP_MANIFEST_PATH), formatManifestJson(result.value.manifest));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Built the street basemap of ${label} from ${values.osm} in ${seconds} s:`);
for (const line of result.value.summary) console.log(`  ${line}`);
console.log(
  `Wrote ${label}/${OSM_BASEMAP.tilesFolder}/, ${label}/${OSM_BASEMAP.labels} and the layers "${OSM_BASEMAP.tilesLayerId}" and "${OSM_BASEMAP.labelsLayerId}" of ${label}/${BASEMAP_MANIFEST_PATH}.`,
);
