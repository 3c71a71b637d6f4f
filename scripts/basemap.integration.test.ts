/**
 * `npm run basemap` end to end: each test runs the command (it spawns it), so this file belongs with the slow
 * tests that build. The Monaco fixture story's basemap is committed; the first test checks that the command
 * reproduces it byte for byte from the committed extract.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolderFiles } from './storyFiles';

const STORY = 'e2e/fixtures/monaco-story';
const EXTRACT = 'e2e/fixtures/osm/monaco.osm.pbf';
/** A run reads the extract (about 2 s on an idle machine): room for a machine that is busy. */
const TIMEOUT = 120_000;

function basemap(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/basemap.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** A copy of the Monaco fixture story to run the command on. */
function copyOfStory(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'basemap-')), 'monaco-story');
  cpSync(STORY, folder, { recursive: true });
  return folder;
}

describe('npm run basemap', { timeout: TIMEOUT }, () => {
  it('reproduces the Monaco fixture story’s committed street basemap from the committed extract', () => {
    const folder = copyOfStory();
    const run = basemap('--osm', EXTRACT, '--story', folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Built the street basemap of .* in \d+\.\d s:\n {2}32 tiles at data zooms 11–15/);
    const committed = listFolderFiles(join(STORY, 'basemap'), 'basemap').files.map((file) => file.name);
    const written = listFolderFiles(join(folder, 'basemap'), 'basemap').files.map((file) => file.name);
    expect(written).toEqual(committed);
    expect(committed.filter((name) => name.endsWith('.mvt'))).toHaveLength(32);
    for (const name of committed) {
      expect(readFileSync(join(folder, 'basemap', name)).equals(readFileSync(join(STORY, 'basemap', name))), name).toBe(
        true,
      );
    }
  });

  it('says in one line that a file is not an extract, and writes nothing', () => {
    const folder = copyOfStory();
    const notPbf = join(folder, 'events.geojson');
    const run = basemap('--osm', notPbf, '--story', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${notPbf}: is not an OpenStreetMap PBF extract (expected a .osm.pbf file, e.g. from Geofabrik)`,
    );
    expect(readFileSync(join(folder, 'basemap/manifest.json'), 'utf8')).toBe(
      readFileSync(join(STORY, 'basemap/manifest.json'), 'utf8'),
    );
  });

  it('says in one line that the extract does not cover the story’s area', () => {
    const folder = copyOfStory();
    const story = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
    writeFileSync(join(folder, 'story.json'), JSON.stringify({ ...story, area: [69.0, 34.4, 69.4, 34.7] }));
    const run = basemap('--osm', EXTRACT, '--story', folder);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${EXTRACT}: the extract covers [7.349, 43.71, 7.491, 43.77], not the story's area [69, 34.4, 69.4, 34.7] (${relative(process.cwd(), folder)}/story.json): use an extract of the region around it`,
    );
  });

  it('asks for the extract, and answers --help', () => {
    const missing = basemap('--story', STORY);
    expect(missing.status).toBe(1);
    expect(missing.stderr.split('\n')[0]).toBe('missing --osm <extract.osm.pbf>');
    const help = basemap('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('usage: npm run basemap -- --osm <extract.osm.pbf> [--story <folder>]');
    expect(existsSync(join(STORY, 'basemap/streets/SOURCES.md'))).toBe(true);
  });
});
