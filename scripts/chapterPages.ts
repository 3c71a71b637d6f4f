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

/** Escapes text for an HTML text node. */
function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * The chapter pages made from the built embed page: its default image replaced by the chapter's snapshot (when
 * `npm run snapshots` has rendered it), its caption and alt texts naming the chapter, and a print rule.
 */
export function chapterEmbedPages(
  embedHtml: string,
  chapters: readonly ChapterSummary[],
  options: { readonly previewImage: string; readonly hasSnapshot: (file: string) => boolean },
): { fileName: string; html: string }[] {
  return chapters.map((chapter) => {
    const snapshot = chapterSnapshotFile(chapter.id);
    const image = options.hasSnapshot(snapshot) ? snapshot : options.previewImage;
    const alt = escapeHtmlAttribute(`Map of the chapter “${chapter.title}”`);
    const html = embedHtml
      .replaceAll(options.previewImage, image)
      .replace(/(<img src="[^"]*" width="\d+" height="\d+" alt=")[^"]*(")/, `$1${alt}$2`)
      .replace(/(<meta property="og:image:alt" content=")[^"]*(")/, `$1${alt}$2`)
      .replace(
        /(<span class="fallback-caption">)[^<]*(<\/span>)/,
        `$1Here is the map at the chapter “${escapeText(chapter.title)}”.$2`,
      )
      .replace(
        '</head>',
        `  <style>@media print { body::before { content: url("${escapeHtmlAttribute(image)}") !important; } }</style>\n  </head>`,
      );
    return { fileName: chapterEmbedFile(chapter.id), html };
  });
}
