/**
 * `npm run validate`: checks every data file of a story folder and prints one line per problem (file, feature
 * id, field, what was expected). Exits 1 when anything is wrong. It checks what the build publishes (no links,
 * valid JSON) and what the app will load, and opens no file outside the folder. A folder that keeps its sheets
 * (sheets/) is first brought up to date from them, as `npm run import` would: their problems are printed in the
 * sheets' terms (FILE:LINE: column: …), and nothing is written while there is one.
 * Usage: tsx scripts/validate.ts [story-folder]   (default: geodata)
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASEMAP_MANIFEST_PATH } from '../src/domain/basemapManifest';
import { type DataProblem, formatDataProblem } from '../src/domain/dataProblem';
import { checkStoryTexts } from './checkStoryTexts';
import { SHEETS_FOLDER, syncStorySheets } from './importSheets';
import { buildPublishedGeodata } from './publishedGeodata';
import { readStoryFile } from './storyFiles';

const HELP = `npm run validate -- [story folder]   (default: geodata)
  Checks a story folder as the build and the page will read it, and prints one line per problem (file, feature
  id, field, what was expected); exits 1 when anything is wrong. A folder that keeps its sheets in sheets/ is
  first brought up to date from them (as npm run import does), its problems named by sheet, line and column.`;

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const directory = process.argv[2] ?? 'geodata';
const label = relative(process.cwd(), directory) || '.';
const nameOf = (file: string) => `${label}/${file}`;
const EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}';

if (existsSync(join(directory, SHEETS_FOLDER))) {
  const synced = await syncStorySheets(directory, label);
  for (const line of [...synced.warnings.map((warning) => `warning: ${warning}`), ...synced.changes]) console.log(line);
  if (!synced.ok) {
    for (const line of synced.problems) console.error(line);
    console.error(`\n${synced.problems.length} problem(s) in the sheets; the story's files were not updated.`);
    process.exit(1);
  }
}

// What the build would publish: every file of the folder that the site serves, parsed as the build parses it,
// with the basemap manifest, the files it names and its world layers.
const problems: DataProblem[] = [...buildPublishedGeodata(directory, label).problems];
// A story may do without a basemap, but its map then shows a notice where the basemap should be: say so here.
const manifest = readStoryFile(directory, BASEMAP_MANIFEST_PATH);
if (!manifest.ok) {
  problems.push({
    file: nameOf(BASEMAP_MANIFEST_PATH),
    message: `${manifest.message}: without a basemap manifest the map is drawn with no basemap layers (see the README, "Basemap")`,
  });
}

function read(file: string, fallback?: string): string {
  const result = readStoryFile(directory, file);
  if (result.ok) return result.text;
  problems.push({ file: nameOf(file), message: result.message });
  if (fallback !== undefined) return fallback;
  report();
  process.exit(1);
}

function report(): void {
  // A file the build cannot parse is also one the story cannot: say it once.
  for (const line of new Set(problems.map(formatDataProblem))) console.error(line);
}

const checked = checkStoryTexts(
  {
    story: { name: nameOf('story.json'), text: read('story.json') },
    events: { name: nameOf('events.geojson'), text: read('events.geojson', EMPTY_COLLECTION) },
    places: { name: nameOf('places.geojson'), text: read('places.geojson', EMPTY_COLLECTION) },
  },
  (path) => readStoryFile(directory, path),
  nameOf,
);
problems.push(...checked.problems);
report();
if (problems.length > 0) {
  console.error(
    `\n${new Set(problems.map(formatDataProblem)).size} problem(s). ${checked.events} events and ${checked.places} places are valid.`,
  );
  process.exit(1);
}
console.log(`${label} OK: ${checked.events} events with ${checked.sources} sources, ${checked.places} places.`);
