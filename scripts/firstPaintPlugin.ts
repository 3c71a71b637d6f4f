import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { Bounds } from '../src/domain/openingView';
import { parseJsonText } from '../src/domain/parseJsonText';
import { STORY_FILES } from '../src/domain/storyFilePath';
import { Html, html, replaceMatches } from '../src/text/htmlTemplate';
import { openingViewMarkup, type Page } from './openingViews';
import { listFolderFiles, readStoryFile } from './storyFiles';

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
    const read = readStoryFile(storyFolder, 'story.json');
    const json = read.ok ? parseJsonText('story.json', read.text) : undefined;
    if (!json?.ok) return { title: '', subtitle: '' };
    const story = (json.value ?? {}) as {
      title?: unknown;
      subtitle?: unknown;
      initial_bounds?: unknown;
      publication?: { attribution?: unknown };
    };
    const bounds = story.initial_bounds;
    return {
      title: typeof story.title === 'string' ? story.title : '',
      subtitle: typeof story.subtitle === 'string' ? story.subtitle : '',
      credits: creditsText(story.publication?.attribution),
      initialBounds:
        Array.isArray(bounds) && bounds.length === 4 && bounds.every((value) => Number.isFinite(value))
          ? (bounds as unknown as Bounds)
          : undefined,
      openingViews: listFolderFiles(storyFolder, 'story').files.map((file) => file.name),
    };
  } catch {
    return { title: '', subtitle: '' };
  }
}

/** Fills the pages' first-paint placeholders {{story.title}}, {{story.subtitle}}, {{story.credits}}, escaped. */
export function fillFirstPaint(page: string, text: FirstPaintText): string {
  const values: Record<string, string> = {
    title: text.title,
    subtitle: text.subtitle,
    credits: text.credits ?? 'Leaflet',
  };
  return replaceMatches(page, /\{\{story\.(title|subtitle|credits)\}\}/g, (key) => html`${values[key.text] ?? ''}`);
}

/**
 * Fills {{story.opening_view}} with the image of the map's opening view for `page` (nothing without images or
 * bounds). After Vite has read the page: it would try to resolve the images, which the site serves from the
 * story folder.
 */
export function fillOpeningView(page: string, text: FirstPaintText, kind: Page): string {
  const opening =
    text.initialBounds && text.openingViews
      ? openingViewMarkup(kind, text.initialBounds, text.openingViews)
      : new Html('');
  return replaceMatches(page, /\{\{story\.opening_view\}\}/g, () => opening);
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
        handler: (page, context) => ({
          html: fillOpeningView(
            page,
            readFirstPaintText(storyFolder),
            context.filename.endsWith('embed.html') ? 'embed' : 'full',
          ),
          tags: storyPreloadTags(),
        }),
      },
    },
  ];
}
