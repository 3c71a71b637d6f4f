/**
 * `npm run import -- --events <events.csv> [--places <places.csv|places.geojson>] --title "<title>" --time-zone <IANA zone>
 * --out <folder>`: writes a complete story folder from a spreadsheet (see scripts/importSpreadsheet.ts for the
 * columns), then validates it as `npm run validate` would. Every problem is printed as FILE:LINE: column: what was
 * expected, and the command exits non-zero without writing anything. Files are read and written as
 * scripts/safeFiles.ts allows: regular files of their own under its size limit, never through a link.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../src/domain/parseJsonText';
import { formatImportProblem, IMPORTED_BASEMAP, importPlacesSpreadsheet, importSpreadsheet } from './importSpreadsheet';
import { readRegularText, writeFolderFiles } from './safeFiles';

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
const csv = readRegularText(eventsPath);
if (!csv.ok) fail([`${eventsPath}: ${csv.message}`]);
const result = importSpreadsheet(csv.text, {
  title: values.title as string,
  timeZone: values['time-zone'] as string,
  eventsFile: basename(eventsPath),
});
if (!result.ok)
  fail([...result.problems.map(formatImportProblem), `${result.problems.length} problem(s); nothing was written.`]);

let places = '{ "type": "FeatureCollection", "features": [] }\n';
if (values.places) {
  const read = readRegularText(values.places);
  if (!read.ok) fail([`${values.places}: ${read.message}`]);
  const text = read.text;
  if (values.places.toLowerCase().endsWith('.csv')) {
    const imported = importPlacesSpreadsheet(text, basename(values.places));
    if (!imported.ok)
      fail([
        ...imported.problems.map(formatImportProblem),
        `${imported.problems.length} problem(s); nothing was written.`,
      ]);
    places = `${JSON.stringify(imported.places, null, 2)}\n`;
  } else {
    // The parser's own message would quote the file; this one gives only the line and column.
    const json = parseJsonText(values.places, text);
    if (!json.ok)
      fail([`${json.problem.file}: expected a GeoJSON FeatureCollection of places (${json.problem.message})`]);
    places = text;
  }
}
const refused = writeFolderFiles(out, values.out as string, [
  { name: 'story.json', content: `${JSON.stringify(result.story.story, null, 2)}\n` },
  { name: 'events.geojson', content: `${JSON.stringify(result.story.events, null, 2)}\n` },
  { name: 'places.geojson', content: places },
  { name: 'basemap/manifest.json', content: `${JSON.stringify(IMPORTED_BASEMAP, null, 2)}\n` },
]);
if (refused.length > 0) fail([...refused, 'Nothing was written.']);
console.log(
  `${values.out}: story.json, events.geojson (${result.story.events.features.length} events), places.geojson, basemap/manifest.json`,
);
console.log(`Next: edit the subtitle and credit in story.json, then npm run validate -- ${values.out}`);
