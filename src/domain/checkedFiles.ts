/**
 * What the build checked: the SHA-256 digest of each published story file the page may then take without
 * validating it again. The build computes them only when the story's parser finds no problem in story.json,
 * events.geojson and places.geojson, and writes them into the page's code (scripts/geodataPlugin.ts), so that they
 * belong to the parser that checked them; the page takes the files as checked only if all three it received are,
 * byte for byte, those (a file swapped in after the build is validated as any other).
 */

/** The story's files whose digests the build recorded, by published name ("events.geojson"). */
export type CheckedDigests = ReadonlyMap<string, string>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The digests of a record ({ name: hex digest }); anything that is not one records nothing. */
export function parseCheckedDigests(value: unknown): CheckedDigests {
  const digests = new Map<string, string>();
  if (!value || typeof value !== 'object' || Array.isArray(value)) return digests;
  for (const [name, digest] of Object.entries(value)) {
    if (typeof digest === 'string' && SHA256_HEX.test(digest)) digests.set(name, digest);
  }
  return digests;
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
