/**
 * `npm run import -- --events <events.csv> [--places <places.csv|places.geojson>] --title "<title>" --time-zone <IANA zone>
 * --out <folder>`: writes a complete story folder from a spreadsheet (see scripts/importSpreadsheet.ts for the
 * columns), then validates it as `npm run validate` would. Every problem is printed as FILE:LINE: column: what was
 * expected, and the command exits non-zero without writing anything.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatImportProblem, IMPORTED_BASEMAP, importPlacesSpreadsheet, importSpreadsheet } from './importSpreadsheet';

const USAGE =
  'usage: npm run import -- --events <events.csv> [--places <places.csv|places.geojson>] --title "<title>" --time-zone <IANA zone> --out <folder>';

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      events: { type: 'string' },
      places: { type: 'string' },
      title: { type: 'string' },
      'time-zone': { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  }) as { values: Record<string, string | undefined> });
} catch (error) {
  fail([(error as Error).message, USAGE]);
}
const missing = ['events', 'title', 'time-zone', 'out'].filter((name) => !values[name]);
if (missing.length > 0) fail([`missing ${missing.map((name) => `--${name}`).join(', ')}`, USAGE]);

const eventsPath = values.events as string;
const out = resolve(values.out as string);
if (existsSync(join(out, 'story.json')))
  fail([`${values.out}: already holds a story (story.json); choose a new folder`]);
let csv: string;
try {
  csv = readFileSync(eventsPath, 'utf8');
} catch (error) {
  fail([`${eventsPath}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`]);
}
const result = importSpreadsheet(csv, {
  title: values.title as string,
  timeZone: values['time-zone'] as string,
  eventsFile: basename(eventsPath),
});
if (!result.ok)
  fail([...result.problems.map(formatImportProblem), `${result.problems.length} problem(s); nothing was written.`]);

let places = '{ "type": "FeatureCollection", "features": [] }\n';
if (values.places) {
  let text = '';
  try {
    text = readFileSync(values.places, 'utf8');
  } catch (error) {
    fail([
      `${values.places}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    ]);
  }
  if (values.places.toLowerCase().endsWith('.csv')) {
    const imported = importPlacesSpreadsheet(text, basename(values.places));
    if (!imported.ok)
      fail([
        ...imported.problems.map(formatImportProblem),
        `${imported.problems.length} problem(s); nothing was written.`,
      ]);
    places = `${JSON.stringify(imported.places, null, 2)}\n`;
  } else {
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
      places = text;
    } catch (error) {
      fail([`${values.places}: expected a GeoJSON FeatureCollection of places (${(error as Error).message})`]);
    }
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'story.json'), `${JSON.stringify(result.story.story, null, 2)}\n`);
writeFileSync(join(out, 'events.geojson'), `${JSON.stringify(result.story.events, null, 2)}\n`);
writeFileSync(join(out, 'places.geojson'), places);
mkdirSync(join(out, 'basemap'), { recursive: true });
writeFileSync(join(out, 'basemap', 'manifest.json'), `${JSON.stringify(IMPORTED_BASEMAP, null, 2)}\n`);
console.log(
  `${values.out}: story.json, events.geojson (${result.story.events.features.length} events), places.geojson, basemap/manifest.json`,
);
console.log(`Next: edit the subtitle and credit in story.json, then npm run validate -- ${values.out}`);
