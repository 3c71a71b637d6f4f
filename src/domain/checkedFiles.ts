/**
 * What the build checked: the SHA-256 digest of each published file the page may then take without validating it
 * again (geodata/checked.json). The build records a story's events file only when it found no problem in it, with
 * the story.json it was checked against; the page takes the events as checked only if both files it received are,
 * byte for byte, those (a file swapped in after the build is validated as any other).
 */

/** The published name of the record, beside the story's files. */
export const CHECKED_FILES_NAME = 'checked.json';

/** The story's files whose digests the record holds, by published name. */
export type CheckedDigests = ReadonlyMap<string, string>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The digests of a record; anything that is not one (a missing file, garbage) records nothing. */
export function parseCheckedFiles(value: unknown): CheckedDigests {
  const digests = new Map<string, string>();
  const recorded = (value as { sha256?: unknown } | null)?.sha256;
  if (!recorded || typeof recorded !== 'object' || Array.isArray(recorded)) return digests;
  for (const [name, digest] of Object.entries(recorded)) {
    if (typeof digest === 'string' && SHA256_HEX.test(digest)) digests.set(name, digest);
  }
  return digests;
}

/** The record's text, for the given digests by file name. */
export function formatCheckedFiles(digests: Readonly<Record<string, string>>): string {
  return JSON.stringify({ sha256: digests });
}

/** The SHA-256 digest of the bytes, in hex (Web Crypto: off the main thread in browsers). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Whether every one of the files is recorded with its digest. False, never an error, where digests cannot be
 * computed (Web Crypto exists only in secure contexts: https or localhost).
 */
export async function matchesCheckedFiles(
  recorded: CheckedDigests,
  files: readonly { readonly name: string; readonly bytes: Uint8Array<ArrayBuffer> }[],
): Promise<boolean> {
  if (files.length === 0 || !files.every((file) => recorded.has(file.name))) return false;
  if (typeof crypto === 'undefined' || !crypto.subtle) return false;
  try {
    const digests = await Promise.all(files.map((file) => sha256Hex(file.bytes)));
    return files.every((file, i) => recorded.get(file.name) === digests[i]);
  } catch {
    return false;
  }
}
