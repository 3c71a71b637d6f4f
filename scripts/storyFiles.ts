import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataProblem } from '../src/domain/dataProblem';
import { checkStoryFilePath } from '../src/domain/storyFilePath';
import { readRegularFile, readRegularText, refuseFile } from './safeFiles';

/** A regular file found in a folder: its name relative to the folder (with "/") and its path on disk. */
export interface FolderFile {
  readonly name: string;
  readonly path: string;
}

/**
 * Lists the regular files of a folder, recursively, without following links. A symbolic link (to a file or a
 * folder, inside or out), a hard link (a second name of a file that may be anywhere), any other special file
 * and a file over the tools' size limit (scripts/safeFiles.ts) are reported, never listed: what the build
 * publishes is what the folder holds. Hidden entries (".git", ".DS_Store") are neither listed nor reported. `label` names the
 * folder in messages, e.g. "geodata".
 */
export function listFolderFiles(root: string, label: string): { files: FolderFile[]; problems: DataProblem[] } {
  const files: FolderFile[] = [];
  const problems: DataProblem[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      const name = relative(root, path).split(sep).join('/');
      if (entry.isSymbolicLink()) {
        problems.push({
          file: `${label}/${name}`,
          message:
            'is a symbolic link; expected a regular file or folder (copy the file in, the build publishes no link)',
        });
      } else if (entry.isDirectory()) {
        walk(path);
      } else {
        const refused = refuseFile(lstatSync(path));
        if (refused) problems.push({ file: `${label}/${name}`, message: refused });
        else files.push({ name, path });
      }
    }
  };
  walk(root);
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, problems };
}

export type StoryFileRead = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file a story refers to by a path relative to its folder (e.g. story.json's source_article.file). Only
 * a regular file with a single link inside the folder, under the size limit, is opened (scripts/safeFiles.ts):
 * no "..", no absolute path, no symbolic link anywhere on the way. A refused file is never opened, so nothing of
 * its content can reach a message. The text is returned without a byte order mark.
 */
export function readStoryFile(root: string, relativePath: string): StoryFileRead {
  const path = storyFilePath(root, relativePath);
  if (!path.ok) return path;
  const read = readRegularText(path.path);
  return read.ok ? read : { ok: false, message: `${JSON.stringify(relativePath)} ${read.message}` };
}

/** Reads a file of the story folder as readStoryFile does, as bytes (an image). */
export function readStoryFileBytes(
  root: string,
  relativePath: string,
): { ok: true; content: Buffer } | { ok: false; message: string } {
  const path = storyFilePath(root, relativePath);
  if (!path.ok) return path;
  const read = readRegularFile(path.path);
  return read.ok ? read : { ok: false, message: `${JSON.stringify(relativePath)} ${read.message}` };
}

/** The path on disk of a file of the story folder, if it may be opened: inside it, no link on the way. */
function storyFilePath(
  root: string,
  relativePath: string,
): { ok: true; path: string } | { ok: false; message: string } {
  const pathProblem = checkStoryFilePath(relativePath);
  if (pathProblem) return { ok: false, message: pathProblem };
  const segments = relativePath.split('/');
  let path = root;
  for (const [index, segment] of segments.entries()) {
    path = join(path, segment);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(path);
    } catch {
      return {
        ok: false,
        message: `expected a file at ${JSON.stringify(relativePath)} in the story folder, found none`,
      };
    }
    const last = index === segments.length - 1;
    if (stats.isSymbolicLink()) {
      return {
        ok: false,
        message: `expected a regular file inside the story folder, but ${JSON.stringify(segments.slice(0, index + 1).join('/'))} is a symbolic link`,
      };
    }
    if (last ? !stats.isFile() : !stats.isDirectory()) {
      return {
        ok: false,
        message: `expected ${JSON.stringify(relativePath)} to be a regular file in the story folder`,
      };
    }
  }
  // No link on the way, so this holds; checked again on the real paths in case the folder changed meanwhile.
  const realRoot = realpathSync(root);
  if (!realpathSync(path).startsWith(realRoot + sep)) {
    return { ok: false, message: `expected a file inside the story folder, got ${JSON.stringify(relativePath)}` };
  }
  return { ok: true, path };
}
