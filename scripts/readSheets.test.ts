import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { columnLetter, detectSeparator, formatWorkbookDate, NOT_UTF8, readCsvSheet, readWorkbook } from './readSheets';

const encoder = new TextEncoder();

function rows(bytes: Uint8Array) {
  const read = readCsvSheet('events', 'events.csv', bytes);
  if (!read.ok) throw new Error(read.problem.message);
  return read.sheet;
}

describe('readCsvSheet', () => {
  it('reads each row’s cells by column, with the line it starts on, skipping empty rows', () => {
    const sheet = rows(encoder.encode('id,title\n\na,"Test, with a ""quote""\nand a line break"\nb,Test\n'));
    expect(sheet.columns).toEqual(['id', 'title']);
    expect(sheet.rows.map((row) => [row.line, row.where('title'), Object.fromEntries(row.cells)])).toEqual([
      [3, 'events.csv:3', { id: 'a', title: 'Test, with a "quote"\nand a line break' }],
      [5, 'events.csv:5', { id: 'b', title: 'Test' }],
    ]);
  });

  it('detects ";" and tab separators from the header', () => {
    expect(detectSeparator('id;title;start\na;"b,c";d')).toBe(';');
    expect(detectSeparator('id\ttitle\tstart')).toBe('\t');
    expect(detectSeparator('"a;b",c')).toBe(',');
    expect(Object.fromEntries(rows(encoder.encode('id;title\na;Test, with a comma\n')).rows[0]?.cells ?? [])).toEqual({
      id: 'a',
      title: 'Test, with a comma',
    });
    expect(
      Object.fromEntries(rows(encoder.encode('id\ttitle\na\tTest; with a semicolon\n')).rows[0]?.cells ?? []),
    ).toEqual({
      id: 'a',
      title: 'Test; with a semicolon',
    });
  });

  it('reads UTF-8 with or without its mark, and UTF-16 with its mark (Excel’s "Unicode text")', () => {
    const text = 'id\ttitle\na\tMarathon’s finish line\n';
    expect(rows(encoder.encode(`\uFEFF${text}`)).rows[0]?.cells.get('title')).toBe('Marathon’s finish line');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer),
    ]);
    expect(rows(utf16).rows[0]?.cells.get('title')).toBe('Marathon’s finish line');
  });

  it('refuses a file that is not UTF-8, naming the first line that is not, and says how to save it', () => {
    // Windows-1252: ’ is 0x92.
    const bytes = new Uint8Array([
      ...encoder.encode('id,title\na,Test\nb,Marathon'),
      0x92,
      ...encoder.encode('s line\n'),
    ]);
    expect(readCsvSheet('events', 'events.csv', bytes)).toEqual({
      ok: false,
      problem: { where: 'events.csv:3', message: NOT_UTF8 },
    });
    expect(NOT_UTF8).toBe('this file is not UTF-8: in Excel use CSV UTF-8');
  });

  it('reports a quoting error with its line', () => {
    const read = readCsvSheet('events', 'events.csv', encoder.encode('id,title\na,"unclosed\n'));
    expect(!read.ok && read.problem.where).toBe('events.csv:2');
    expect(!read.ok && read.problem.message).toMatch(/^not a valid CSV file/);
  });
});

describe('readWorkbook', () => {
  it('reads every sheet, each cell named as the workbook names it (sheet!C12), numbers as written, dates as local times', async () => {
    const bytes = await writeXlsxFile([
      { sheet: 'Story', data: [['key', 'value'], ['title', 'Test data'], [], ['time_zone', 'America/Santiago']] },
      {
        sheet: 'events',
        data: [
          ['id', 'lon', 'start', 'flag'],
          [
            'a',
            { value: -71.6262, type: Number },
            { value: new Date(Date.UTC(2024, 1, 3, 14, 20)), type: Date, format: 'yyyy-mm-dd hh:mm' },
            true,
          ],
          ['b', null, { value: new Date(Date.UTC(2024, 1, 4)), type: Date, format: 'yyyy-mm-dd' }, null],
        ],
      },
    ]).toBuffer();
    const read = await readWorkbook('story.xlsx', bytes);
    if (!read.ok) throw new Error(read.problem.message);
    const [story, events] = read.sheets;
    expect(story?.name).toBe('story');
    expect(story?.rows.map((row) => [row.where('value'), Object.fromEntries(row.cells)])).toEqual([
      ['story.xlsx:Story!B2', { key: 'title', value: 'Test data' }],
      ['story.xlsx:Story!B4', { key: 'time_zone', value: 'America/Santiago' }],
    ]);
    expect(events?.rows.map((row) => [row.where('start'), Object.fromEntries(row.cells)])).toEqual([
      ['story.xlsx:events!C2', { id: 'a', lon: '-71.6262', start: '2024-02-03 14:20', flag: 'true' }],
      ['story.xlsx:events!C3', { id: 'b', start: '2024-02-04' }],
    ]);
    expect(events?.headerWhere('flag')).toBe('story.xlsx:events!D1');
  });

  it('refuses a file that is not a workbook, saying so', async () => {
    const read = await readWorkbook('story.xlsx', Buffer.from('id,title\n'));
    expect(!read.ok && read.problem.message).toMatch(/^not a readable \.xlsx workbook/);
  });

  it('names columns as workbooks do, and rounds Excel’s floating-point times to the second', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(formatWorkbookDate(new Date(Date.UTC(2024, 1, 3, 14, 19, 59, 999)))).toBe('2024-02-03 14:20');
  });
});
