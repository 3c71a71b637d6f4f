import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORTED_BASEMAP } from './importSheets';

let scratch: string;
const SECRET = 'root:$y$j9T$SECRET-HASH:19000:0:99999:7:::';
const EVENTS = [
  'id,title,kind,start,lon,lat,place,basis,party,quote,outlet,published,url',
  'blast,Test data: a blast,Explosion,2020-08-04 18:08,35.5186,33.9016,Test port,Test coordinate,Test party,A test quote,Test Outlet,2020-08-04,https://example.org/a',
].join('\n');

/** Runs `npm run import` with these files; a run that hangs is stopped after 20 s (status null). */
function runImport(events: string, out: string, extra: string[] = []) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/import.ts',
      '--events',
      events,
      '--title',
      'Test data',
      '--time-zone',
      'Asia/Beirut',
      '--out',
      out,
      ...extra,
    ],
    { encoding: 'utf8', timeout: 20_000 },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'import-'));
  writeFileSync(join(scratch, 'events.csv'), EVENTS);
  writeFileSync(join(scratch, 'shadow'), `${SECRET}\ndaemon:*:19000:0:99999:7:::\n`);
  writeFileSync(join(scratch, 'target.txt'), 'not to be overwritten');
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run import with hostile files', { timeout: 60_000 }, () => {
  it('refuses a FIFO as --events at once, instead of waiting for ever', () => {
    const fifo = join(scratch, 'fifo.csv');
    execFileSync('mkfifo', [fifo]);
    const { status, output } = runImport(fifo, join(scratch, 'fifo-out'));
    expect(status).toBe(1);
    expect(output.trim().split('\n')[0]).toBe(`${fifo}: is a FIFO (named pipe); expected a regular file`);
  });

  it('refuses a device, which never ends', () => {
    const { status, output } = runImport('/dev/zero', join(scratch, 'zero-out'));
    expect(status).toBe(1);
    expect(output.trim().split('\n')[0]).toBe('/dev/zero: is a character device; expected a regular file');
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const big = join(scratch, 'big.csv');
    writeFileSync(big, '');
    // Sparse: 300 MB long, nothing on disk.
    truncateSync(big, 300 * 1024 * 1024);
    const { status, output } = runImport(big, join(scratch, 'big-out'));
    expect(status).toBe(1);
    // Sheets have a limit of their own, far below the 256 MB of the data files.
    expect(output.trim().split('\n')[0]).toBe(
      `${big}: is 300 MB; expected at most 20 MB, the limit for a file the tools read`,
    );
  });

  it('refuses a hard link as --events', () => {
    const linked = join(scratch, 'linked.csv');
    linkSync(join(scratch, 'events.csv'), linked);
    const { status, output } = runImport(linked, join(scratch, 'linked-out'));
    expect(status).toBe(1);
    expect(output).toContain(`${linked}: is a hard link (one of 2 names of a file)`);
    rmSync(linked);
  });

  it('prints nothing of a file that is not a sheet (/etc/shadow, say)', () => {
    const { status, output } = runImport(join(scratch, 'shadow'), join(scratch, 'shadow-out'));
    expect(status).toBe(1);
    expect(output).toMatch(
      /shadow:1: expected a header row naming columns from: id, title, .*; found none of them \(this file is not shown\)/,
    );
    expect(output).not.toContain('SECRET');
    expect(output).not.toContain('root');
    expect(output).not.toContain('daemon');
  });

  it('prints nothing of a places file that is not JSON', () => {
    const { status, output } = runImport(join(scratch, 'events.csv'), join(scratch, 'places-out'), [
      '--places',
      join(scratch, 'shadow'),
    ]);
    expect(status).toBe(1);
    expect(output).toMatch(
      /shadow:1: expected a header row naming columns from: id, name, role, .*\(this file is not shown\)/,
    );
    expect(output).not.toContain('SECRET');
    expect(output).not.toContain('root');
  });

  it('never writes through a symbolic link planted in --out, and writes nothing', () => {
    const out = join(scratch, 'planted');
    mkdirSync(out);
    symlinkSync(join(scratch, 'target.txt'), join(out, 'events.geojson'));
    const { status, output } = runImport(join(scratch, 'events.csv'), out);
    expect(status).toBe(1);
    expect(output).toContain(
      `${out}/events.geojson: is a symbolic link; the tools write through no link (remove it, or choose another folder)`,
    );
    expect(readFileSync(join(scratch, 'target.txt'), 'utf8')).toBe('not to be overwritten');
    expect(existsSync(join(out, 'story.json'))).toBe(false);
  });

  it('writes a new folder from a good sheet', () => {
    const out = join(scratch, 'good');
    const { status, output } = runImport(join(scratch, 'events.csv'), out);
    expect(output).toContain(
      'wrote story.json, events.geojson, places.geojson, basemap/manifest.json (1 event with 1 source',
    );
    expect(status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'basemap', 'manifest.json'), 'utf8')).layers).toEqual(
      IMPORTED_BASEMAP.layers,
    );
  });
});
