import type { HtmlTagDescriptor, Plugin } from 'vite';
import { parseJsonText } from '../src/domain/parseJsonText';
import { STORY_FILES } from '../src/domain/storyFilePath';
import { html, replaceMatches } from '../src/text/htmlTemplate';
import { readStoryFile } from './storyFiles';

/** The story's title and subtitle as the pages' first paint shows them. */
export interface FirstPaintText {
  readonly title: string;
  readonly subtitle: string;
}

/**
 * The title and subtitle of the story folder's story.json, or empty texts when it cannot be read: validation
 * reports that, and the page still starts (its script shows what the story says, or why it cannot).
 */
export function readFirstPaintText(storyFolder: string): FirstPaintText {
  try {
    const read = readStoryFile(storyFolder, 'story.json');
    const json = read.ok ? parseJsonText('story.json', read.text) : undefined;
    if (!json?.ok) return { title: '', subtitle: '' };
    const story = (json.value ?? {}) as { title?: unknown; subtitle?: unknown };
    return {
      title: typeof story.title === 'string' ? story.title : '',
      subtitle: typeof story.subtitle === 'string' ? story.subtitle : '',
    };
  } catch {
    return { title: '', subtitle: '' };
  }
}

/** Fills the pages' first-paint placeholders ({{story.title}}, {{story.subtitle}}) with the story's text, escaped. */
export function fillFirstPaint(page: string, text: FirstPaintText): string {
  return replaceMatches(
    page,
    /\{\{story\.(title|subtitle)\}\}/g,
    (key) => html`${key.text === 'title' ? text.title : text.subtitle}`,
  );
}

/**
 * The story's files, preloaded by the page's head: their requests start with the page's scripts, not after them.
 * As fetch() asks for them (same origin, credentials of the same origin), so the page's fetches use these.
 */
export function storyPreloadTags(): HtmlTagDescriptor[] {
  return Object.values(STORY_FILES).map((href) => ({
    tag: 'link',
    attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' },
    injectTo: 'head',
  }));
}

/**
 * Writes the story's title and subtitle (story data: geodata/story.json) into the pages' static first paint, so
 * that the largest text of the first frame is in the HTML rather than drawn by JavaScript once the data is in,
 * and preloads the story's files.
 */
export function firstPaintPlugin(storyFolder: string): Plugin[] {
  return [
    {
      name: 'first-paint',
      transformIndexHtml: { order: 'pre', handler: (html) => fillFirstPaint(html, readFirstPaintText(storyFolder)) },
    },
    {
      // After Vite's own processing of the page, which would copy the files into assets/ under hashed names.
      name: 'first-paint-preloads',
      transformIndexHtml: { order: 'post', handler: () => storyPreloadTags() },
    },
  ];
}
