/**
 * A story from a spreadsheet, as TimelineJS and Datawrapper users write one: one row per source, the event's
 * fields on the first row of its id. Pure: CSV text in, the story folder's files (or every problem, each as
 * FILE:LINE: column: what was expected) out. `npm run import` (scripts/import.ts) reads and writes the files.
 */
import { parse } from 'csv-parse/sync';
import { parseIsoInstant } from '../src/domain/isoInstant';
import { isKnownTimeZone, parsePublicationDate } from '../src/domain/publicationDate';
import { EVENT_STATUSES, TIME_PRECISIONS } from '../src/domain/storyEvent';
import { zoneOffsetAt } from '../src/time/zoneOffset';

/** The event's columns, then one source's. Any order; all but these are refused. */
export const EVENT_COLUMNS = [
  'id',
  'title',
  'kind',
  'start',
  'end',
  'time_precision',
  'lon',
  'lat',
  'place',
  'uncertainty_m',
  'basis',
  'status',
] as const;
export const SOURCE_COLUMNS = [
  'party',
  'quote',
  'paraphrase',
  'outlet',
  'published',
  'url',
  'question',
  'answer',
] as const;
const COLUMNS: readonly string[] = [...EVENT_COLUMNS, ...SOURCE_COLUMNS];
const REQUIRED: readonly string[] = ['id', 'title', 'kind', 'start', 'party', 'published'];

type Row = Readonly<Record<string, string>>;

/** One problem: where (file and line) and what was expected. */
export interface ImportProblem {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly message: string;
}

export function formatImportProblem(problem: ImportProblem): string {
  const where = [problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`, problem.column];
  return `${where.filter(Boolean).join(': ')}: ${problem.message}`;
}

export interface ImportOptions {
  readonly title: string;
  readonly timeZone: string;
  /** The name shown in problems, e.g. "events.csv". */
  readonly eventsFile: string;
}

/** The story folder's files, as values ready to be written as JSON. */
export interface ImportedStory {
  readonly story: Record<string, unknown>;
  readonly events: { type: 'FeatureCollection'; features: Record<string, unknown>[] };
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** "Air strike" → "air-strike": a kind's id from its label. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A start or end: an ISO time with offset as given, or a local date (and time) in the story's zone. */
function parseMoment(value: string, timeZone: string): { iso: string; dateOnly: boolean } | undefined {
  if (parseIsoInstant(value) !== undefined) return { iso: value, dateOnly: false };
  const match = LOCAL_TIME.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const date = new Date(wall);
  if (date.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) return undefined;
  const offsetMin = Math.round(zoneOffsetAt(wall - zoneOffsetAt(wall, timeZone), timeZone) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { iso: `${y}-${mo}-${d}T${h}:${mi}:00${offset}`, dateOnly: match[4] === undefined };
}

function parseNumber(value: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value);
}

/** [west, south, east, north] around the points, padded by `pad` of its size (and at least `min` degrees). */
function paddedBounds(points: readonly (readonly [number, number])[], pad: number, min: number): number[] {
  const lons = points.map((point) => point[0]);
  const lats = points.map((point) => point[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const dx = Math.max((east - west) * pad, min);
  const dy = Math.max((north - south) * pad, min);
  const round = (value: number) => Math.round(value * 1e4) / 1e4;
  return [
    round(Math.max(-180, west - dx)),
    round(Math.max(-90, south - dy)),
    round(Math.min(180, east + dx)),
    round(Math.min(90, north + dy)),
  ];
}

/**
 * A file whose first row names none of the columns is not a sheet of ours (a wrong file, say /etc/shadow): it is
 * refused whole, and nothing of it is printed, not even its first row.
 */
function foreignHeader(file: string, header: readonly string[], columns: readonly string[]): ImportProblem | undefined {
  if (header.length === 0 || header.some((column) => columns.includes(column))) return undefined;
  return {
    file,
    line: 1,
    message: `expected a header row naming columns from: ${columns.join(', ')}; found none of them (this file is not shown)`,
  };
}

/**
 * Reads the spreadsheet and builds the story. Every problem of every row is reported in one run; the story is
 * returned only when there are none.
 */
/** The rows of a CSV file with a header row (RFC 4180, UTF-8 with or without a BOM), each with its line. */
function readCsvRows(
  csvText: string,
  file: string,
): { ok: true; records: { record: Row; info: { lines: number } }[] } | { ok: false; problem: ImportProblem } {
  try {
    const records = parse(csvText, { columns: true, bom: true, info: true, skip_empty_lines: true, trim: true }) as {
      record: Row;
      info: { lines: number };
    }[];
    return { ok: true, records };
  } catch (error) {
    // Only the parser's heading ("Invalid Opening Quote"): the rest of its message may quote the file.
    const { lines, message } = error as { lines?: number; message: string };
    return { ok: false, problem: { file, line: lines, message: `not a valid CSV file (${message.split(':')[0]})` } };
  }
}

export function importSpreadsheet(
  csvText: string,
  options: ImportOptions,
): { ok: true; story: ImportedStory } | { ok: false; problems: ImportProblem[] } {
  const file = options.eventsFile;
  const problems: ImportProblem[] = [];
  if (!isKnownTimeZone(options.timeZone)) {
    problems.push({
      file: '--time-zone',
      message: `expected an IANA time zone such as "Asia/Beirut", got "${options.timeZone}"`,
    });
  }
  if (options.title.trim() === '') problems.push({ file: '--title', message: 'expected the story title' });
  const read = readCsvRows(csvText, file);
  if (!read.ok) return { ok: false, problems: [...problems, read.problem] };
  const records = read.records;
  const header = records[0] ? Object.keys(records[0].record) : [];
  const foreign = foreignHeader(file, header, COLUMNS);
  if (foreign) return { ok: false, problems: [...problems, foreign] };
  const unknown = header.filter((column) => !COLUMNS.includes(column));
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (records.length === 0) problems.push({ file, line: 1, message: 'expected a header row and at least one row' });
  for (const column of unknown) {
    problems.push({ file, line: 1, column, message: `unknown column; expected columns from: ${COLUMNS.join(', ')}` });
  }
  for (const column of missing) problems.push({ file, line: 1, column, message: 'expected this column in the header' });
  if (problems.length > 0) return { ok: false, problems };

  const zone = options.timeZone;
  const events = new Map<string, { line: number; row: Row; properties: Record<string, unknown>; sources: unknown[] }>();
  const features: Record<string, unknown>[] = [];
  const kinds = new Map<string, string>();
  const points: [number, number][] = [];
  for (const { record: row, info } of records) {
    const line = info.lines;
    const problem = (column: string, message: string) => problems.push({ file, line, column, message });
    const id = row.id ?? '';
    if (!SLUG.test(id)) {
      problem('id', 'expected an id of lowercase letters, digits and hyphens (e.g. "port-blast")');
      continue;
    }
    let event = events.get(id);
    if (event) {
      // Later rows of an event add a source; the event's own fields, if repeated, must agree with its first row.
      for (const column of EVENT_COLUMNS) {
        const value = row[column] ?? '';
        if (value !== '' && value !== (event.row[column] ?? '')) {
          problem(
            column,
            `differs from line ${event.line}, the first row of "${id}": leave it empty or give the same value`,
          );
        }
      }
    } else {
      const properties: Record<string, unknown> = {};
      const title = row.title ?? '';
      if (title === '') problem('title', 'expected the event title');
      properties.title = title;
      const kindLabel = row.kind ?? '';
      const kind = slugify(kindLabel);
      if (kind === '') problem('kind', 'expected the kind of event, e.g. "explosion" or "protest"');
      else if (!kinds.has(kind)) kinds.set(kind, kindLabel);
      properties.kind = kind;
      const start = parseMoment(row.start ?? '', zone);
      if (!start)
        problem('start', 'expected a date "YYYY-MM-DD", a local time "YYYY-MM-DD HH:MM" or an ISO time with offset');
      else properties.start = start.iso;
      if (row.end) {
        const end = parseMoment(row.end, zone);
        if (!end) problem('end', 'expected a date, a local time "YYYY-MM-DD HH:MM" or an ISO time with offset');
        else if (start && (parseIsoInstant(end.iso) as number) <= (parseIsoInstant(start.iso) as number)) {
          problem('end', 'expected the end after the start');
        } else properties.end = end.iso;
      }
      const precision = row.time_precision || (start?.dateOnly ? 'day' : 'minute');
      if (!(TIME_PRECISIONS as readonly string[]).includes(precision)) {
        problem('time_precision', `expected one of ${TIME_PRECISIONS.join(', ')}`);
      }
      properties.time_precision = precision;
      const status = row.status || 'reported';
      if (!(EVENT_STATUSES as readonly string[]).includes(status)) {
        problem('status', `expected one of ${EVENT_STATUSES.join(', ')}`);
      }
      let geometry: unknown = null;
      if (row.lon || row.lat) {
        const lon = parseNumber(row.lon ?? '');
        const lat = parseNumber(row.lat ?? '');
        if (lon === undefined || lon < -180 || lon > 180)
          problem('lon', 'expected a longitude in degrees, -180 to 180');
        if (lat === undefined || lat < -90 || lat > 90) problem('lat', 'expected a latitude in degrees, -90 to 90');
        if (!row.place) problem('place', 'expected the name of the place');
        if (!row.basis) problem('basis', 'expected where the coordinate comes from (basis)');
        const uncertainty = row.uncertainty_m ? parseNumber(row.uncertainty_m) : undefined;
        if (row.uncertainty_m && (uncertainty === undefined || uncertainty <= 0 || uncertainty > 100_000)) {
          problem(
            'uncertainty_m',
            'expected the radius of an estimated location in metres, above 0 and at most 100000',
          );
        }
        if (lon !== undefined && lat !== undefined) {
          geometry = { type: 'Point', coordinates: [lon, lat] };
          points.push([lon, lat]);
        }
        properties.place = {
          name: row.place ?? '',
          estimate: uncertainty !== undefined,
          ...(uncertainty !== undefined ? { uncertainty_m: uncertainty } : {}),
          basis: row.basis ?? '',
        };
      } else {
        if (row.uncertainty_m) problem('uncertainty_m', 'an event with no lon/lat has no location to estimate');
        if (row.place) properties.place_name = row.place;
      }
      properties.status = status;
      event = { line, row, properties, sources: [] };
      events.set(id, event);
      features.push({ type: 'Feature', id, geometry, properties });
    }
    event.sources.push(readSource(row, problem));
    const question = row.question ?? '';
    const answer = row.answer ?? '';
    if ((question === '') !== (answer === '')) {
      problem(question === '' ? 'question' : 'answer', 'expected both a question and this source’s answer, or neither');
    } else if (question !== '') {
      const key = slugify(question);
      if (!event.properties.questions) event.properties.questions = [];
      const questions = event.properties.questions as { key: string; label: string }[];
      if (!questions.some((each) => each.key === key)) questions.push({ key, label: question });
      const source = event.sources[event.sources.length - 1] as Record<string, unknown>;
      source.answers = { [key]: parseNumber(answer) ?? answer };
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  for (const feature of features) {
    const event = events.get(feature.id as string);
    if (event) event.properties.sources = event.sources;
  }
  const area = points.length > 0 ? paddedBounds(points, 0.5, 0.2) : [-180, -85, 180, 85];
  const opening = points.length > 0 ? paddedBounds(points, 0.1, 0.01) : area;
  const outlets = [
    ...new Set(
      features.flatMap((feature) =>
        ((feature.properties as { sources: { outlet?: string }[] }).sources ?? [])
          .map((source) => source.outlet)
          .filter(Boolean),
      ),
    ),
  ];
  return {
    ok: true,
    story: {
      story: {
        title: options.title.trim(),
        subtitle: `${features.length} events, each with its sources.`,
        time_zone: { id: zone },
        area,
        initial_bounds: opening,
        kinds: [...kinds].map(([id, label]) => ({ id, label })),
        credit: `Sources: ${outlets.slice(0, 12).join(', ')}${outlets.length > 12 ? ' and others' : ''} (links in each popup).`,
      },
      events: { type: 'FeatureCollection', features },
    },
  };
}

function readSource(row: Row, problem: (column: string, message: string) => void): Record<string, unknown> {
  const source: Record<string, unknown> = {};
  if (!row.party) problem('party', 'expected who said it (party)');
  source.party = row.party;
  if (row.quote) source.quote = row.quote;
  else if (row.paraphrase) source.paraphrase = row.paraphrase;
  else problem('quote', 'expected the verbatim quote (or, where no wording is available, a paraphrase)');
  if (row.quote && row.paraphrase) problem('paraphrase', 'expected a quote or a paraphrase, not both');
  if (!row.outlet) problem('outlet', 'expected the outlet that published it');
  source.outlet = row.outlet;
  const published = row.published ?? '';
  const date = parsePublicationDate(published);
  if (!date || date.precision === 'month' || date.precision === 'year') {
    problem('published', 'expected the publication date "YYYY-MM-DD", or a moment "YYYY-MM-DDTHH:MM±HH:MM"');
  }
  source.published = published;
  if (!row.url || !/^https?:\/\/[^\s]+$/.test(row.url)) problem('url', 'expected the http(s) link of the source');
  source.url = row.url;
  return source;
}

/** The columns of a places spreadsheet: one fixed place (a point) per row. */
const PLACE_COLUMNS: readonly string[] = [
  'id',
  'name',
  'role',
  'type',
  'layer',
  'lon',
  'lat',
  'uncertainty_m',
  'basis',
];
const PLACE_ROLES: readonly string[] = ['reference', 'point', 'area', 'label', 'context'];

/**
 * A places spreadsheet as places.geojson: points with their role (`point` unless said), what they are, and how
 * their coordinate is known; an `uncertainty_m` marks an estimate. Every bad row is reported with its line.
 */
export function importPlacesSpreadsheet(
  csvText: string,
  file: string,
):
  | { ok: true; places: { type: 'FeatureCollection'; features: Record<string, unknown>[] } }
  | { ok: false; problems: ImportProblem[] } {
  const read = readCsvRows(csvText, file);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const records = read.records;
  const problems: ImportProblem[] = [];
  const header = records[0] ? Object.keys(records[0].record) : [];
  const foreign = foreignHeader(file, header, PLACE_COLUMNS);
  if (foreign) return { ok: false, problems: [foreign] };
  for (const column of header.filter((each) => !PLACE_COLUMNS.includes(each))) {
    problems.push({
      file,
      line: 1,
      column,
      message: `unknown column; expected columns from: ${PLACE_COLUMNS.join(', ')}`,
    });
  }
  for (const column of ['id', 'name', 'lon', 'lat', 'basis'].filter((each) => !header.includes(each))) {
    problems.push({ file, line: 1, column, message: 'expected this column in the header' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const features: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const { record: row, info } of records) {
    const line = info.lines;
    const problem = (column: string, message: string) => problems.push({ file, line, column, message });
    const id = row.id ?? '';
    if (!SLUG.test(id))
      problem('id', 'expected an id of lowercase letters, digits and hyphens (e.g. "harbour-office")');
    else if (seen.has(id)) problem('id', `expected a unique id, got "${id}" again`);
    seen.add(id);
    if (!row.name) problem('name', 'expected the place name');
    const role = row.role || 'point';
    if (!PLACE_ROLES.includes(role)) problem('role', `expected one of ${PLACE_ROLES.join(', ')}`);
    const lon = parseNumber(row.lon ?? '');
    const lat = parseNumber(row.lat ?? '');
    if (lon === undefined || Math.abs(lon) > 180) problem('lon', 'expected a longitude in degrees, -180 to 180');
    if (lat === undefined || Math.abs(lat) > 90) problem('lat', 'expected a latitude in degrees, -90 to 90');
    const uncertainty = row.uncertainty_m ? parseNumber(row.uncertainty_m) : undefined;
    if (row.uncertainty_m && !(uncertainty !== undefined && uncertainty > 0)) {
      problem('uncertainty_m', 'expected the uncertainty in metres, above 0 (it marks the place as an estimate)');
    }
    if (!row.basis) problem('basis', 'expected the basis of the coordinate (where it comes from)');
    if (row.layer && !SLUG.test(row.layer))
      problem('layer', 'expected a layer id of lowercase letters, digits and hyphens');
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        name: row.name,
        role,
        ...(row.type ? { type: row.type } : {}),
        ...(row.layer ? { layer: row.layer } : {}),
        estimate: uncertainty !== undefined,
        ...(uncertainty !== undefined ? { uncertainty_m: uncertainty } : {}),
        basis: row.basis,
      },
    });
  }
  if (records.length === 0) problems.push({ file, line: 1, message: 'expected a header row and at least one row' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, places: { type: 'FeatureCollection', features } };
}

/** A new story's basemap: the countries of its region, cut from Natural Earth at build (see the README, "Basemap"). */
export const IMPORTED_BASEMAP = {
  layers: [{ id: 'countries', world: 'countries', resolution: '10m', margin: 2, role: 'land' }],
};
