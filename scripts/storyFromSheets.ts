/**
 * A story's files from its sheets (scripts/sheetColumns.ts): story.json, events.geojson and places.geojson as
 * JSON values in the model's own form (docs/DATA.md), with, for every value, the cell it came from. Pure: the
 * sheets in, the files out, with what could not be read (each as FILE:LINE: column: what was expected).
 *
 * What a sheet allows that the model does not is converted here, never by loosening the model: local times in
 * the story's zone, a time precision inferred from how a start is written, a decimal comma in a file separated by
 * semicolons, sources named by an id of the sheet's own, kinds and layers gathered from the rows, a story area
 * derived from the coordinates. Whether the result is a valid story is for the story's one validator to say
 * (scripts/checkStoryTexts.ts); its problems are mapped back to these cells by `originOf`.
 */
import { wktToGeoJSON } from '@terraformer/wkt';
import type { DataProblem } from '../src/domain/dataProblem';
import { parseIsoInstant } from '../src/domain/isoInstant';
import { isKnownTimeZone } from '../src/domain/publicationDate';
import { zoneOffsetAt } from '../src/time/zoneOffset';
import type { Sheet, SheetRow } from './readSheets';
import {
  COMBINED_SOURCE_COLUMNS,
  type ColumnSpec,
  REPEATED_STORY_KEYS,
  SHEET_COLUMNS,
  SHEET_NAMES,
  type SheetName,
  STORY_KEYS,
} from './sheetColumns';

/** A problem in a sheet: where (`events.csv:12`, `story.xlsx:events!C12`), the column, what was expected. */
export interface SheetProblem {
  readonly where: string;
  readonly column?: string;
  readonly message: string;
}

export function formatSheetProblem(problem: SheetProblem): string {
  return [problem.where, problem.column, problem.message].filter(Boolean).join(': ');
}

/** The cell a value of the story's files came from. */
export interface Origin {
  readonly where: string;
  readonly column?: string;
}

type Json = Record<string, unknown>;
export interface FeatureCollectionJson {
  type: 'FeatureCollection';
  features: Json[];
}

/** What the sheets say, as the story's files, and where each value came from. */
export interface SheetStory {
  readonly story: Json;
  readonly events: FeatureCollectionJson;
  /** Undefined when the sheets hold no places: the story's places are kept as they are. */
  readonly places?: FeatureCollectionJson;
  /** By key: `story:<field>`, `events:<id>:<field>`, `places:<id>:<field>` (fields as validation names them). */
  readonly origins: ReadonlyMap<string, Origin>;
  readonly problems: readonly SheetProblem[];
  /** What is likely a mistake but not wrong: a kind written two ways. */
  readonly warnings: readonly SheetProblem[];
}

export interface SheetStoryOptions {
  /** The title and zone when the story sheet gives none (the command line's --title and --time-zone). */
  readonly title?: string;
  readonly timeZone?: string;
  /** Where these came from, in messages ("--title"). */
  readonly optionsWhere?: string;
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** "Air strike" → "air-strike": an id from a name. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A kind's name reduced to what tells kinds apart: no case, spacing or plural ("Air strikes" → "airstrike"). */
export function kindKey(text: string): string {
  const key = slugify(text).replace(/-/g, '');
  if (key.endsWith('ies') && key.length > 4) return `${key.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !key.endsWith('ss') && key.length > 3) return key.slice(0, -1);
  return key;
}

const pad = (value: number) => String(value).padStart(2, '0');

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A moment as a sheet may write it: a time with its offset as it is, or a local date or date and time
 * ("2024-02-03", "2024-02-03 14:20") in `zone`, written with that zone's offset on that date.
 */
export function parseSheetMoment(
  text: string,
  zone: string,
): { ok: true; iso: string; dateOnly: boolean } | { ok: false; message: string } {
  if (parseIsoInstant(text) !== undefined) return { ok: true, iso: text, dateOnly: false };
  const match = LOCAL_TIME.exec(text);
  const expected = `expected a date "YYYY-MM-DD", a local time "YYYY-MM-DD HH:MM" (in ${zone}) or a time with its offset "YYYY-MM-DDTHH:MM+HH:MM", got ${JSON.stringify(text)}`;
  if (!match) return { ok: false, message: expected };
  const [, y, mo, d, h = '0', mi = '00', s = '00'] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const date = new Date(wall);
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59) {
    return { ok: false, message: expected };
  }
  const offset = zoneOffsetAt(wall - zoneOffsetAt(wall, zone), zone);
  if (zoneOffsetAt(wall - offset, zone) !== offset) {
    return { ok: false, message: `${text} does not exist in ${zone}: the clocks moved forward at that time` };
  }
  return {
    ok: true,
    iso: `${y}-${mo}-${d}T${pad(Number(h))}:${mi}:${s}${formatOffset(offset)}`,
    dateOnly: match[4] === undefined,
  };
}

/** A number as a sheet writes it; a decimal comma only in a file whose cells are not separated by commas. */
export function parseSheetNumber(text: string, separator?: string): number | undefined {
  const value = text.trim();
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value)) return Number(Number(value).toPrecision(15));
  if (separator !== undefined && separator !== ',' && /^[-+]?\d+,\d+$/.test(value)) {
    return Number(value.replace(',', '.'));
  }
  return undefined;
}

/** The items of a list cell: separated by semicolons or line breaks (and commas, for lists of ids). */
function listItems(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[;,\n]/ : /[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** One sheet's columns: the model's names for the headers as written. */
class SheetColumns {
  readonly headers = new Map<string, string>();
  /** True for a file whose header names none of the sheet's columns: its rows are not read. */
  foreign = false;

  constructor(
    readonly sheet: Sheet,
    specs: readonly ColumnSpec[],
    extra: readonly string[],
    problems: SheetProblem[],
  ) {
    const names = [...specs.map((spec) => spec.name), ...extra];
    const known = (header: string) => {
      const lower = header.toLowerCase();
      return specs.some((each) => each.name === lower || each.aliases?.includes(lower)) || extra.includes(lower);
    };
    const written = sheet.columns.filter((header) => header !== '' && !header.startsWith('#'));
    if (written.length > 0 && !written.some(known)) {
      // Not a sheet of ours (a wrong file, say /etc/shadow): refused whole, and nothing of it is printed, not even
      // its first row; none of its rows is read.
      this.foreign = true;
      problems.push({
        where: sheet.headerWhere(),
        message: `expected a header row naming columns from: ${names.join(', ')}; found none of them (this file is not shown)`,
      });
      return;
    }
    for (const header of sheet.columns) {
      const lower = header.toLowerCase();
      if (header === '' || header.startsWith('#')) continue;
      const spec = specs.find((each) => each.name === lower || each.aliases?.includes(lower));
      const name = spec?.name ?? extra.find((each) => each === lower);
      if (name === undefined) {
        problems.push({
          where: sheet.headerWhere(header),
          column: header,
          message: `unknown column; expected columns from: ${names.join(', ')} (a column of your own notes: start its name with "#")`,
        });
      } else if (this.headers.has(name)) {
        problems.push({
          where: sheet.headerWhere(header),
          column: header,
          message: `the same column as "${this.headers.get(name)}": keep one of them`,
        });
      } else {
        this.headers.set(name, header);
      }
    }
  }

  has(name: string): boolean {
    return this.headers.has(name);
  }

  header(name: string): string {
    return this.headers.get(name) ?? name;
  }
}

/** Reads one row's cells by the model's names, and records problems and origins against its cells. */
class RowReader {
  constructor(
    readonly row: SheetRow,
    readonly columns: SheetColumns,
    private readonly build: Builder,
  ) {}

  text(name: string): string | undefined {
    return this.row.cells.get(this.columns.header(name));
  }

  where(name?: string): string {
    return this.row.where(name === undefined ? undefined : this.columns.header(name));
  }

  origin(name?: string): Origin {
    return { where: this.where(name), column: name === undefined ? undefined : this.columns.header(name) };
  }

  problem(name: string, message: string): void {
    this.build.problems.push({ where: this.where(name), column: this.columns.header(name), message });
  }

  /** Records that `key` (and everything under it, unless more precisely known) came from this cell. */
  record(key: string, name?: string): void {
    this.build.origins.set(key, this.origin(name));
  }

  /** The cell as a number (undefined when empty; reported when not a number). */
  number(name: string, what = 'a number'): number | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    const value = parseSheetNumber(text, this.columns.sheet.separator);
    if (value === undefined) {
      const comma = /^[-+]?\d+,\d+$/.test(text.trim());
      this.problem(
        name,
        comma
          ? `expected ${what} with a decimal point, got ${JSON.stringify(text)} (a decimal comma only in a file separated by ";")`
          : `expected ${what}, got ${JSON.stringify(text)}`,
      );
    }
    return value;
  }

  boolean(name: string): boolean | undefined {
    const text = this.text(name)?.toLowerCase();
    if (text === undefined) return undefined;
    if (TRUE.has(text)) return true;
    if (FALSE.has(text)) return false;
    this.problem(name, `expected true or false, got ${JSON.stringify(this.text(name))}`);
    return undefined;
  }

  /** The cell as a moment in the model's form (see parseSheetMoment), in `zone` (the story's by default). */
  moment(name: string, zone = this.build.zone): { iso: string; dateOnly: boolean } | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    const parsed = parseSheetMoment(text, zone);
    if (!parsed.ok) {
      this.problem(name, parsed.message);
      return undefined;
    }
    return parsed;
  }
}

/** What the conversion gathers: problems, warnings, origins, and the story's zone. */
class Builder {
  readonly problems: SheetProblem[] = [];
  readonly warnings: SheetProblem[] = [];
  readonly origins = new Map<string, Origin>();
  zone = 'UTC';
  readonly sheets = new Map<string, Sheet>();

  columns(name: Exclude<SheetName, 'story'>, extra: readonly string[] = []): SheetColumns | undefined {
    const sheet = this.sheets.get(name);
    return sheet && new SheetColumns(sheet, SHEET_COLUMNS[name], extra, this.problems);
  }

  *rows(columns: SheetColumns | undefined): Generator<RowReader> {
    if (!columns || columns.foreign) return;
    for (const row of columns.sheet.rows) yield new RowReader(row, columns, this);
  }
}

/** A point of the story and the cells it came from, for the swap check and the story's area. */
interface SheetPoint {
  readonly lon: number;
  readonly lat: number;
  readonly reader?: RowReader;
}

/** [west, south, east, north] around the points, padded by `pad` of its size and at least `min` degrees. */
function paddedBounds(points: readonly SheetPoint[], pad: number, min: number): [number, number, number, number] {
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
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

const inBox = (lon: number, lat: number, [west, south, east, north]: readonly number[]) =>
  lon >= (west as number) && lon <= (east as number) && lat >= (south as number) && lat <= (north as number);

/**
 * Points that lie far outside the area all the other points give, and inside it once longitude and latitude
 * are swapped: reported on their row, and left out of the story's area.
 */
function findSwappedPoints(points: readonly SheetPoint[]): Set<SheetPoint> {
  const swapped = new Set<SheetPoint>();
  for (const point of points) {
    if (!point.reader) continue;
    const others = points.filter((other) => other.reader?.row !== point.reader?.row);
    if (others.length < 2) continue;
    const box = paddedBounds(others, 0.5, 0.5);
    if (inBox(point.lon, point.lat, box) || !inBox(point.lat, point.lon, box)) continue;
    swapped.add(point);
    point.reader.problem(
      'lon',
      `[${point.lon}, ${point.lat}] lies far from the story's other places, and looks swapped: as lon ${point.lat}, lat ${point.lon} it is among them; put the longitude in lon and the latitude in lat`,
    );
  }
  return swapped;
}

function box(text: string, separator?: string): number[] | undefined {
  const parts = text.includes(';') ? text.split(';') : text.split(',');
  const numbers = parts.map((part) => parseSheetNumber(part, text.includes(';') ? ';' : separator));
  return numbers.length === 4 && numbers.every((value) => value !== undefined) ? (numbers as number[]) : undefined;
}

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Json;
  }
  node[keys[keys.length - 1] as string] = value;
}

/** The story sheet: one key and its value per row. */
function readStorySheet(build: Builder): Json {
  const story: Json = {};
  const sheet = build.sheets.get('story');
  if (!sheet) return story;
  const columns = new SheetColumns(
    sheet,
    [
      { name: 'key', example: '' },
      { name: 'value', example: '' },
    ],
    [],
    build.problems,
  );
  const seen = new Map<string, string>();
  for (const reader of build.rows(columns)) {
    const written = reader.text('key');
    if (written === undefined) {
      reader.problem('key', 'expected a key in the first column (title, time_zone…)');
      continue;
    }
    const lower = written.toLowerCase();
    const spec = STORY_KEYS.find((each) => each.name === lower || each.aliases?.includes(lower));
    if (!spec) {
      reader.problem(
        'key',
        `unknown key "${written}"; expected one of ${STORY_KEYS.map((each) => each.name).join(', ')}`,
      );
      continue;
    }
    const text = reader.text('value');
    if (text === undefined) continue;
    const key = spec.name === 'time_zone' ? 'time_zone.id' : spec.name;
    const repeated = REPEATED_STORY_KEYS.has(spec.name);
    if (!repeated && seen.has(key)) {
      reader.problem('key', `"${written}" is given twice (also at ${seen.get(key)}): keep one`);
      continue;
    }
    seen.set(key, reader.where('key'));
    const value = storyValue(spec.name, text, reader, build);
    if (value === undefined) continue;
    if (repeated) {
      const list = (key.split('.').reduce<unknown>((node, part) => (node as Json | undefined)?.[part], story) ??
        []) as unknown[];
      reader.record(`story:${key}[${list.length}]`, 'value');
      setPath(story, key, [...list, value]);
    } else {
      reader.record(`story:${key}`, 'value');
      setPath(story, key, value);
    }
  }
  return story;
}

/** A story key's value in the model's form. */
function storyValue(key: string, text: string, reader: RowReader, build: Builder): unknown {
  switch (key) {
    case 'area':
    case 'initial_bounds': {
      const value = box(text, reader.columns.sheet.separator);
      if (!value)
        reader.problem(
          'value',
          `expected four numbers "west, south, east, north" in degrees, got ${JSON.stringify(text)}`,
        );
      return value;
    }
    case 'publication.social_image.width':
    case 'publication.social_image.height':
      return reader.number('value', 'a number of pixels');
    case 'modules.chart.series': {
      const [id, ...label] = text.split(':');
      if (label.length === 0) {
        reader.problem('value', `expected "series id: what it counts", e.g. "hectares: as the fire service gave them"`);
        return undefined;
      }
      return { id: (id as string).trim(), label: label.join(':').trim() };
    }
    case 'publication.attribution': {
      const [credit, url, licence] = text.split('|').map((part) => part.trim());
      return { text: credit, ...(url ? { url } : {}), ...(licence ? { licence } : {}) };
    }
    case 'publication.snapshot_moments': {
      const [at, name, label] = text.split('|').map((part) => part.trim());
      const moment = parseSheetMoment(at ?? '', build.zone);
      if (!moment.ok) {
        reader.problem('value', `expected "moment | image name | what it shows": ${moment.message}`);
        return undefined;
      }
      return { at: moment.iso, ...(name ? { name } : {}), ...(label ? { label } : {}) };
    }
    default:
      return text;
  }
}

/** The layers sheet, or else the layers the kinds and places name (labelled from their ids). */
function readLayers(build: Builder): Json[] | undefined {
  const columns = build.columns('layers');
  if (!columns) return undefined;
  const layers: Json[] = [];
  for (const reader of build.rows(columns)) {
    const index = layers.length;
    reader.record(`story:layers[${index}]`, 'id');
    const layer: Json = {};
    for (const name of ['id', 'label']) {
      const text = reader.text(name);
      if (text !== undefined) {
        layer[name] = text;
        reader.record(`story:layers[${index}].${name}`, name);
      }
    }
    layers.push(layer);
  }
  return layers;
}

const labelOf = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

interface KindsRead {
  readonly kinds: Json[];
  /** The kind id an event's kind cell means. */
  readonly resolve: (text: string, reader: RowReader) => string;
}

/** The kinds sheet, or else the kinds the events name (in the order they first appear). */
function readKinds(build: Builder): KindsRead {
  const columns = build.columns('kinds');
  const seen = new Map<string, { text: string; where: string }>();
  /** A warning when a kind is written as another is, but for case, plural or spacing. */
  const compare = (text: string, reader: RowReader, against: readonly { text: string; where: string }[]) => {
    for (const other of against) {
      if (other.text !== text && kindKey(other.text) === kindKey(text)) {
        build.warnings.push({
          where: reader.where('kind'),
          column: reader.columns.header('kind'),
          message: `"${text}" differs from "${other.text}" (${other.where}) only by case, plural or spacing: write the same kind the same way`,
        });
        return;
      }
    }
  };
  if (columns) {
    const kinds: Json[] = [];
    for (const reader of build.rows(columns)) {
      const index = kinds.length;
      reader.record(`story:kinds[${index}]`, 'id');
      const kind: Json = {};
      for (const name of ['id', 'label', 'layer', 'shape', 'color']) {
        const text = reader.text(name);
        if (text === undefined) continue;
        kind[name] = text;
        reader.record(`story:kinds[${index}].${name}`, name);
      }
      kinds.push(kind);
    }
    const declared = kinds.flatMap((kind) =>
      [kind.id, kind.label].filter((text): text is string => typeof text === 'string'),
    );
    return {
      kinds,
      resolve(text, reader) {
        const lower = text.toLowerCase();
        const match = kinds.find(
          (kind) =>
            kind.id === text ||
            (typeof kind.label === 'string' && kind.label.toLowerCase() === lower) ||
            kind.id === slugify(text),
        );
        if (match) return match.id as string;
        compare(
          text,
          reader,
          declared.map((each) => ({ text: each, where: 'the kinds sheet' })),
        );
        return slugify(text) || text;
      },
    };
  }
  const kinds: Json[] = [];
  return {
    kinds,
    resolve(text, reader) {
      const id = slugify(text);
      compare(text, reader, [...seen.values()]);
      if (!seen.has(text)) seen.set(text, { text, where: reader.where('kind') });
      if (id !== '' && !kinds.some((kind) => kind.id === id)) {
        reader.record(`story:kinds[${kinds.length}]`, 'kind');
        kinds.push({ id, label: text });
      }
      return id;
    },
  };
}

/** What a sources sheet row (or a combined events row) says. */
interface SourceRow {
  readonly event: string;
  readonly reader: RowReader;
}

const SOURCE_FIELDS = [
  'party',
  'reporting',
  'via',
  'quote',
  'paraphrase',
  'language',
  'outlet',
  'copy_of',
  'published',
  'published_zone',
  'published_uncertainty_min',
  'published_basis',
  'published_day_unknown',
  'published_inferred',
  'url',
  'source_article',
  'note',
] as const;

const BOOLEAN_SOURCE_FIELDS = new Set(['published_inferred', 'source_article']);

/** A publication date as the model writes it: a day as it is, a local time as a moment with its offset. */
function readPublished(reader: RowReader, zone: string): string | undefined {
  const text = reader.text('published');
  if (text === undefined) return undefined;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return text;
  return reader.moment('published', zone)?.iso;
}

/** Questions of an event (`key: label`, or a label) and the answers of its sources (`question: answer`). */
class Questions {
  readonly list: { key: string; label: string }[] = [];

  declare(text: string): void {
    for (const item of listItems(text, false)) {
      const [first, ...rest] = item.split(':');
      const label = rest.length > 0 ? rest.join(':').trim() : (first as string).trim();
      const key = rest.length > 0 ? (first as string).trim() : slugify(label);
      if (!this.list.some((question) => question.key === key)) this.list.push({ key, label });
    }
  }

  /** The key of a question named by its key or label (declared on first use). */
  keyOf(name: string): string {
    const lower = name.toLowerCase();
    const found = this.list.find((question) => question.key === name || question.label.toLowerCase() === lower);
    if (found) return found.key;
    const key = slugify(name);
    if (!this.list.some((question) => question.key === key)) this.list.push({ key, label: name });
    return key;
  }
}

const answerValue = (text: string) => parseSheetNumber(text) ?? text;

function readSource({ reader }: SourceRow, key: string, build: Builder, questions: Questions, combined: boolean): Json {
  const source: Json = {};
  reader.record(key, combined ? 'party' : 'event');
  const zoneText = reader.text('published_zone');
  const zone = zoneText && isKnownTimeZone(zoneText) ? zoneText : build.zone;
  for (const name of SOURCE_FIELDS) {
    if (!reader.columns.has(name) || reader.text(name) === undefined) continue;
    const value =
      name === 'published'
        ? readPublished(reader, zone)
        : name === 'published_uncertainty_min'
          ? reader.number(name, 'a number of minutes')
          : BOOLEAN_SOURCE_FIELDS.has(name)
            ? reader.boolean(name)
            : reader.text(name);
    if (value === undefined) continue;
    source[name] = value;
    reader.record(`${key}.${name}`, name);
  }
  const answers: Json = {};
  const answersText = reader.text('answers');
  if (answersText !== undefined) {
    for (const item of listItems(answersText, false)) {
      const [question, ...rest] = item.split(':');
      if (rest.length === 0) {
        reader.problem('answers', `expected "question: answer", e.g. "Rockets fired: 6", got ${JSON.stringify(item)}`);
        continue;
      }
      answers[questions.keyOf((question as string).trim())] = answerValue(rest.join(':').trim());
    }
  }
  const question = reader.text('question');
  const answer = reader.text('answer');
  if ((question === undefined) !== (answer === undefined)) {
    reader.problem(
      question === undefined ? 'question' : 'answer',
      'expected both a question and this source’s answer, or neither',
    );
  } else if (question !== undefined && answer !== undefined) {
    answers[questions.keyOf(question)] = answerValue(answer);
  }
  if (Object.keys(answers).length > 0) {
    source.answers = answers;
    reader.record(`${key}.answers`, answersText !== undefined ? 'answers' : 'answer');
  }
  return source;
}

interface EventBuild {
  readonly id: string;
  readonly reader: RowReader;
  readonly feature: Json;
  readonly properties: Json;
  readonly questions: Questions;
  readonly sourceRows: SourceRow[];
  /** The sources' sheet ids, by index. */
  readonly sourceIds: (string | undefined)[];
}

const EVENT_TEXT_FIELDS = ['title', 'time_note', 'status', 'hindsight'] as const;

/** A reference to one of an event's sources: its id in the sources sheet, or its index from 0. */
function sourceIndex(event: EventBuild | undefined, text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const index = event?.sourceIds.indexOf(text) ?? -1;
  return index >= 0 ? index : undefined;
}

function sourceRefProblem(event: EventBuild | undefined, text: string): string {
  const ids = event?.sourceIds.filter((id): id is string => id !== undefined) ?? [];
  return `expected one of the event's sources: its id in the sources sheet${ids.length > 0 ? ` (${ids.join(', ')})` : ''} or its number from 0, got ${JSON.stringify(text)}`;
}

/**
 * Builds the story's files from its sheets. Sheets are matched by name (`events.csv` or a workbook's "Events");
 * a sheet that is not there leaves that part of the story to the folder's files.
 */
export function storyFromSheets(sheets: readonly Sheet[], options: SheetStoryOptions = {}): SheetStory {
  const build = new Builder();
  for (const sheet of sheets) {
    if ((SHEET_NAMES as readonly string[]).includes(sheet.name)) build.sheets.set(sheet.name, sheet);
    else {
      build.warnings.push({
        where: sheet.headerWhere(),
        message: `not a sheet of a story (${SHEET_NAMES.join(', ')}): left out`,
      });
    }
  }
  // The zone first: the story sheet's own moments (snapshots) are local times in it.
  const zoneRow = build.sheets
    .get('story')
    ?.rows.find((row) => /^time_zone(\.id)?$/i.test([...row.cells.values()][0] ?? ''));
  const zoneGiven = zoneRow ? [...zoneRow.cells.values()][1] : options.timeZone;
  if (zoneGiven !== undefined && isKnownTimeZone(zoneGiven)) build.zone = zoneGiven;
  const storyFromSheet = readStorySheet(build);
  const optionsWhere = options.optionsWhere ?? 'the command line';
  if (storyFromSheet.title === undefined && options.title) storyFromSheet.title = options.title;
  const zoneText = (storyFromSheet.time_zone as Json | undefined)?.id ?? options.timeZone;
  if (typeof zoneText === 'string' && isKnownTimeZone(zoneText)) {
    build.zone = zoneText;
    if (storyFromSheet.time_zone === undefined) storyFromSheet.time_zone = { id: zoneText };
  } else {
    const origin = build.origins.get('story:time_zone.id');
    build.problems.push({
      where: origin?.where ?? (build.sheets.get('story')?.headerWhere() || optionsWhere),
      column: origin?.column ?? 'time_zone',
      message:
        zoneText === undefined
          ? 'expected the story\'s time zone (the key "time_zone" in the story sheet), an IANA zone such as "America/New_York"'
          : `expected an IANA time zone such as "America/New_York", got ${JSON.stringify(zoneText)}`,
    });
  }
  if (storyFromSheet.title === undefined) {
    build.problems.push({
      where: build.sheets.get('story')?.headerWhere() ?? optionsWhere,
      column: 'title',
      message: 'expected the story\'s title (the key "title" in the story sheet)',
    });
  }

  const layers = readLayers(build);
  const kinds = readKinds(build);
  const points: SheetPoint[] = [];

  // Places first: events may take their coordinates from a place they name.
  const placeColumns = build.columns('places');
  const placeFeatures: Json[] = [];
  const placeLayers: { id: string; reader: RowReader }[] = [];
  const placeReports: { properties: Json; text: string; reader: RowReader }[] = [];
  for (const reader of build.rows(placeColumns)) {
    const feature = readPlace(reader, points);
    if (!feature) continue;
    placeFeatures.push(feature);
    const reportedBy = reader.text('reported_by');
    if (reportedBy !== undefined)
      placeReports.push({ properties: feature.properties as Json, text: reportedBy, reader });
    const layer = (feature.properties as Json).layer;
    if (typeof layer === 'string') placeLayers.push({ id: layer, reader });
  }

  const eventColumns = build.columns('events', [...COMBINED_SOURCE_COLUMNS]);
  const combined = eventColumns !== undefined && COMBINED_SOURCE_COLUMNS.some((name) => eventColumns.has(name));
  const events = new Map<string, EventBuild>();
  for (const reader of build.rows(eventColumns)) {
    const id = reader.text('id');
    if (id === undefined) {
      reader.problem('id', 'expected the event’s id, a slug such as "harbour-fire"');
      continue;
    }
    const known = events.get(id);
    if (known && combined) {
      // A later row of an event adds a source; the event's own fields, if repeated, must agree with its first row.
      for (const spec of SHEET_COLUMNS.events) {
        const value = reader.text(spec.name);
        if (value !== undefined && value !== known.reader.text(spec.name)) {
          reader.problem(
            spec.name,
            `differs from line ${known.reader.row.line}, the first row of "${id}": leave it empty or give the same value`,
          );
        }
      }
      known.sourceRows.push({ event: id, reader });
      known.sourceIds.push(undefined);
      continue;
    }
    if (known) {
      reader.problem('id', `expected a unique id: "${id}" is also at ${known.reader.where('id')}`);
      continue;
    }
    const event = readEvent(id, reader, kinds, placeFeatures, points);
    if (combined) {
      event.sourceRows.push({ event: id, reader });
      event.sourceIds.push(undefined);
    }
    events.set(id, event);
  }

  const sourceColumns = build.columns('sources');
  for (const reader of build.rows(sourceColumns)) {
    const id = reader.text('event');
    const event = id === undefined ? undefined : events.get(id);
    if (!event) {
      reader.problem(
        'event',
        id === undefined
          ? 'expected the id of the event this source is about'
          : `expected the id of an event of the events sheet, got "${id}"`,
      );
      continue;
    }
    const sourceId = reader.text('id');
    if (sourceId !== undefined && event.sourceIds.includes(sourceId)) {
      reader.problem('id', `expected a unique id among the sources of "${event.id}": "${sourceId}" is used twice`);
    }
    event.sourceRows.push({ event: event.id, reader });
    event.sourceIds.push(sourceId);
  }
  for (const event of events.values()) {
    const key = `events:${event.id}:properties.sources`;
    const first = event.sourceRows[0]?.reader;
    build.origins.set(
      key,
      first ? { where: first.where('quote'), column: first.columns.header('quote') } : event.reader.origin('id'),
    );
    event.properties.sources = event.sourceRows.map((row, index) =>
      readSource(row, `${key}[${index}]`, build, event.questions, combined),
    );
  }

  readReports(events, placeReports);
  readFigures(build, events);
  readCorrections(build, events);
  for (const event of events.values()) {
    if (event.questions.list.length > 0) event.properties.questions = event.questions.list;
    // The model's order of an event's fields (docs/DATA.md), whatever order they were read in.
    const ordered: Json = {};
    for (const field of EVENT_FIELD_ORDER)
      if (event.properties[field] !== undefined) ordered[field] = event.properties[field];
    event.feature.properties = ordered;
  }

  const swapped = findSwappedPoints(points);
  const story = assembleStory(build, storyFromSheet, layers, kinds, placeLayers, events, points, swapped);
  const chapters = readChapters(build, events);
  if (chapters) story.chapters = chapters;
  const ordered: Json = {};
  for (const field of STORY_FIELD_ORDER) if (story[field] !== undefined) ordered[field] = story[field];
  for (const [field, value] of Object.entries(story)) if (!(field in ordered)) ordered[field] = value;

  return {
    story: ordered,
    events: { type: 'FeatureCollection', features: [...events.values()].map((event) => event.feature) },
    places: placeColumns ? { type: 'FeatureCollection', features: placeFeatures } : undefined,
    origins: build.origins,
    problems: build.problems,
    warnings: build.warnings,
  };
}

const EVENT_FIELD_ORDER = [
  'title',
  'kind',
  'start',
  'end',
  'time_precision',
  'time_uncertainty_min',
  'time_note',
  'place',
  'place_name',
  'status',
  'sources',
  'questions',
  'corrections',
  'figures',
  'hindsight',
];

const STORY_FIELD_ORDER = [
  'title',
  'subtitle',
  'credit',
  'time_zone',
  'locale',
  'area',
  'initial_bounds',
  'layers',
  'kinds',
  'modules',
  'source_article',
  'chapters',
  'publication',
];

function readEvent(
  id: string,
  reader: RowReader,
  kinds: KindsRead,
  places: readonly Json[],
  points: SheetPoint[],
): EventBuild {
  const key = (field: string) => `events:${id}:${field}`;
  reader.record(key(''), 'id');
  const properties: Json = {};
  const feature: Json = { type: 'Feature', id, geometry: null, properties };
  for (const name of EVENT_TEXT_FIELDS) {
    const text = reader.text(name);
    if (text !== undefined) properties[name] = text;
    reader.record(key(`properties.${name}`), name);
  }
  if (properties.status === undefined) properties.status = 'reported';
  const kindText = reader.text('kind');
  reader.record(key('properties.kind'), 'kind');
  if (kindText !== undefined) properties.kind = kinds.resolve(kindText, reader);
  const start = reader.moment('start');
  reader.record(key('properties.start'), 'start');
  if (start) properties.start = start.iso;
  const end = reader.moment('end');
  reader.record(key('properties.end'), 'end');
  if (end) properties.end = end.iso;
  const uncertainty = reader.number('time_uncertainty_min', 'a number of minutes');
  reader.record(key('properties.time_uncertainty_min'), 'time_uncertainty_min');
  if (uncertainty !== undefined) properties.time_uncertainty_min = uncertainty;
  // Without a precision, a start given as a date is known to the day, and one with ± minutes is approximate.
  properties.time_precision =
    reader.text('time_precision') ?? (uncertainty !== undefined ? 'approximate' : start?.dateOnly ? 'day' : 'minute');
  reader.record(
    key('properties.time_precision'),
    reader.text('time_precision') !== undefined ? 'time_precision' : 'start',
  );

  const placeId = reader.text('place.id');
  const place = placeId === undefined ? undefined : places.find((each) => each.id === placeId);
  const placeProperties = place?.properties as Json | undefined;
  const placeGeometry = place?.geometry as { type?: string; coordinates?: number[] } | null | undefined;
  const placePoint = placeGeometry?.type === 'Point' ? placeGeometry.coordinates : undefined;
  const lon = reader.number('lon', 'a longitude in degrees');
  const lat = reader.number('lat', 'a latitude in degrees');
  if ((reader.text('lon') === undefined) !== (reader.text('lat') === undefined)) {
    reader.problem(lon === undefined ? 'lon' : 'lat', 'expected both lon and lat, or neither (an event with no place)');
  }
  const coordinates = lon !== undefined && lat !== undefined ? [lon, lat] : placePoint;
  reader.record(key('geometry'), 'lon');
  reader.record(key('geometry.coordinates'), 'lon');
  reader.record(key('properties.place'), reader.columns.has('place.name') ? 'place.name' : 'lon');
  if (coordinates) {
    feature.geometry = { type: 'Point', coordinates };
    if (lon !== undefined && lat !== undefined) points.push({ lon, lat, reader });
    const uncertaintyM = reader.number('place.uncertainty_m', 'a radius in metres');
    const estimate = reader.boolean('place.estimate');
    const placeJson: Json = {
      name: reader.text('place.name') ?? placeProperties?.name,
      ...(placeId !== undefined ? { id: placeId } : {}),
      estimate:
        estimate ?? (uncertaintyM !== undefined || (placePoint !== undefined && placeProperties?.estimate === true)),
    };
    const radius = uncertaintyM ?? (lon === undefined ? placeProperties?.uncertainty_m : undefined);
    if (radius !== undefined) placeJson.uncertainty_m = radius;
    placeJson.basis = reader.text('place.basis') ?? placeProperties?.basis;
    for (const field of ['name', 'id', 'estimate', 'uncertainty_m', 'basis', 'reported_by']) {
      reader.record(key(`properties.place.${field}`), `place.${field}`);
    }
    properties.place = placeJson;
    if (reader.text('place_name') !== undefined) {
      properties.place_name = reader.text('place_name');
      reader.record(key('properties.place_name'), 'place_name');
    }
  } else {
    if (placeId !== undefined && !place) {
      reader.problem('place.id', `expected the id of a place of the places sheet, got "${placeId}"`);
    }
    if (reader.text('place.uncertainty_m') !== undefined) {
      reader.problem('place.uncertainty_m', 'an event with no lon and lat has no location to estimate');
    }
    const name = reader.text('place_name') ?? reader.text('place.name');
    if (name !== undefined) properties.place_name = name;
    reader.record(key('properties.place_name'), reader.text('place_name') !== undefined ? 'place_name' : 'place.name');
  }
  const questions = new Questions();
  const declared = reader.text('questions');
  if (declared !== undefined) questions.declare(declared);
  reader.record(key('properties.questions'), 'questions');
  return { id, reader, feature, properties, questions, sourceRows: [], sourceIds: [] };
}

function eventOf(reader: RowReader, events: ReadonlyMap<string, EventBuild>): EventBuild | undefined {
  const id = reader.text('event');
  const event = id === undefined ? undefined : events.get(id);
  if (!event) {
    reader.problem(
      'event',
      id === undefined ? 'expected the id of an event' : `expected the id of an event of the events sheet, got "${id}"`,
    );
  }
  return event;
}

/**
 * Which sources name or locate a place, once the sources are known: an event's place by its sources' ids (or
 * numbers), a place of the places sheet by `event id#source`.
 */
function readReports(
  events: ReadonlyMap<string, EventBuild>,
  places: readonly { properties: Json; text: string; reader: RowReader }[],
): void {
  for (const event of events.values()) {
    const text = event.reader.text('place.reported_by');
    if (text === undefined) continue;
    const place = event.properties.place as Json | undefined;
    if (!place) {
      event.reader.problem('place.reported_by', 'an event with no lon and lat has no place for sources to report');
      continue;
    }
    place.reported_by = listItems(text, true).map((item) => {
      const index = sourceIndex(event, item);
      if (index === undefined) event.reader.problem('place.reported_by', sourceRefProblem(event, item));
      return index;
    });
  }
  for (const { properties, text, reader } of places) {
    reader.record(`places:${reader.text('id')}:properties.reported_by`, 'reported_by');
    properties.reported_by = listItems(text, true).map((item) => {
      const [eventId, ref] = item.split('#').map((part) => part.trim());
      const event = eventId === undefined ? undefined : events.get(eventId);
      const source = ref === undefined ? undefined : sourceIndex(event, ref);
      if (!event || source === undefined) {
        reader.problem(
          'reported_by',
          `expected "event id#source" (the source's id in the sources sheet, or its number from 0), got ${JSON.stringify(item)}`,
        );
      }
      return { event: eventId, source };
    });
  }
}

const FIGURE_FIELDS = ['series', 'label', 'value', 'qualifier', 'source', 'note', 'basis', 'inference'] as const;

function readFigures(build: Builder, events: ReadonlyMap<string, EventBuild>): void {
  const labels = new Map<string, string>();
  for (const reader of build.rows(build.columns('figures'))) {
    const event = eventOf(reader, events);
    if (!event) continue;
    const list = (event.properties.figures ?? []) as Json[];
    const key = `events:${event.id}:properties.figures[${list.length}]`;
    reader.record(key, 'event');
    const figure: Json = {};
    for (const name of FIGURE_FIELDS) {
      reader.record(`${key}.${name}`, name);
      const text = reader.text(name);
      if (text === undefined) continue;
      if (name === 'value') figure.value = reader.number('value');
      else if (name === 'source') {
        const index = sourceIndex(event, text);
        if (index === undefined) reader.problem('source', sourceRefProblem(event, text));
        figure.source = index;
      } else figure[name] = text;
    }
    // A series' label, given once, serves its other figures.
    const series = typeof figure.series === 'string' ? figure.series : undefined;
    if (series !== undefined && typeof figure.label === 'string' && !labels.has(series))
      labels.set(series, figure.label);
    if (series !== undefined && figure.label === undefined && labels.has(series)) figure.label = labels.get(series);
    const ordered: Json = {};
    for (const name of FIGURE_FIELDS) if (figure[name] !== undefined) ordered[name] = figure[name];
    event.properties.figures = [...list, ordered];
  }
}

const CORRECTION_FIELDS = [
  'type',
  'at',
  'at_zone',
  'at_uncertainty_min',
  'at_basis',
  'title_after',
  'summary',
  'by_event',
  'by_source',
  'retracts_sources',
  'status_after',
] as const;

function readCorrections(build: Builder, events: ReadonlyMap<string, EventBuild>): void {
  for (const reader of build.rows(build.columns('corrections'))) {
    const event = eventOf(reader, events);
    if (!event) continue;
    const list = (event.properties.corrections ?? []) as Json[];
    const key = `events:${event.id}:properties.corrections[${list.length}]`;
    reader.record(key, 'event');
    const correction: Json = {};
    const zoneText = reader.text('at_zone');
    const zone = zoneText && isKnownTimeZone(zoneText) ? zoneText : build.zone;
    for (const name of CORRECTION_FIELDS) {
      reader.record(`${key}.${name}`, name);
      const text = reader.text(name);
      if (text === undefined) continue;
      if (name === 'at') {
        correction.at = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : reader.moment('at', zone)?.iso;
      } else if (name === 'at_uncertainty_min') {
        correction.at_uncertainty_min = reader.number(name, 'a number of minutes');
      } else if (name === 'by_source') {
        const index = sourceIndex(event, text);
        if (index === undefined) reader.problem('by_source', sourceRefProblem(event, text));
        correction.by_source = index;
      } else if (name === 'retracts_sources') {
        correction.retracts_sources = listItems(text, true).map((item) => {
          const index = sourceIndex(event, item);
          if (index === undefined) reader.problem('retracts_sources', sourceRefProblem(event, item));
          return index;
        });
      } else correction[name] = text;
    }
    event.properties.corrections = [...list, correction];
  }
}

const PLACE_TEXT_FIELDS = ['name', 'role', 'type', 'layer', 'basis', 'line_style', 'note'] as const;

/** A place's geometry: a point from lon and lat, or a line or polygon written as WKT or as GeoJSON. */
function readPlaceGeometry(reader: RowReader, points: SheetPoint[]): unknown {
  const text = reader.text('geometry');
  const lon = reader.number('lon', 'a longitude in degrees');
  const lat = reader.number('lat', 'a latitude in degrees');
  if (text === undefined) {
    if (lon === undefined || lat === undefined) {
      if (reader.text('lon') === undefined || reader.text('lat') === undefined) {
        reader.problem(
          reader.text('lon') === undefined ? 'lon' : 'lat',
          'expected lon and lat of a point, or a line or polygon in the geometry column',
        );
      }
      return undefined;
    }
    points.push({ lon, lat, reader });
    return { type: 'Point', coordinates: [lon, lat] };
  }
  if (lon !== undefined || lat !== undefined) {
    reader.problem('geometry', 'expected a geometry or lon and lat, not both');
  }
  let geometry: { type?: string; coordinates?: unknown };
  try {
    geometry = text.trimStart().startsWith('{') ? JSON.parse(text) : wktToGeoJSON(text);
  } catch {
    reader.problem(
      'geometry',
      'expected a line or polygon as WKT, e.g. "LINESTRING (-71.63 -33.04, -71.62 -33.03)", or as a GeoJSON geometry',
    );
    return undefined;
  }
  // Every vertex counts toward the story's area (none is checked for a swap: a line's order is its own).
  const collect = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
      points.push({ lon: value[0], lat: value[1] });
    } else if (Array.isArray(value)) value.forEach(collect);
  };
  collect(geometry.coordinates);
  return geometry;
}

const DEFAULT_ROLE: Record<string, string> = {
  Point: 'point',
  LineString: 'line',
  Polygon: 'area',
  MultiPolygon: 'area',
};

function readPlace(reader: RowReader, points: SheetPoint[]): Json | undefined {
  const id = reader.text('id');
  if (id === undefined) {
    reader.problem('id', 'expected the place’s id, a slug such as "harbour-office"');
    return undefined;
  }
  const key = (field: string) => `places:${id}:${field}`;
  reader.record(key(''), 'id');
  const geometry = readPlaceGeometry(reader, points) as { type?: string } | undefined;
  reader.record(key('geometry'), reader.text('geometry') !== undefined ? 'geometry' : 'lon');
  const properties: Json = {};
  for (const name of PLACE_TEXT_FIELDS) {
    reader.record(key(`properties.${name}`), name);
    const text = reader.text(name);
    if (text !== undefined) properties[name] = text;
  }
  if (properties.role === undefined && geometry?.type) properties.role = DEFAULT_ROLE[geometry.type] ?? 'point';
  const uncertainty = reader.number('uncertainty_m', 'a radius in metres');
  const estimate = reader.boolean('estimate');
  if (estimate !== undefined || uncertainty !== undefined) properties.estimate = estimate ?? true;
  if (uncertainty !== undefined) properties.uncertainty_m = uncertainty;
  for (const name of ['width_m', 'min_zoom'] as const) {
    const value = reader.number(name);
    if (value !== undefined) properties[name] = value;
    reader.record(key(`properties.${name}`), name);
  }
  const citations = reader.text('citations');
  if (citations !== undefined) {
    properties.citations = listItems(citations, false).map((item) => {
      const [outlet, url] = item.split('|').map((part) => part.trim());
      if (!url) reader.problem('citations', `expected "outlet | link" for each citation, got ${JSON.stringify(item)}`);
      return { outlet, url };
    });
  }
  for (const name of ['estimate', 'uncertainty_m', 'citations']) reader.record(key(`properties.${name}`), name);
  const ordered: Json = {};
  for (const name of PLACE_FIELD_ORDER) if (properties[name] !== undefined) ordered[name] = properties[name];
  return { type: 'Feature', id, geometry: geometry ?? null, properties: ordered };
}

const PLACE_FIELD_ORDER = [
  'name',
  'role',
  'type',
  'layer',
  'estimate',
  'uncertainty_m',
  'basis',
  'citations',
  'line_style',
  'width_m',
  'min_zoom',
  'note',
];

/** story.json from the story sheet, with what the other sheets give and the defaults a new story needs. */
function assembleStory(
  build: Builder,
  story: Json,
  layers: Json[] | undefined,
  kinds: KindsRead,
  placeLayers: readonly { id: string; reader: RowReader }[],
  events: ReadonlyMap<string, EventBuild>,
  points: readonly SheetPoint[],
  swapped: ReadonlySet<SheetPoint>,
): Json {
  const storySheet = build.sheets.get('story');
  if (story.subtitle === undefined) story.subtitle = `${events.size} events, each with its sources.`;
  if (story.credit === undefined) {
    const outlets = [
      ...new Set(
        [...events.values()].flatMap((event) =>
          ((event.properties.sources ?? []) as Json[]).flatMap((source) =>
            typeof source.outlet === 'string' ? [source.outlet] : [],
          ),
        ),
      ),
    ];
    story.credit = `Sources: ${outlets.slice(0, 12).join(', ')}${outlets.length > 12 ? ' and others' : ''} (links in each popup).`;
  }
  const kept = points.filter((point) => !swapped.has(point));
  if (story.area === undefined) {
    if (kept.length > 0) story.area = paddedBounds(kept, 0.5, 0.2);
    else {
      build.problems.push({
        where: storySheet?.headerWhere() ?? 'the story sheet',
        column: 'area',
        message:
          'expected the story\'s area (the key "area": west, south, east, north): no event or place has coordinates to derive it from',
      });
    }
  }
  if (story.initial_bounds === undefined) {
    const eventPoints = kept.filter((point) => point.reader?.columns.sheet.name === 'events');
    const basis = eventPoints.length > 0 ? eventPoints : kept;
    if (basis.length > 0) story.initial_bounds = paddedBounds(basis, 0.1, 0.01);
    else if (Array.isArray(story.area)) story.initial_bounds = story.area;
  }
  // Layers: the sheet's, or else those the kinds and places name.
  if (layers) story.layers = layers;
  else {
    const named = [
      ...kinds.kinds.flatMap((kind) => (typeof kind.layer === 'string' ? [kind.layer] : [])),
      ...placeLayers.map((layer) => layer.id),
    ];
    const ids = [...new Set(named)];
    if (ids.length > 0) story.layers = ids.map((id) => ({ id, label: labelOf(id) }));
  }
  if (kinds.kinds.length > 0) story.kinds = kinds.kinds;
  return story;
}

const CHAPTER_TEXT_FIELDS = ['id', 'title', 'caption', 'open', 'knowledge'] as const;

function readChapters(build: Builder, events: ReadonlyMap<string, EventBuild>): Json[] | undefined {
  const columns = build.columns('chapters');
  if (!columns) return undefined;
  const chapters: Json[] = [];
  for (const reader of build.rows(columns)) {
    const index = chapters.length;
    const key = (field: string) => `story:chapters[${index}]${field ? `.${field}` : ''}`;
    reader.record(key(''), 'id');
    const chapter: Json = {};
    for (const name of CHAPTER_TEXT_FIELDS) {
      reader.record(key(name), name);
      const text = reader.text(name);
      if (text !== undefined) chapter[name] = text;
    }
    for (const name of ['at', 'until'] as const) {
      reader.record(key(name), name);
      const moment = reader.moment(name);
      if (moment) chapter[name] = moment.iso;
    }
    const bounds = reader.text('view.bounds');
    const center = reader.text('view.center');
    reader.record(key('view'), bounds !== undefined ? 'view.bounds' : 'view.center');
    if (bounds !== undefined) {
      const value = box(bounds, reader.columns.sheet.separator);
      if (!value)
        reader.problem(
          'view.bounds',
          `expected four numbers "west, south, east, north", got ${JSON.stringify(bounds)}`,
        );
      chapter.view = { bounds: value };
      reader.record(key('view.bounds'), 'view.bounds');
    } else if (center !== undefined) {
      const parts = (center.includes(';') ? center.split(';') : center.split(',')).map((part) =>
        parseSheetNumber(part, center.includes(';') ? ';' : undefined),
      );
      if (parts.length !== 2 || parts.some((part) => part === undefined)) {
        reader.problem('view.center', `expected "longitude, latitude", got ${JSON.stringify(center)}`);
      }
      chapter.view = { center: parts, zoom: reader.number('view.zoom', 'a zoom level from 3 to 18') };
      reader.record(key('view.center'), 'view.center');
      reader.record(key('view.zoom'), 'view.zoom');
    } else {
      reader.problem('view.center', 'expected the chapter’s view: view.center and view.zoom, or view.bounds');
    }
    for (const name of ['highlight', 'layers'] as const) {
      reader.record(key(name), name);
      const text = reader.text(name);
      if (text !== undefined) chapter[name] = listItems(text, true);
    }
    const cites = reader.text('cites');
    reader.record(key('cites'), 'cites');
    if (cites !== undefined) {
      chapter.cites = listItems(cites, true).map((item, i) => {
        reader.record(key(`cites[${i}]`), 'cites');
        const [eventId, ref] = item.split('#').map((part) => part.trim());
        const event = eventId === undefined ? undefined : events.get(eventId);
        const source = ref === undefined ? undefined : sourceIndex(event, ref);
        if (!event || source === undefined) {
          reader.problem(
            'cites',
            `expected "event id#source" (the source's id in the sources sheet, or its number from 0), got ${JSON.stringify(item)}`,
          );
        }
        return { event: eventId, source };
      });
    }
    const ordered: Json = {};
    for (const name of CHAPTER_FIELD_ORDER) if (chapter[name] !== undefined) ordered[name] = chapter[name];
    chapters.push(ordered);
  }
  return chapters;
}

const CHAPTER_FIELD_ORDER = [
  'id',
  'title',
  'caption',
  'at',
  'until',
  'view',
  'highlight',
  'open',
  'layers',
  'cites',
  'knowledge',
];

/** Splits a validation field ("properties.sources[0].url") into its prefixes, the longest first. */
function prefixes(field: string): string[] {
  const list = [field];
  let rest = field;
  while (rest !== '') {
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
    rest = cut <= 0 ? '' : rest.slice(0, cut);
    list.push(rest);
  }
  return list;
}

/**
 * The cell a problem of the story's validator is about, when the value came from a sheet: the longest of its
 * field's prefixes the conversion recorded. `files` names the files as the validator was given them.
 */
export function originOf(
  problem: DataProblem,
  origins: ReadonlyMap<string, Origin>,
  files: { story: string; events: string; places: string },
): Origin | undefined {
  const part =
    problem.file === files.story
      ? 'story'
      : problem.file === files.events
        ? 'events'
        : problem.file === files.places
          ? 'places'
          : undefined;
  if (!part) return undefined;
  const field = problem.field ?? '';
  if (part === 'story') {
    for (const prefix of prefixes(field)) {
      if (prefix === '') break;
      const origin = origins.get(`story:${prefix}`);
      if (origin) return origin;
    }
    return undefined;
  }
  if (problem.featureId === undefined) return undefined;
  for (const prefix of prefixes(field)) {
    const origin = origins.get(`${part}:${problem.featureId}:${prefix}`);
    if (origin) return origin;
  }
  return undefined;
}

export { SLUG };
