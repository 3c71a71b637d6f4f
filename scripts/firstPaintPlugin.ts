import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Bounds } from '../src/domain/openingView';
import { STORY_FILES } from '../src/domain/storyFilePath';
import { escapeHtmlAttribute } from '../src/embed/buildEmbedSnippet';
import { openingViewMarkup, type Page } from './openingViews';
import { listFolderFiles } from './storyFiles';

/** What the pages' first paint shows of the story: its title and subtitle, the map's credits, its opening view. */
export interface FirstPaintText {
  readonly title: string;
  readonly subtitle: string;
  /** The map's credits as the map's attribution writes them (text only), e.g. "Natural Earth · … · Leaflet". */
  readonly credits?: string;
  readonly initialBounds?: Bounds;
  /** The story folder's images of the opening view (`npm run snapshots`), by their names in it. */
  readonly openingViews?: readonly string[];
}

/** The credits as src/map/MapAttribution.tsx writes them: each with its licence, then Leaflet. */
function creditsText(attribution: unknown): string {
  const parts = Array.isArray(attribution) ? attribution : [];
  const written = parts.flatMap((part) => {
    const { text, licence } = (part ?? {}) as { text?: unknown; licence?: unknown };
    if (typeof text !== 'string') return [];
    return [typeof licence === 'string' ? `${text} (${licence})` : text];
  });
  return [...written, 'Leaflet'].join(' · ');
}

/**
 * The title, subtitle, credits and opening view of the story folder's story.json, or empty texts when it cannot
 * be read: validation reports that, and the page still starts (its script shows what the story says, or why it
 * cannot).
 */
export function readFirstPaintText(storyFolder: string): FirstPaintText {
  try {
    const text = readFileSync(join(storyFolder, 'story.json'), 'utf8').replace(/^\uFEFF/, '');
    const story = JSON.parse(text) as {
      title?: unknown;
      subtitle?: unknown;
      initial_bounds?: unknown;
      publication?: { attribution?: unknown };
    };
    const bounds = story.initial_bounds;
    const validBounds =
      Array.isArray(bounds) && bounds.length === 4 && bounds.every((value) => Number.isFinite(value))
        ? (bounds as unknown as Bounds)
        : undefined;
    return {
      title: typeof story.title === 'string' ? story.title : '',
      subtitle: typeof story.subtitle === 'string' ? story.subtitle : '',
      credits: creditsText(story.publication?.attribution),
      initialBounds: validBounds,
      openingViews: listFolderFiles(storyFolder, 'story').files.map((file) => file.name),
    };
  } catch {
    return { title: '', subtitle: '' };
  }
}

/** Fills the pages' first-paint placeholders {{story.title}}, {{story.subtitle}}, {{story.credits}}, escaped. */
export function fillFirstPaint(html: string, text: FirstPaintText): string {
  return html
    .replaceAll('{{story.title}}', escapeHtmlAttribute(text.title))
    .replaceAll('{{story.subtitle}}', escapeHtmlAttribute(text.subtitle))
    .replaceAll('{{story.credits}}', escapeHtmlAttribute(text.credits ?? 'Leaflet'));
}

/**
 * Fills {{story.opening_view}} with the image of the map's opening view for `page` (nothing without images or
 * bounds). After Vite has read the page: it would try to resolve the images, which the site serves from the
 * story folder.
 */
export function fillOpeningView(html: string, text: FirstPaintText, page: Page): string {
  const opening =
    text.initialBounds && text.openingViews ? openingViewMarkup(page, text.initialBounds, text.openingViews) : '';
  return html.replaceAll('{{story.opening_view}}', opening);
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
 * that the largest text of the first frame is in the HTML rather than drawn by JavaScript once the data is in, with
 * the image of the map's opening view (scripts/openingViews.ts) in the map's box, and preloads the story's files.
 */
export function firstPaintPlugin(storyFolder: string): Plugin[] {
  return [
    {
      name: 'first-paint',
      transformIndexHtml: { order: 'pre', handler: (html) => fillFirstPaint(html, readFirstPaintText(storyFolder)) },
    },
    {
      // After Vite's own processing of the page, which would copy the files into assets/ under hashed names.
      name: 'first-paint-preloads-and-opening-view',
      transformIndexHtml: {
        order: 'post',
        handler: (html, context) => ({
          html: fillOpeningView(
            html,
            readFirstPaintText(storyFolder),
            context.filename.endsWith('embed.html') ? 'embed' : 'full',
          ),
          tags: storyPreloadTags(),
        }),
      },
    },
  ];
}
