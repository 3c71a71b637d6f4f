import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importSheets, readSheets, syncStorySheets } from './importSheets';
import type { Sheet } from './readSheets';
import { SHEET_NAMES, templateRows } from './sheetColumns';

// Test data throughout: a fictional fire in a real harbour, example.org links.
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'import-sheets-'));
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

type SheetName = (typeof SHEET_NAMES)[number];

/** Writes CSV sheets into a folder: the template's example rows, with `changes` replacing whole sheets. */
function writeSheets(folder: string, changes: Partial<Record<SheetName, string[][]>> = {}): string {
  mkdirSync(folder, { recursive: true });
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  for (const sheet of SHEET_NAMES) {
    const rows = changes[sheet] ?? templateRows(sheet);
    writeFileSync(join(folder, `${sheet}.csv`), `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`);
  }
  return folder;
}

/** The template's rows of a sheet, with cells of its example row replaced by column. */
function example(sheet: SheetName, cells: Record<string, string> = {}): string[] {
  const [header = [], row = []] = templateRows(sheet);
  return header.map((column, index) => cells[column] ?? row[index] ?? '');
}
const header = (sheet: SheetName) => templateRows(sheet)[0] ?? [];

async function sheetsOf(folder: string): Promise<Sheet[]> {
  const read = await readSheets(folder, 'sheets');
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.sheets;
}

async function runImport(sheets: string, out: string, write = true) {
  return importSheets(await sheetsOf(sheets), { out, label: 'story', write });
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('importSheets', () => {
  it('writes a story folder from the template’s sheets that npm run validate accepts', {
    timeout: 60_000,
  }, async () => {
    const out = join(scratch, 'story');
    const result = await runImport(writeSheets(join(scratch, 'sheets')), out);
    expect(result.problems).toEqual([]);
    expect(result.written).toEqual(['story.json', 'events.geojson', 'places.geojson', 'basemap/manifest.json']);
    // The basemap's credits, written without anyone writing them.
    expect(readJson(join(out, 'story.json')).publication.attribution).toEqual([
      { text: 'Natural Earth', url: 'https://www.naturalearthdata.com/', licence: 'public domain' },
      { text: 'GeoNames', url: 'https://www.geonames.org/', licence: 'CC BY 4.0' },
    ]);
    const validate = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', out], { encoding: 'utf8' });
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/OK: 1 events with 1 sources, 1 places\./);
  });

  it('reports what the story’s validator finds in the sheets’ terms: file, line, column', async () => {
    const result = await runImport(
      writeSheets(join(scratch, 'sheets'), {
        // Only a paraphrase: the quote rule.
        sources: [
          ['event', 'id', 'party', 'paraphrase', 'outlet', 'published', 'url'],
          [
            'harbour-fire',
            'port-1',
            'Test party',
            'Test paraphrase',
            'Test Outlet',
            '2024-02-03 14:45',
            'https://example.org/a',
          ],
        ],
        // A layer the layers sheet does not declare.
        places: [header('places'), example('places', { layer: 'harbour' })],
      }),
      join(scratch, 'story'),
    );
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      'sheets/places.csv:2: layer: expected the id of a layer in story.json (incidents), got "harbour"',
      'sheets/story.csv:12: value: expected the id of a point place in places.geojson, got "harbour-office"',
      'sheets/sources.csv:2: quote: expected at least one source with a verbatim quote (paraphrases alone are not enough)',
      'story/events.geojson: expected at least one valid event: the map has nothing to show, and no time to show it at',
    ]);
    // A kind the kinds sheet does not declare.
    const fixed = await runImport(
      writeSheets(join(scratch, 'sheets'), {
        events: [header('events'), example('events', { kind: 'smoke' })],
      }),
      join(scratch, 'story'),
    );
    expect(fixed.problems).toEqual([
      'sheets/events.csv:2: kind: expected one of the story\'s kinds (story.json): fire; got "smoke"',
      'story/events.geojson: expected at least one valid event: the map has nothing to show, and no time to show it at',
    ]);
    // A correction before the source that makes it was published; a chapter citing what is published later.
    const moments = await runImport(
      writeSheets(join(scratch, 'sheets'), {
        corrections: [header('corrections'), example('corrections', { at: '2024-02-03 14:30' })],
      }),
      join(scratch, 'story'),
    );
    expect(moments.problems[0]).toBe(
      'sheets/corrections.csv:2: at: expected "at" no earlier than 2024-02-03T17:45:00Z, the earliest moment the source that makes it (sources[0], published 2024-02-03T14:45:00-03:00) may have been published; or leave "at" out to date the correction by that source',
    );
    const chapter = await runImport(
      writeSheets(join(scratch, 'sheets'), {
        chapters: [header('chapters'), example('chapters', { at: '2024-02-03 14:40' })],
      }),
      join(scratch, 'story'),
    );
    expect(chapter.problems).toHaveLength(1);
    expect(chapter.problems[0]).toMatch(
      /^sheets\/chapters\.csv:2: cites: a chapter may cite only what may have been published by the moment it opens/,
    );
    expect(result.written).toEqual([]);
  });

  it('imports again: the sheets’ changes follow, hand edits and fields the sheets do not hold are kept, and it says what changed', async () => {
    const sheets = join(scratch, 'sheets');
    const out = join(scratch, 'story');
    writeSheets(sheets);
    await runImport(sheets, out);
    // Hand edits: a subtitle, a field no sheet holds (hindsight), a source's note.
    const story = readJson(join(out, 'story.json'));
    writeFileSync(join(out, 'story.json'), JSON.stringify({ ...story, subtitle: 'Edited by hand' }));
    const events = readJson(join(out, 'events.geojson'));
    events.features[0].properties.hindsight = 'Written by hand.';
    events.features[0].properties.sources[0].note = 'Noted by hand.';
    writeFileSync(join(out, 'events.geojson'), JSON.stringify(events));
    // Sheet changes: a new title, a second event, the place (and the distances from it) removed.
    writeSheets(sheets, {
      events: [
        header('events'),
        example('events', { title: 'Example: fire on the harbour road, renamed' }),
        example('events', { id: 'second-fire' }),
      ],
      sources: [header('sources'), example('sources'), example('sources', { event: 'second-fire' })],
      places: [header('places')],
      story: templateRows('story').filter(([key]) => !key?.startsWith('modules.distances')),
    });
    const result = await runImport(sheets, out);
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([
      'story.json: changed area, modules',
      'events.geojson: added second-fire; changed harbour-fire (title)',
      'places.geojson: removed harbour-office',
      'story.json: kept the hand edits of subtitle',
      'events.geojson: kept the hand edits of harbour-fire.properties.sources',
    ]);
    const after = readJson(join(out, 'events.geojson')).features[0].properties;
    expect(after.title).toBe('Example: fire on the harbour road, renamed');
    expect(after.hindsight).toBe('Written by hand.');
    expect(after.sources[0].note).toBe('Noted by hand.');
    expect(readJson(join(out, 'story.json')).subtitle).toBe('Edited by hand');
    // Nothing changed since: nothing is written.
    expect((await runImport(sheets, out)).written).toEqual([]);
  });

  it('imports a workbook as it imports the same sheets as CSV files, naming cells as the workbook does', async () => {
    const workbook = join(scratch, 'story.xlsx');
    const data = (sheet: (typeof SHEET_NAMES)[number]) =>
      templateRows(sheet).map((row) => row.map((value) => value || null));
    const sheets = SHEET_NAMES.map((sheet) => ({ sheet, data: data(sheet) }));
    writeFileSync(workbook, await writeXlsxFile(sheets).toBuffer());
    const fromWorkbook = await runImport(workbook, join(scratch, 'a'));
    await runImport(writeSheets(join(scratch, 'sheets')), join(scratch, 'b'));
    expect(fromWorkbook.problems).toEqual([]);
    for (const file of ['story.json', 'events.geojson', 'places.geojson']) {
      expect(readJson(join(scratch, 'a', file))).toEqual(readJson(join(scratch, 'b', file)));
    }
    const broken = sheets.map((sheet) =>
      sheet.sheet === 'events'
        ? {
            ...sheet,
            data: sheet.data.map((row, index) =>
              index === 1 ? row.map((value, i) => (i === 3 ? '31/12/2024' : value)) : row,
            ),
          }
        : sheet,
    );
    writeFileSync(workbook, await writeXlsxFile(broken).toBuffer());
    expect((await runImport(workbook, join(scratch, 'c'))).problems[0]).toMatch(
      /^sheets:events!D2: start: expected a date/,
    );
  });

  it('never writes through a link planted in the story folder', async () => {
    const out = join(scratch, 'story');
    mkdirSync(out);
    writeFileSync(join(scratch, 'target.txt'), 'untouched');
    symlinkSync(join(scratch, 'target.txt'), join(out, 'events.geojson'));
    const result = await runImport(writeSheets(join(scratch, 'sheets')), out);
    // Refused, naming the link, and nothing written: neither through the link nor beside it.
    expect(result.problems.join('\n')).toContain('events.geojson: is a symbolic link; the tools write through no link');
    expect(readFileSync(join(scratch, 'target.txt'), 'utf8')).toBe('untouched');
    expect(lstatSync(join(out, 'events.geojson')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(out, 'story.json'))).toBe(false);
  });

  it('brings a folder that keeps its sheets up to date from them', async () => {
    const folder = join(scratch, 'story');
    writeSheets(join(folder, 'sheets'));
    const first = await syncStorySheets(folder, 'story');
    expect(first.problems).toEqual([]);
    expect(first.written).toContain('events.geojson');
    expect((await syncStorySheets(folder, 'story')).written).toEqual([]);
  });
});

describe('the sheets fixture story', () => {
  it('holds the files its sheets give: the published form is up to date', async () => {
    const folder = 'e2e/fixtures/sheets-story';
    const read = await readSheets(join(folder, 'sheets'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const result = importSheets(read.sheets, { out: folder, label: folder, write: false });
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
  });
});
