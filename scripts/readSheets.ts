/**
 * A story's sheets as rows of text, wherever they were written: CSV files (one per sheet, in any encoding Excel
 * offers that says what it is, with `,`, `;` or tab between cells) or one .xlsx workbook. Every cell remembers
 * where it is, so that a problem can be reported as the editor sees it: `events.csv:12` or `story.xlsx:events!C12`.
 */
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

/** Where a cell (or a row, without a column) is, as the editor's program shows it. */
export type CellWhere = (column?: string) => string;

/** One row of a sheet: its cells by column (trimmed text; a missing cell is absent), and where it is. */
export interface SheetRow {
  readonly cells: ReadonlyMap<string, string>;
  readonly where: CellWhere;
  /** The line (CSV) or row (workbook) number. */
  readonly line: number;
}

/** One sheet: its header (the columns as written) and its rows, in order, without empty rows. */
export interface Sheet {
  /** The sheet's name, lower case: "events". */
  readonly name: string;
  /** The file as the editor knows it: "events.csv", "story.xlsx". */
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly SheetRow[];
  /** Where the header's cell of a column is (or the header row). */
  readonly headerWhere: CellWhere;
  /** The separator of a CSV file (numbers may then use a decimal comma when it is not ","). */
  readonly separator?: string;
}

/** A sheet that could not be read: where, and why. */
export interface SheetReadProblem {
  readonly where: string;
  readonly message: string;
}

export type SheetRead = { ok: true; sheet: Sheet } | { ok: false; problem: SheetReadProblem };

/** The message for a file that is neither UTF-8 nor marked as UTF-16. */
export const NOT_UTF8 = 'this file is not UTF-8: in Excel use CSV UTF-8';

/** Text of a CSV file's bytes: UTF-8 (with or without its mark) or UTF-16 with its mark (Excel's "Unicode text"). */
export function decodeSheetBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes) };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // The first line that does not decode: what the editor looks for.
    const strict = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          strict.decode(bytes.subarray(start, index));
        } catch {
          return { ok: false, line };
        }
        start = index + 1;
        line++;
      }
    }
    return { ok: false, line: 1 };
  }
}

/** The separator of a CSV text: the one of `,`, `;` and tab found most often outside quotes in its first line. */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted && counts.has(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  let best = ',';
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}

const normaliseColumn = (column: string) => column.trim();

/** A CSV sheet from a file's bytes (`file` names it in messages, `name` is the sheet it holds). */
export function readCsvSheet(name: string, file: string, bytes: Uint8Array): SheetRead {
  const decoded = decodeSheetBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: { where: `${file}:${decoded.line}`, message: NOT_UTF8 } };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return {
      ok: false,
      problem: { where: lines === undefined ? file : `${file}:${lines}`, message: `not a valid CSV file (${message})` },
    };
  }
  // A record ends on info.lines; it starts as many lines earlier as it holds line breaks (empty lines before it
  // are part of its raw text, and not of the record).
  const startLine = (record: (typeof records)[number]) =>
    record.info.lines -
    (record.raw
      .replace(/^[\r\n]+/, '')
      .replace(/\r?\n$/, '')
      .match(/\n/g)?.length ?? 0);
  const [head, ...body] = records;
  const columns = (head?.record ?? []).map(normaliseColumn);
  const headLine = head ? startLine(head) : 1;
  const rows: SheetRow[] = [];
  for (const record of body) {
    if (record.record.every((cell) => cell === '')) continue;
    const line = startLine(record);
    const cells = new Map<string, string>();
    columns.forEach((column, index) => {
      const value = record.record[index];
      if (column !== '' && value !== undefined && value !== '') cells.set(column, value);
    });
    rows.push({ cells, line, where: () => `${file}:${line}` });
  }
  return {
    ok: true,
    sheet: { name, file, columns, rows, headerWhere: () => `${file}:${headLine}`, separator },
  };
}

/** "A", "B", … "Z", "AA": a workbook's name of the column at `index` (from 0). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * A workbook's date cell as the editor typed it: a local date, or a date and time ("2024-02-03 14:20"). The
 * workbook stores the wall clock with no zone; read-excel-file gives it as that wall clock in UTC. Excel's
 * floating point is rounded to the second.
 */
export function formatWorkbookDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const day = `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const [hours, minutes, seconds] = [rounded.getUTCHours(), rounded.getUTCMinutes(), rounded.getUTCSeconds()];
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  return `${day} ${pad(hours)}:${pad(minutes)}${seconds === 0 ? '' : `:${pad(seconds)}`}`;
}

/** A workbook cell as text: numbers as written in the file, booleans as true/false, dates as local times. */
function workbookCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatWorkbookDate(value);
  return String(value).trim();
}

/**
 * Every sheet of an .xlsx workbook (`file` names it in messages). Sheet names are matched without regard to case
 * by the caller. Cells are text: numbers as the file stores them, so that no digit of a coordinate is lost.
 */
export async function readWorkbook(
  file: string,
  bytes: Buffer,
): Promise<{ ok: true; sheets: Sheet[] } | { ok: false; problem: SheetReadProblem }> {
  let workbook: { sheet: string; data: unknown[][] }[];
  try {
    workbook = (await readXlsxFile(bytes, { parseNumber: (text: string) => text })) as unknown as typeof workbook;
  } catch (error) {
    return {
      ok: false,
      problem: { where: file, message: `not a readable .xlsx workbook (${(error as Error).message})` },
    };
  }
  const sheets = workbook.map(({ sheet: sheetName, data }) => {
    const where = (row: number, column?: number) =>
      `${file}:${sheetName}!${column === undefined ? '' : columnLetter(column)}${row}`;
    const columns = (data[0] ?? []).map((cell) => normaliseColumn(workbookCellText(cell)));
    const at = (column: string | undefined) => (column === undefined ? -1 : columns.indexOf(column));
    const rows: SheetRow[] = [];
    data.slice(1).forEach((cellsOfRow, index) => {
      const line = index + 2;
      const cells = new Map<string, string>();
      columns.forEach((column, columnIndex) => {
        const text = workbookCellText(cellsOfRow[columnIndex]);
        if (column !== '' && text !== '') cells.set(column, text);
      });
      if (cells.size === 0) return;
      rows.push({
        cells,
        line,
        where: (column) => {
          const columnIndex = at(column);
          return where(line, columnIndex < 0 ? 0 : columnIndex);
        },
      });
    });
    return {
      name: sheetName.trim().toLowerCase(),
      file,
      columns,
      rows,
      headerWhere: (column?: string) => where(1, Math.max(0, at(column))),
    } satisfies Sheet;
  });
  return { ok: true, sheets };
}
