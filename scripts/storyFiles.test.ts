import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDataProblem } from '../src/domain/dataProblem';
import { listFolderFiles, readStoryFile } from './storyFiles';

let scratch: string;
let story: string;
const SECRET = 'root:x:0:0:SECRET';

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'story-files-'));
  story = join(scratch, 'story');
  mkdirSync(join(story, 'sources'), { recursive: true });
  writeFileSync(join(story, 'story.json'), '{}');
  writeFileSync(join(story, 'sources', 'article.txt'), '\uFEFFThe article.');
  writeFileSync(join(scratch, 'secret.txt'), SECRET);
});

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('readStoryFile', () => {
  it('reads a file inside the story folder, without its byte order mark', () => {
    expect(readStoryFile(story, 'sources/article.txt')).toEqual({ ok: true, text: 'The article.' });
  });

  it.each([['../secret.txt'], ['sources/../../secret.txt'], ['<scratch>/secret.txt']])(
    'refuses %s, which leaves the folder, without opening it',
    (path) => {
      const read = readStoryFile(story, path.replace('<scratch>', scratch));
      expect(read.ok).toBe(false);
      expect(JSON.stringify(read)).not.toContain('SECRET');
    },
  );

  it('refuses a symbolic link, even to a file inside the folder', () => {
    symlinkSync(join(scratch, 'secret.txt'), join(story, 'sources', 'out.txt'));
    symlinkSync(join(story, 'sources', 'article.txt'), join(story, 'sources', 'in.txt'));
    for (const path of ['sources/out.txt', 'sources/in.txt']) {
      const read = readStoryFile(story, path);
      expect(read).toEqual({
        ok: false,
        message: `expected a regular file inside the story folder, but "${path}" is a symbolic link`,
      });
    }
  });

  it('refuses a path through a linked folder', () => {
    symlinkSync(scratch, join(story, 'outside'));
    const read = readStoryFile(story, 'outside/secret.txt');
    expect(read).toEqual({
      ok: false,
      message: 'expected a regular file inside the story folder, but "outside" is a symbolic link',
    });
  });

  it('says when the file is missing or is a folder', () => {
    expect(readStoryFile(story, 'sources/none.txt')).toEqual({
      ok: false,
      message: 'expected a file at "sources/none.txt" in the story folder, found none',
    });
    expect(readStoryFile(story, 'sources')).toEqual({
      ok: false,
      message: 'expected "sources" to be a regular file in the story folder',
    });
  });
});

describe('a story folder’s hard links and special files', () => {
  it('are refused by readStoryFile, without a word of their content', () => {
    linkSync(join(scratch, 'secret.txt'), join(story, 'sources', 'leak.txt'));
    const read = readStoryFile(story, 'sources/leak.txt');
    expect(read).toEqual({
      ok: false,
      message:
        '"sources/leak.txt" is a hard link (one of 2 names of a file); expected a file of its own (copy the file in: the tools follow no link)',
    });
  });

  it('are reported by listFolderFiles, one line each, and not listed', () => {
    linkSync(join(scratch, 'secret.txt'), join(story, 'leak.txt'));
    execFileSync('mkfifo', [join(story, 'sources', 'pipe.txt')]);
    const listing = listFolderFiles(story, 'geodata');
    expect(listing.files.map((file) => file.name)).toEqual(['sources/article.txt', 'story.json']);
    expect(listing.problems.map(formatDataProblem).sort()).toEqual([
      'geodata/leak.txt: is a hard link (one of 2 names of a file); expected a file of its own (copy the file in: the tools follow no link)',
      'geodata/sources/pipe.txt: is a FIFO (named pipe); expected a regular file',
    ]);
  });
});

describe('listFolderFiles', () => {
  it('lists regular files by their name in the folder, and reports every link', () => {
    writeFileSync(join(story, '.DS_Store'), '');
    symlinkSync(join(scratch, 'secret.txt'), join(story, 'sources', 'leak.txt'));
    symlinkSync(scratch, join(story, 'linked-folder'));
    const listing = listFolderFiles(story, 'geodata');
    expect(listing.files.map((file) => file.name)).toEqual(['sources/article.txt', 'story.json']);
    expect(listing.problems.map(formatDataProblem).sort()).toEqual([
      'geodata/linked-folder: is a symbolic link; expected a regular file or folder (copy the file in, the build publishes no link)',
      'geodata/sources/leak.txt: is a symbolic link; expected a regular file or folder (copy the file in, the build publishes no link)',
    ]);
  });
});
