/** The story's files, always at these fixed paths next to the page: never taken from the query string. */
export const STORY_FILES = {
  story: 'geodata/story.json',
  events: 'geodata/events.geojson',
  places: 'geodata/places.geojson',
} as const;

const hasControlCharacter = (text: string) => [...text].some((char) => char < ' ' || char === '\u007f');

/**
 * Checks a file path written in a story's data (e.g. story.json's `source_article.file`) before anything opens
 * it: it must name a file inside the story folder, relative to it, with forward slashes. Returns what was
 * expected, or undefined when the path is acceptable. Symbolic links are refused where the files are read
 * (scripts/readStoryFile.ts): only the file system can tell.
 */
export function checkStoryFilePath(path: string): string | undefined {
  const expected = `expected a path inside the story folder, relative to it (e.g. "sources/article.txt"), got ${JSON.stringify(path)}`;
  if (path.length === 0 || path.length > 255) return expected;
  // Absolute paths, Windows drive letters and UNC paths, URLs ("file:"), backslashes and control characters.
  if (path.startsWith('/') || path.includes('\\') || path.includes(':') || hasControlCharacter(path)) {
    return expected;
  }
  const segments = path.split('/');
  // "..", ".", empty segments ("a//b", "a/") and hidden files (".env") are never a story's data.
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return expected;
  return undefined;
}
