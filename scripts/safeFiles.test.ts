import { execFileSync } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile, readRegularText, writeFolderFiles } from './safeFiles';

let scratch: string;
const SECRET = 'root:x:0:0:SECRET';

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'safe-files-'));
  writeFileSync(join(scratch, 'secret.txt'), SECRET);
  writeFileSync(join(scratch, 'data.csv'), '\uFEFFid,title\n');
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('readRegularFile', () => {
  it('reads a regular file of its own, as text without a byte order mark', () => {
    expect(readRegularText(join(scratch, 'data.csv'))).toEqual({ ok: true, text: 'id,title\n' });
  });

  it('refuses a hard link, saying what it is and printing nothing of it', () => {
    linkSync(join(scratch, 'secret.txt'), join(scratch, 'leak.txt'));
    const read = readRegularFile(join(scratch, 'leak.txt'));
    expect(read).toEqual({
      ok: false,
      message:
        'is a hard link (one of 2 names of a file); expected a file of its own (copy the file in: the tools follow no link)',
    });
  });

  it('refuses a symbolic link', () => {
    symlinkSync(join(scratch, 'secret.txt'), join(scratch, 'link.txt'));
    expect(readRegularFile(join(scratch, 'link.txt'))).toEqual({
      ok: false,
      message: 'is a symbolic link; expected a regular file (copy the file in: the tools follow no link)',
    });
  });

  it('refuses a FIFO at once rather than waiting for a writer for ever', () => {
    const fifo = join(scratch, 'events.csv');
    execFileSync('mkfifo', [fifo]);
    expect(readRegularFile(fifo)).toEqual({ ok: false, message: 'is a FIFO (named pipe); expected a regular file' });
  });

  it('refuses a device that never ends, and a folder', () => {
    expect(readRegularFile('/dev/zero')).toEqual({
      ok: false,
      message: 'is a character device; expected a regular file',
    });
    expect(readRegularFile(scratch)).toEqual({ ok: false, message: 'is a folder; expected a regular file' });
  });

  it('refuses a file over the limit, naming the limit', () => {
    writeFileSync(join(scratch, 'big.csv'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    expect(readRegularFile(join(scratch, 'big.csv'), 2 * 1024 * 1024)).toEqual({
      ok: false,
      message: 'is 3.0 MB; expected at most 2.0 MB, the limit for a file the tools read',
    });
  });

  it('says a file is missing', () => {
    expect(readRegularFile(join(scratch, 'none.csv'))).toEqual({ ok: false, message: 'not found' });
  });
});

describe('writeFolderFiles', () => {
  const files = [
    { name: 'story.json', content: '{}\n' },
    { name: 'basemap/manifest.json', content: '{"layers":[]}\n' },
  ];

  it('writes new files and replaces its own, leaving no temporary file behind', () => {
    const out = join(scratch, 'out');
    expect(writeFolderFiles(out, 'out', files)).toEqual([]);
    expect(writeFolderFiles(out, 'out', [{ name: 'story.json', content: '{"title":"again"}\n' }])).toEqual([]);
    expect(readFileSync(join(out, 'story.json'), 'utf8')).toBe('{"title":"again"}\n');
    expect(readFileSync(join(out, 'basemap', 'manifest.json'), 'utf8')).toBe('{"layers":[]}\n');
    expect(readdirSync(out).sort()).toEqual(['basemap', 'story.json']);
  });

  it('never writes through a symbolic link planted in the folder, and writes nothing then', () => {
    const out = join(scratch, 'out');
    mkdirSync(out);
    symlinkSync(join(scratch, 'secret.txt'), join(out, 'story.json'));
    expect(writeFolderFiles(out, 'out', files)).toEqual([
      'out/story.json: is a symbolic link; the tools write through no link (remove it, or choose another folder)',
    ]);
    expect(readFileSync(join(scratch, 'secret.txt'), 'utf8')).toBe(SECRET);
    expect(readdirSync(out)).toEqual(['story.json']);
  });

  it('never writes through a hard link, or into a linked folder', () => {
    const out = join(scratch, 'out');
    mkdirSync(out);
    linkSync(join(scratch, 'secret.txt'), join(out, 'story.json'));
    symlinkSync(scratch, join(out, 'basemap'));
    expect(writeFolderFiles(out, 'out', files)).toEqual([
      'out/basemap: is a symbolic link; the tools write through no link (remove it, or choose another folder)',
      'out/story.json: is a hard link (one of 2 names of a file); the tools write through no link (remove it, or choose another folder)',
    ]);
    expect(readFileSync(join(scratch, 'secret.txt'), 'utf8')).toBe(SECRET);
    expect(lstatSync(join(scratch, 'secret.txt')).nlink).toBe(2);
  });

  it('refuses an output folder that is itself a symbolic link', () => {
    symlinkSync(scratch, join(scratch, 'out'));
    expect(writeFolderFiles(join(scratch, 'out'), 'out', files)).toEqual([
      'out: is a symbolic link; the tools write through no link (remove it, or choose another folder)',
    ]);
  });
});
