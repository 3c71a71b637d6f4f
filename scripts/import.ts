/**
 * `npm run import`: a story folder from sheets (CSV files or one .xlsx workbook; the columns are in
 * docs/AUTHORING.md). Every problem is printed as FILE:LINE: column: what was expected (`story.xlsx:events!C12`
 * in a workbook) and nothing is written; otherwise the folder's story.json, events.geojson and places.geojson
 * are written (merged with what the folder holds: hand edits are kept) and what changed is printed, by id.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import writeXlsxFile from 'write-excel-file/node';
import { parseJsonText } from '../src/domain/parseJsonText';
import { importSheets, readSheetBytes, readSheetFile, readSheets, SHEETS_FOLDER } from './importSheets';
import type { Sheet } from './readSheets';
import { writeFolderFiles } from './safeFiles';
import { SHEET_NAMES, templateRows } from './sheetColumns';
import type { FeatureCollectionJson } from './storyFromSheets';

const HELP = `npm run import -- <story folder>
  Brings the folder's story.json, events.geojson and places.geojson up to date from its sheets (<folder>/sheets/:
  CSV files story.csv, events.csv, sources.csv…, or one .xlsx workbook with sheets of those names).

npm run import -- --sheets <folder of CSV files | workbook.xlsx> --out <story folder>
  The same, from sheets kept elsewhere.

npm run import -- --events <events.csv> [--places <places.csv | places.geojson>] --title "<title>" --time-zone <zone> --out <folder>
  A story from one sheet of events (one row per source, the event's fields on the first row of its id).

npm run import -- --template <folder | file.xlsx>
  Writes every sheet with its columns and one example row (fictional, and valid as it is).

Options:
  --title "<title>"    the story's title, when the story sheet gives none
  --time-zone <zone>   the story's IANA time zone (e.g. America/New_York), when the story sheet gives none
  --check              check only: print the problems and what would change, write nothing
  --help               this text

Every problem is printed as FILE:LINE: column: what was expected (story.xlsx:events!C12: … in a workbook), and
nothing is written until there is none. Importing again keeps what was edited by hand in the JSON files and
every field the sheets do not hold, and prints what changed (added, changed, removed, by id). The columns of
every sheet, with their formats and examples: docs/AUTHORING.md.`;

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
try {
  parsed = parseArgs({
    options: {
      sheets: { type: 'string' },
      events: { type: 'string' },
      places: { type: 'string' },
      title: { type: 'string' },
      'time-zone': { type: 'string' },
      out: { type: 'string' },
      template: { type: 'string' },
      check: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  }) as typeof parsed;
} catch (error) {
  fail([(error as Error).message, 'npm run import -- --help tells how to use it']);
}
const { values, positionals } = parsed;
const option = (name: string) => values[name] as string | undefined;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** Writes the template: one CSV file per sheet, or one workbook. Existing files are never overwritten. */
async function writeTemplate(target: string): Promise<void> {
  if (extname(target).toLowerCase() === '.xlsx') {
    if (existsSync(target)) fail([`${target}: already exists; choose a new file`]);
    const sheets = SHEET_NAMES.map((sheet) => ({
      sheet,
      data: templateRows(sheet).map((row) => row.map((value) => value || null)),
    }));
    const refused = writeFolderFiles(dirname(resolve(target)), dirname(target), [
      { name: basename(target), content: await writeXlsxFile(sheets).toBuffer() },
    ]);
    if (refused.length > 0) fail(refused);
    console.log(`${target}: the sheets ${SHEET_NAMES.join(', ')}, each with its columns and an example row`);
    return;
  }
  const taken = SHEET_NAMES.filter((sheet) => existsSync(join(target, `${sheet}.csv`)));
  if (taken.length > 0)
    fail([`${target}: already holds ${taken.map((sheet) => `${sheet}.csv`).join(', ')}; choose a new folder`]);
  const cell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const refused = writeFolderFiles(
    resolve(target),
    target,
    SHEET_NAMES.map((sheet) => ({
      name: `${sheet}.csv`,
      content: `${templateRows(sheet)
        .map((row) => row.map(cell).join(','))
        .join('\n')}\n`,
    })),
  );
  if (refused.length > 0) fail(refused);
  console.log(
    `${target}: ${SHEET_NAMES.map((sheet) => `${sheet}.csv`).join(', ')}, each with its columns and an example row`,
  );
  console.log(
    `Next: fill them in (docs/AUTHORING.md lists every column), then npm run import -- --sheets ${target} --out <story folder>`,
  );
}

async function main(): Promise<void> {
  const template = option('template');
  if (template) return writeTemplate(template);
  const folder = positionals[0];
  if (positionals.length > 1)
    fail([`expected one story folder, got ${positionals.join(', ')}`, 'npm run import -- --help tells how to use it']);
  const out = option('out') ?? folder;
  if (!out) fail(['expected a story folder (or --out <folder>)', 'npm run import -- --help tells how to use it']);
  const sheetsPath = option('sheets') ?? (option('events') ? undefined : join(out, SHEETS_FOLDER));
  const sheets: Sheet[] = [];
  const problems: string[] = [];
  if (sheetsPath) {
    if (!existsSync(sheetsPath))
      fail([
        `${sheetsPath}: expected a folder of CSV files or an .xlsx workbook (npm run import -- --template ${sheetsPath} writes one)`,
      ]);
    const read = await readSheets(sheetsPath);
    if (read.ok) sheets.push(...read.sheets);
    else problems.push(...read.problems.map((problem) => `${problem.where}: ${problem.message}`));
  }
  const eventsPath = option('events');
  if (eventsPath) {
    const read = await readSheetFile(eventsPath, 'events');
    if (read.ok) sheets.push(...read.sheets);
    else problems.push(...read.problems.map((problem) => `${problem.where}: ${problem.message}`));
  }
  let places: FeatureCollectionJson | undefined;
  const placesPath = option('places');
  if (placesPath) {
    if (placesPath.toLowerCase().endsWith('.geojson') || placesPath.toLowerCase().endsWith('.json')) {
      const read = readSheetBytes(placesPath);
      // The parser's own message would quote the file; this one gives only the line and column.
      const json = read.ok ? parseJsonText(basename(placesPath), read.content.toString('utf8')) : undefined;
      if (!read.ok) problems.push(`${basename(placesPath)}: ${read.message}`);
      else if (json && !json.ok) {
        problems.push(
          `${basename(placesPath)}: expected a GeoJSON FeatureCollection of places (${json.problem.message})`,
        );
      } else if (json?.ok) places = json.value as FeatureCollectionJson;
    } else {
      const read = await readSheetFile(placesPath, 'places');
      if (read.ok) sheets.push(...read.sheets);
      else problems.push(...read.problems.map((problem) => `${problem.where}: ${problem.message}`));
    }
  }
  if (problems.length > 0) fail([...problems, `${problems.length} problem(s); nothing was written.`]);
  const label = relative(process.cwd(), resolve(out)) || '.';
  const result = importSheets(sheets, {
    out: resolve(out),
    label,
    title: option('title'),
    timeZone: option('time-zone'),
    places,
    write: !values.check,
  });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  if (!result.ok) fail([...result.problems, `${result.problems.length} problem(s); nothing was written.`]);
  for (const line of result.changes) console.log(line);
  const { events, sources, places: placeCount } = result.counts;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${plural(events, 'event')} with ${plural(sources, 'source')}, ${plural(placeCount, 'place')}`;
  if (values.check) console.log(`${label}: the sheets are valid (${summary}); nothing was written (--check).`);
  else if (result.written.length === 0) console.log(`${label}: already up to date with the sheets (${summary}).`);
  else console.log(`${label}: wrote ${result.written.join(', ')} (${summary}).`);
  if (result.written.includes('basemap/manifest.json')) {
    console.log(`Next: npm run validate -- ${label}, then STORY=${label} npm run dev to see it.`);
  }
}

await main();
