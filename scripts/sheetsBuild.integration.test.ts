/**
 * Builds of a story written only as sheets (slow: each spawns a build; the integration stage's). The build reads
 * the sheets, says what it built and where, and prints no warning an editor should ignore; a mistake in a sheet
 * stops it with the sheet, line and column, and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'sheets-build-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A folder holding only the sheets fixture's sheets, built with the project's config into the scratch space. */
function build(name: string, prepare: (story: string) => void = () => {}) {
  const story = join(scratch, name);
  cpSync('e2e/fixtures/sheets-story/sheets', join(story, 'sheets'), { recursive: true });
  prepare(story);
  const outDir = join(scratch, `${name}-dist`);
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir'],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', STORY: story } },
  );
  return { ...result, story, outDir };
}

describe('building a story written only as sheets', { timeout: 180_000 }, () => {
  it('reads the sheets, says what it built and where, and warns of nothing', () => {
    const { status, stdout, stderr, outDir } = build('quiet');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/\(!\)|warning|PLUGIN_TIMINGS|without a file extension/i);
    expect(stdout).toMatch(/events\.geojson: added test-surge, test-outage, test-rescue, test-statement/);
    expect(stdout).toMatch(
      /Built the story of .*quiet\/ \(4 events, 3 places, 1 chapter\) into .*quiet-dist\/: embed\.html, index\.html and 1 chapter embed, the data in .*quiet-dist\/geodata\/\./,
    );
    const story = JSON.parse(readFileSync(join(outDir, 'geodata', 'story.json'), 'utf8'));
    expect(story.title).toBe('Test data: a storm over the harbor (written as sheets)');
  });

  it('stops on a mistake in a sheet, naming the sheet, line and column, without a stack trace', () => {
    const { status, stdout, stderr } = build('broken', (story) => {
      const events = join(story, 'sheets', 'events.csv');
      writeFileSync(events, readFileSync(events, 'utf8').replace('2024-10-05 14:20', '10/5/2024 2:20 PM'));
    });
    expect(status).not.toBe(0);
    const output = `${stdout}${stderr}`;
    expect(output).toMatch(/broken\/sheets\/events\.csv:2: start: expected a date "YYYY-MM-DD"/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
