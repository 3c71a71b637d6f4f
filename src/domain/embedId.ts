/**
 * Embed ids: what a story's embed is called in its height messages and embed code. Apart from the publication
 * schema (and zod), so that the embed's first script can check an id without loading the parser.
 */

/** An embed id: a letter, then up to 63 letters, digits, "-" or "_" (safe in an HTML id and a message key). */
export const EMBED_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** Lowercase words of `title` joined by "-", starting with a letter, at most `length` long; "map" if none. */
export function slugifyTitle(title: string, length = 40): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .replace(/^[^a-z]+/, '')
      .slice(0, length)
      .replace(/-+$/, '') || 'map'
  );
}
