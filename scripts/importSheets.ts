/**
 * A story folder from its sheets: reads the sheets (CSV files or one .xlsx workbook), converts them
 * (scripts/storyFromSheets.ts), merges the result with the folder's files (scripts/mergeStory.ts), checks it with
 * the story's one validator (scripts/checkStoryTexts.ts), reports every problem in the sheets' terms, and writes
 * the folder's story.json, events.geojson and places.geojson only when there is none. `npm run import` runs it,
 * and so do validate, dev and build for a folder that keeps its sheets in `sheets/`.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { BASEMAP_MANIFEST_PATH, WORLD_LAYERS, type WorldLayerName } from '../src/domain/basemapManifest';
import { formatDataProblem } from '../src/domain/dataProblem';
import { checkStoryTexts } from './checkStoryTexts';
import { formatChanges, listChanges, type MergeNotes, mergeStoryFile, storyChanges } from './mergeStory';
import { readCsvSheet, readWorkbook, type Sheet } from './readSheets';
import { type FolderWrite, readRegularFile, readRegularText, writeFolderFiles } from './safeFiles';
import { readStoryFile } from './storyFiles';
import {
  type FeatureCollectionJson,
  formatSheetProblem,
  originOf,
  type SheetProblem,
  storyFromSheets,
} from './storyFromSheets';
import { WORLD_LAYER_CREDITS } from './worldLayer';

/** Where a story folder keeps its sheets, when it does: CSV files or one .xlsx workbook. */
export const SHEETS_FOLDER = 'sheets';
/** What the last import wrote, kept so that the next one can tell hand edits from the sheets' own values. */
export const IMPORT_RECORD = '.sheets-import.json';
/** No sheet of a newsroom's story comes near this; a larger file is refused before it is read. */
export const SHEET_SIZE_LIMIT = 20 * 1024 * 1024;

const STORY = 'story.json';
const EVENTS = 'events.geojson';
const PLACES = 'places.geojson';
const EMPTY: FeatureCollectionJson = { type: 'FeatureCollection', features: [] };

/**
 * A new story's basemap, cut to its area at build (see the README, "Basemap"): Natural Earth's land and coastline
 * at its finest scale (1:10m), provinces where Natural Earth has them at 1:50m, country borders (1:10m), lakes and
 * rivers (1:50m), and towns named as the zoom allows (GeoNames).
 */
export const IMPORTED_BASEMAP = {
  layers: [
    { id: 'land', world: 'land', resolution: '10m', margin: 2, role: 'land' },
    { id: 'provinces', world: 'provinces', resolution: '50m', margin: 2, role: 'boundary', style: 'area' },
    { id: 'countries', world: 'countries', resolution: '10m', margin: 2, role: 'boundary' },
    { id: 'lakes', world: 'lakes', resolution: '50m', margin: 2, role: 'lake' },
    { id: 'rivers', world: 'rivers', resolution: '50m', margin: 2, role: 'river' },
    { id: 'towns', world: 'towns', margin: 2, role: 'places', label_property: 'name', rank_property: 'rank' },
  ],
};

/** A sheet or a JSON file of the folder, read as scripts/safeFiles.ts allows, within the sheets' size limit. */
export function readSheetBytes(path: string) {
  return readRegularFile(path, SHEET_SIZE_LIMIT);
}

export type SheetsRead = { ok: true; sheets: Sheet[] } | { ok: false; problems: SheetProblem[] };

/**
 * The sheets of one file: a CSV file (the sheet `name`, by default its file name) or a workbook's sheets. `file`
 * names it in messages (by default, the path as given).
 */
export async function readSheetFile(path: string, name?: string, file = path): Promise<SheetsRead> {
  const read = readSheetBytes(path);
  if (!read.ok) return { ok: false, problems: [{ where: file, message: read.message }] };
  if (extname(path).toLowerCase() === '.xlsx') {
    const workbook = await readWorkbook(file, read.content);
    return workbook.ok ? workbook : { ok: false, problems: [workbook.problem] };
  }
  const sheetName = name ?? basename(path, extname(path)).toLowerCase();
  const sheet = readCsvSheet(sheetName, file, read.content);
  return sheet.ok ? { ok: true, sheets: [sheet.sheet] } : { ok: false, problems: [sheet.problem] };
}

const SHEET_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx']);

/** The sheets of a folder (its CSV files, or its one workbook) or of a workbook; `label` names it in messages. */
export async function readSheets(path: string, label = path): Promise<SheetsRead> {
  let stats: ReturnType<typeof lstatSync>;
  try {
    stats = lstatSync(path);
  } catch {
    return {
      ok: false,
      problems: [{ where: label, message: 'expected a folder of CSV files or an .xlsx workbook, found nothing' }],
    };
  }
  if (!stats.isDirectory()) return readSheetFile(path, undefined, label);
  const files = readdirSync(path)
    .filter(
      (name) => !name.startsWith('.') && !name.startsWith('~$') && SHEET_EXTENSIONS.has(extname(name).toLowerCase()),
    )
    .sort();
  const sheets: Sheet[] = [];
  const problems: SheetProblem[] = [];
  for (const name of files) {
    const read = await readSheetFile(join(path, name), undefined, `${label}/${name}`);
    if (read.ok) sheets.push(...read.sheets);
    else problems.push(...read.problems);
  }
  if (files.length === 0)
    problems.push({ where: label, message: 'expected CSV files (story.csv, events.csv, …) or an .xlsx workbook' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sheets };
}

export interface ImportOptions {
  /** The story folder the files are written to (and merged with, when it holds a story). */
  readonly out: string;
  /** How the folder is named in messages. */
  readonly label: string;
  readonly title?: string;
  readonly timeZone?: string;
  /** Places from a GeoJSON file rather than a sheet (the older --places form). */
  readonly places?: FeatureCollectionJson;
  /** False: check only, write nothing. */
  readonly write: boolean;
}

export interface ImportResult {
  readonly ok: boolean;
  /** Every problem, one line each, in the sheets' terms where the value came from a sheet. */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
  /** What changed in the folder's files, by id; and the hand edits kept. */
  readonly changes: readonly string[];
  readonly counts: { events: number; sources: number; places: number };
  /** Files written, relative to the folder. */
  readonly written: readonly string[];
}

/** A JSON file of the folder, or undefined when there is none (or it cannot be read: validation says why). */
function readFolderJson(folder: string, name: string): unknown {
  if (!existsSync(join(folder, name))) return undefined;
  const read = name.startsWith('.')
    ? readRegularText(join(folder, name), SHEET_SIZE_LIMIT)
    : readStoryFile(folder, name);
  if (!read.ok) return undefined;
  try {
    return JSON.parse(read.text);
  } catch {
    return undefined;
  }
}

/** The credits of a basemap manifest's world layers that story.json's publication does not give yet. */
function withBasemapCredits(story: Record<string, unknown>, manifest: unknown): void {
  const layers = (manifest as { layers?: { world?: unknown }[] } | undefined)?.layers ?? [];
  const needed = [
    ...new Set(
      layers.flatMap((layer) =>
        (WORLD_LAYERS as readonly unknown[]).includes(layer.world)
          ? [WORLD_LAYER_CREDITS[layer.world as WorldLayerName]]
          : [],
      ),
    ),
  ];
  const publication = (story.publication ?? {}) as Record<string, unknown>;
  const credits = (publication.attribution ?? []) as { text?: unknown }[];
  const missing = needed.filter((credit) => !credits.some((each) => each.text === credit.text));
  if (missing.length === 0) return;
  story.publication = { ...publication, attribution: [...credits, ...missing] };
}

/** A merge path as the editor reads it: events and places by their id. */
const shortPath = (path: string) => path.replace(/^features\./, '');

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function noteLines(file: string, notes: MergeNotes): string[] {
  return [
    ...(notes.kept.length > 0 ? [`${file}: kept the hand edits of ${notes.kept.map(shortPath).join(', ')}`] : []),
    ...notes.conflicts
      .map(shortPath)
      .map(
        (path) =>
          `${file}: ${path}: edited by hand and changed in the sheets since the last import: the hand edit is kept (change it in one place)`,
      ),
  ];
}

/**
 * Imports sheets into a story folder: converts them, merges them with what the folder holds, validates the
 * result as `npm run validate` does, and (with `write`) writes it when nothing is wrong.
 */
export function importSheets(sheets: readonly Sheet[], options: ImportOptions): ImportResult {
  const converted = storyFromSheets(sheets, {
    title: options.title,
    timeZone: options.timeZone,
    optionsWhere: '--title/--time-zone',
  });
  const folder = options.out;
  const lastImport = readFolderJson(folder, IMPORT_RECORD) as
    | { story?: unknown; events?: unknown; places?: unknown }
    | undefined;
  const manifest =
    readFolderJson(folder, BASEMAP_MANIFEST_PATH) ??
    (existsSync(join(folder, BASEMAP_MANIFEST_PATH)) ? undefined : IMPORTED_BASEMAP);
  const theirsStory = structuredClone(converted.story);
  withBasemapCredits(theirsStory, manifest);
  const theirsPlaces = options.places ?? converted.places;
  const before = {
    story: readFolderJson(folder, STORY),
    events: readFolderJson(folder, EVENTS),
    places: readFolderJson(folder, PLACES),
  };
  const story = mergeStoryFile(lastImport?.story, before.story, theirsStory);
  const events = mergeStoryFile(lastImport?.events, before.events, converted.events);
  const places =
    theirsPlaces === undefined
      ? { value: before.places ?? EMPTY, notes: { kept: [], conflicts: [] } }
      : mergeStoryFile(lastImport?.places, before.places, theirsPlaces);

  const names = {
    story: `${options.label}/${STORY}`,
    events: `${options.label}/${EVENTS}`,
    places: `${options.label}/${PLACES}`,
  };
  const texts = { story: json(story.value), events: json(events.value), places: json(places.value) };
  const checked = checkStoryTexts(
    {
      story: { name: names.story, text: texts.story },
      events: { name: names.events, text: texts.events },
      places: { name: names.places, text: texts.places },
    },
    (path) =>
      existsSync(folder)
        ? readStoryFile(folder, path)
        : { ok: false, message: `expected a file at ${JSON.stringify(path)} in the story folder, found none` },
    (file) => `${options.label}/${file}`,
  );
  // Each problem where the editor wrote the value; a cell the conversion already reported is not reported twice.
  const reported = new Set(converted.problems.map((problem) => `${problem.where}|${problem.column ?? ''}`));
  const problems = converted.problems.map(formatSheetProblem);
  for (const problem of checked.problems) {
    const origin = originOf(problem, converted.origins, names);
    if (!origin) problems.push(formatDataProblem(problem));
    else if (!reported.has(`${origin.where}|${origin.column ?? ''}`)) {
      problems.push(formatSheetProblem({ ...origin, message: problem.message }));
    }
  }
  const unique = [...new Set(problems)];
  const changes = [
    ...storyChanges(before.story, story.value),
    formatChanges(EVENTS, listChanges(featuresOf(before.events), featuresOf(events.value))),
    formatChanges(PLACES, listChanges(featuresOf(before.places), featuresOf(places.value))),
    ...noteLines(STORY, story.notes),
    ...noteLines(EVENTS, events.notes),
    ...noteLines(PLACES, places.notes),
  ].filter((line): line is string => line !== undefined);
  const result = {
    problems: unique,
    warnings: converted.warnings.map(formatSheetProblem),
    // What would change, only when it can: a story with problems is not written.
    changes: unique.length > 0 ? [] : changes,
    counts: { events: checked.events, sources: checked.sources, places: checked.places },
  };
  if (unique.length > 0 || !options.write) return { ...result, ok: unique.length === 0, written: [] };

  const files: FolderWrite[] = [];
  const unchanged = (name: string, text: string) => {
    if (!existsSync(join(folder, name))) return false;
    const current = readRegularText(join(folder, name), SHEET_SIZE_LIMIT);
    return current.ok && current.text === text;
  };
  const addIfChanged = (name: string, text: string) => {
    if (!unchanged(name, text)) files.push({ name, content: text });
  };
  addIfChanged(STORY, texts.story);
  addIfChanged(EVENTS, texts.events);
  addIfChanged(PLACES, texts.places);
  if (!existsSync(join(folder, BASEMAP_MANIFEST_PATH))) addIfChanged(BASEMAP_MANIFEST_PATH, json(IMPORTED_BASEMAP));
  // The record is no file of the story's: it is not listed among those written.
  const written = files.map((file) => file.name);
  const record = json({
    story: theirsStory,
    events: converted.events,
    ...(theirsPlaces ? { places: theirsPlaces } : {}),
  });
  addIfChanged(IMPORT_RECORD, record);
  // Every path is checked first: a link planted in the folder is refused, and nothing is written through it.
  const refused = writeFolderFiles(folder, options.label, files);
  if (refused.length > 0) return { ...result, problems: refused, changes: [], ok: false, written: [] };
  return { ...result, ok: true, written };
}

const featuresOf = (collection: unknown): unknown[] => {
  const features = (collection as { features?: unknown } | undefined)?.features;
  return Array.isArray(features) ? features : [];
};

/**
 * Brings a story folder that keeps its sheets (sheets/) up to date from them, as `npm run import -- <folder>`
 * does: validate, dev and build run it first, so that the sheets are the story's source and the JSON files its
 * published form.
 */
export async function syncStorySheets(folder: string, label: string): Promise<ImportResult> {
  const read = await readSheets(join(folder, SHEETS_FOLDER), `${label}/${SHEETS_FOLDER}`);
  if (!read.ok) {
    return {
      ok: false,
      problems: read.problems.map(formatSheetProblem),
      warnings: [],
      changes: [],
      counts: { events: 0, sources: 0, places: 0 },
      written: [],
    };
  }
  return importSheets(read.sheets, { out: folder, label, write: true });
}
