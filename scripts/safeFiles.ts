/**
 * The tools' one way to open and write files they are given (a story folder, a sheet, an output folder): they
 * distrust them. A file is read only if it is a regular file with a single link (no symbolic or hard link to
 * something else, no FIFO that would hang the tool, no device that never ends) and no larger than a limit named
 * in the message. A file is written only as a new file renamed into place, never through a link planted where
 * it goes. Messages say what the file is and what was expected; none ever holds anything of a refused file.
 */
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  type Stats,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The largest file the tools read: a story's data, a sheet, an image (a story of 100,000 events is about 60 MB;
 * a JavaScript string holds at most 512 MB).
 */
export const FILE_SIZE_LIMIT = 256 * 1024 * 1024;

export type FileRead = { ok: true; content: Buffer } | { ok: false; message: string };
export type TextRead = { ok: true; text: string } | { ok: false; message: string };

const MB = 1024 * 1024;
const formatMegabytes = (bytes: number) => `${bytes >= 10 * MB ? Math.round(bytes / MB) : (bytes / MB).toFixed(1)} MB`;

const SYMBOLIC_LINK = 'is a symbolic link; expected a regular file (copy the file in: the tools follow no link)';

/** What a file that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * Why a file with these stats (from lstat or fstat) may not be read, or undefined: it is a regular file with a
 * single link, at most `limit` bytes.
 */
export function refuseFile(stats: Stats, limit = FILE_SIZE_LIMIT): string | undefined {
  if (stats.isSymbolicLink()) return SYMBOLIC_LINK;
  if (!stats.isFile()) return `is ${kindOf(stats)}; expected a regular file`;
  if (stats.nlink > 1) {
    return `is a hard link (one of ${stats.nlink} names of a file); expected a file of its own (copy the file in: the tools follow no link)`;
  }
  if (stats.size > limit) {
    return `is ${formatMegabytes(stats.size)}; expected at most ${formatMegabytes(limit)}, the limit for a file the tools read`;
  }
  return undefined;
}

/** An error of the file system in words, without anything of the file. */
function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'not found';
  if (code === 'ELOOP') return SYMBOLIC_LINK;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? 'error'})`;
}

/**
 * Reads a regular file with a single link, of at most `limit` bytes. It is checked before it is opened (a FIFO
 * or a device is never opened) and again once open, without following a link, so that a file swapped meanwhile
 * is refused too; one that grows past the limit while it is read is refused.
 */
export function readRegularFile(path: string, limit = FILE_SIZE_LIMIT): FileRead {
  let before: Stats;
  try {
    before = lstatSync(path);
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
  const refused = refuseFile(before, limit);
  if (refused) return { ok: false, message: refused };
  let descriptor: number;
  try {
    // O_NONBLOCK: should a FIFO have taken the file's place, opening it does not wait for a writer.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
  try {
    const opened = fstatSync(descriptor);
    const refusedOpen = refuseFile(opened, limit);
    if (refusedOpen) return { ok: false, message: refusedOpen };
    if (opened.ino !== before.ino || opened.dev !== before.dev) {
      return { ok: false, message: 'changed while it was opened; expected a file that stays in place' };
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(opened.size - total, 0) + 1, 4 * MB));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) {
        return { ok: false, message: `grew past ${formatMegabytes(limit)} while it was read, the limit for a file` };
      }
      chunks.push(chunk.subarray(0, read));
    }
    return { ok: true, content: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  } finally {
    closeSync(descriptor);
  }
}

/** Reads a regular file (readRegularFile) as UTF-8 text, without a byte order mark. */
export function readRegularText(path: string, limit = FILE_SIZE_LIMIT): TextRead {
  const read = readRegularFile(path, limit);
  if (!read.ok) return read;
  const text = read.content.toString('utf8');
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A file to write, by its path relative to the folder, with "/". */
export interface FolderWrite {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** Why a path of the output folder may not be written, or undefined (nothing there, or a regular file of its own). */
function refuseTarget(path: string, folder: boolean): string | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stats.isSymbolicLink()) {
    return 'is a symbolic link; the tools write through no link (remove it, or choose another folder)';
  }
  if (folder) return stats.isDirectory() ? undefined : `is ${kindOf(stats)}; expected a folder`;
  if (!stats.isFile()) return `is ${kindOf(stats)}; expected a regular file or nothing`;
  if (stats.nlink > 1) {
    return `is a hard link (one of ${stats.nlink} names of a file); the tools write through no link (remove it, or choose another folder)`;
  }
  return undefined;
}

/**
 * Writes files into a folder (created if need be), or none of them: every path is checked first, and a symbolic
 * or hard link, or anything but a folder on the way, is refused with one line per path, `label` naming the
 * folder. Each file is written as a new file beside its place and renamed over it, so that a link planted
 * meanwhile is replaced, never written through. Returns the problems, none when everything was written.
 */
export function writeFolderFiles(folder: string, label: string, files: readonly FolderWrite[]): string[] {
  const problems: string[] = [];
  const folderProblem = refuseTarget(folder, true);
  if (folderProblem) return [`${label}: ${folderProblem}`];
  const folders = new Set<string>();
  for (const file of files) {
    const segments = file.name.split('/');
    for (let index = 1; index < segments.length; index++) folders.add(segments.slice(0, index).join('/'));
  }
  for (const name of [...folders].sort()) {
    const problem = refuseTarget(join(folder, name), true);
    if (problem) problems.push(`${label}/${name}: ${problem}`);
  }
  for (const file of files) {
    const problem = refuseTarget(join(folder, file.name), false);
    if (problem) problems.push(`${label}/${file.name}: ${problem}`);
  }
  if (problems.length > 0) return problems;
  mkdirSync(folder, { recursive: true });
  for (const name of [...folders].sort()) {
    try {
      mkdirSync(join(folder, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const problem = refuseTarget(join(folder, name), true);
    if (problem) return [`${label}/${name}: ${problem}`];
  }
  for (const file of files) {
    const target = join(folder, file.name);
    const temporary = join(dirname(target), `.${randomUUID()}.tmp`);
    const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    try {
      // "wx": a new file only (O_CREAT | O_EXCL), which never follows a link.
      const descriptor = openSync(temporary, 'wx');
      try {
        for (let written = 0; written < bytes.length; ) {
          written += writeSync(descriptor, bytes, written, bytes.length - written);
        }
      } finally {
        closeSync(descriptor);
      }
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }
  return [];
}
