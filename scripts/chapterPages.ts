/**
 * One embed page per chapter of the guided story (embed-chapter-<id>.html): the built embed page, with the
 * chapter's snapshot as its no-JavaScript, print and social fallback. A chapter's embed code points there, so a
 * reader without JavaScript, or a printout, sees that chapter, not the story's default image.
 */
import { parseJsonText } from '../src/domain/parseJsonText';
import { chapterEmbedFile } from '../src/embed/embedUrl';
import { cssString, fileUrl, type Html, html, insertBefore, replaceMatches } from '../src/text/htmlTemplate';
import { readStoryFile } from './storyFiles';

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
  const read = readStoryFile(storyFolder, 'story.json');
  const json = read.ok ? parseJsonText('story.json', read.text) : undefined;
  if (!json?.ok) return [];
  const chapters = ((json.value ?? {}) as { chapters?: unknown }).chapters;
  if (!Array.isArray(chapters)) return [];
  return chapters.flatMap((chapter) => {
    const { id, title } = (chapter ?? {}) as { id?: unknown; title?: unknown };
    return typeof id === 'string' && SLUG.test(id) && typeof title === 'string' ? [{ id, title }] : [];
  });
}

/**
 * The page's image when printed (the live map does not print well), put in the page's head after Vite has read
 * it: Vite would try to resolve its URL, which the site serves from the story folder. Nothing without an image.
 */
export function addPrintImage(page: string, imageUrl: string | undefined): string {
  if (!imageUrl) return page;
  const style = html`  <style>@media print { body::before { content: url(${cssString(imageUrl)}) !important; } }</style>
  `;
  return insertBefore(page, '</head>', style) ?? page;
}

/**
 * The chapter pages made from the built embed page (without its print image): its default image replaced by the
 * chapter's snapshot (when `npm run snapshots` has rendered it), its caption and alt texts naming the chapter,
 * a print rule, and without the image of the story's opening view (a chapter opens on its own). `base` is the
 * site's address (SITE_URL), or empty for relative URLs.
 */
export function chapterEmbedPages(
  embedHtml: string,
  chapters: readonly ChapterSummary[],
  options: {
    readonly previewImage: string | undefined;
    readonly hasSnapshot: (file: string) => boolean;
    readonly base: string;
  },
): { fileName: string; html: string }[] {
  return chapters.map((chapter) => {
    const snapshot = chapterSnapshotFile(chapter.id);
    // A page without a default image (the story has none) has no image tags to point at the chapter's.
    const preview = options.previewImage;
    const image = preview && fileUrl(options.base, options.hasSnapshot(snapshot) ? snapshot : preview);
    const alt = `Map of the chapter “${chapter.title}”`;
    const steps: [RegExp, (...groups: Html[]) => Html][] = [
      // A chapter opens on its own view, not the story's: no image of the story's opening view.
      [/<picture>(?:(?!<\/picture>)[\s\S])*id="opening-view"[\s\S]*?<\/picture>/, () => html``],
      [/(<meta property="og:image:alt" content=")[^"]*(")/, (start, end) => html`${start}${alt}${end}`],
      [
        /(<span class="fallback-caption">)[^<]*(<\/span>)/,
        (start, end) => html`${start}Here is the map at the chapter “${chapter.title}”.${end}`,
      ],
      ...(image === undefined
        ? []
        : ([
            [
              /(<img src=")[^"]*(" width="\d+" height="\d+" alt=")[^"]*(")/,
              (start, middle, end) => html`${start}${image}${middle}${alt}${end}`,
            ],
            [/(<meta property="og:image" content=")[^"]*(")/, (start, end) => html`${start}${image}${end}`],
          ] as [RegExp, (...groups: Html[]) => Html][])),
    ];
    const page = steps.reduce((page, [pattern, make]) => replaceMatches(page, pattern, make), embedHtml);
    return { fileName: chapterEmbedFile(chapter.id), html: addPrintImage(page, image) };
  });
}
