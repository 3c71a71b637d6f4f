/**
 * One embed page per chapter of the guided story (embed-chapter-<id>.html): the built embed page, with the
 * chapter's snapshot as its no-JavaScript, print and social fallback. A chapter's embed code points there, so a
 * reader without JavaScript, or a printout, sees that chapter, not the story's default image.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtmlAttribute } from '../src/embed/buildEmbedSnippet';
import { chapterEmbedFile } from '../src/embed/embedUrl';

/** A chapter as the pages need it. */
export interface ChapterSummary {
  readonly id: string;
  readonly title: string;
}

const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The file name of a chapter's snapshot, under snapshots/. */
export function chapterSnapshotFile(id: string): string {
  return `snapshots/chapter-${id}.png`;
}

/**
 * The chapters of story.json (ids and titles). Anything unreadable gives none: validation reports it, and the
 * build publishes no page it cannot name safely (ids must be slugs).
 */
export function readChapters(storyFolder: string): ChapterSummary[] {
  try {
    const text = readFileSync(join(storyFolder, 'story.json'), 'utf8').replace(/^\uFEFF/, '');
    const chapters = (JSON.parse(text) as { chapters?: unknown }).chapters;
    if (!Array.isArray(chapters)) return [];
    return chapters.flatMap((chapter) => {
      const { id, title } = (chapter ?? {}) as { id?: unknown; title?: unknown };
      return typeof id === 'string' && SLUG.test(id) && typeof title === 'string' ? [{ id, title }] : [];
    });
  } catch {
    return [];
  }
}

/**
 * The page's image when printed (the live map does not print well), put in the page's head after Vite has read
 * it: Vite would try to resolve its URL, which the site serves from the story folder. Nothing without an image.
 */
export function addPrintImage(html: string, image: string | undefined): string {
  if (!image) return html;
  const style = `<style>@media print { body::before { content: url("${escapeHtmlAttribute(image)}") !important; } }</style>`;
  return html.replace('</head>', `  ${style}\n  </head>`);
}

/** Escapes text for an HTML text node. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The chapter pages made from the built embed page (without its print image): its default image replaced by the
 * chapter's snapshot (when `npm run snapshots` has rendered it), its caption and alt texts naming the chapter,
 * a print rule, and without the image of the story's opening view (a chapter opens on its own).
 */
export function chapterEmbedPages(
  embedHtml: string,
  chapters: readonly ChapterSummary[],
  options: { readonly previewImage: string | undefined; readonly hasSnapshot: (file: string) => boolean },
): { fileName: string; html: string }[] {
  return chapters.map((chapter) => {
    const snapshot = chapterSnapshotFile(chapter.id);
    // A page without a default image (the story has none) has no image tags to point at the chapter's.
    const preview = options.previewImage;
    const image = preview && (options.hasSnapshot(snapshot) ? snapshot : preview);
    const alt = escapeHtmlAttribute(`Map of the chapter “${chapter.title}”`);
    const page = preview && image ? embedHtml.replaceAll(preview, image) : embedHtml;
    const html = addPrintImage(page, image)
      // A chapter opens on its own view, not the story's: no image of the story's opening view.
      .replace(/<picture>(?:(?!<\/picture>)[\s\S])*id="opening-view"[\s\S]*?<\/picture>/, '')
      .replace(/(<img src="[^"]*" width="\d+" height="\d+" alt=")[^"]*(")/, `$1${alt}$2`)
      .replace(/(<meta property="og:image:alt" content=")[^"]*(")/, `$1${alt}$2`)
      .replace(
        /(<span class="fallback-caption">)[^<]*(<\/span>)/,
        `$1Here is the map at the chapter “${escapeText(chapter.title)}”.$2`,
      );
    return { fileName: chapterEmbedFile(chapter.id), html };
  });
}
