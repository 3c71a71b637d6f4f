import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SHEET_NAMES, STORY_KEYS, templateRows } from './sheetColumns';

const authoring = readFileSync('docs/AUTHORING.md', 'utf8');

/** The rows of the table under a "## <sheet>" heading of docs/AUTHORING.md: the first cell of each. */
function documented(sheet: string): string[] {
  const section = authoring.split(/^## /m).find((part) => part.startsWith(`${sheet}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string);
}

describe('the sheets’ columns', () => {
  it('docs/AUTHORING.md lists every column of every sheet, with its format and an example, in order', () => {
    expect(documented('story')).toEqual(STORY_KEYS.map((spec) => spec.name));
    for (const sheet of SHEET_NAMES.filter((name) => name !== 'story')) {
      expect(documented(sheet), sheet).toEqual(
        SHEET_COLUMNS[sheet as Exclude<typeof sheet, 'story'>].map((spec) => spec.name),
      );
    }
  });

  it('the template writes every sheet with its header and one example row (the story sheet a row per key)', () => {
    for (const sheet of SHEET_NAMES) {
      const rows = templateRows(sheet);
      expect(rows.length, sheet).toBe(sheet === 'story' ? STORY_KEYS.length + 1 : 2);
      expect(
        rows[1]?.some((value) => value !== ''),
        sheet,
      ).toBe(true);
    }
  });
});
