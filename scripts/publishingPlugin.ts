import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataProblem } from '../src/domain/dataProblem';
import { type Publication, selectSocialImage } from '../src/domain/publication';
import { fileUrl, html, insertAfter } from '../src/text/htmlTemplate';
import { BuildStop } from './buildStop';
import { addPrintImage, chapterEmbedPages, readChapters } from './chapterPages';
import { parseSiteUrl } from './parseSiteUrl';
import {
  buildOembed,
  fillPublication,
  publicationPageValues,
  readPublication,
  type SocialImage,
} from './publicationPage';
import { formatHeadersFile, META_POLICY, parseFrameAncestors } from './siteHeaders.mjs';
import { type FolderFile, listFolderFiles, readStoryFileBytes } from './storyFiles';

const CHARSET = '<meta charset="UTF-8" />';

export interface PublishingOptions {
  /** SITE_URL as given: where the site will live, e.g. "https://news.example/interactive/2024/harbour-fire/". Empty: relative URLs. */
  readonly siteUrl: string | undefined;
  /** EMBED_FRAME_ANCESTORS as given: the pages that may frame the embed. Empty: any. */
  readonly embedFrameAncestors: string | undefined;
  /**
   * The story folder: its story.json's `publication` fills the pages' metadata, its images (snapshots/, where
   * `npm run snapshots` leaves them, and the social image) are published, its chapters get a page each.
   */
  readonly storyFolder: string;
}

/** The images of a story folder the site publishes, by their path in it (and in the site). */
const IMAGE = /\.(png|jpe?g|webp)$/i;
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/**
 * Publishing metadata for the built site, from the story's data: the pages' titles, descriptions, og:* and
 * twitter:* tags, oEmbed link and embed id (scripts/publicationPage.ts), with absolute URLs when the site's
 * address is known (SITE_URL); oembed.json (type "rich": the embed snippet) so that a CMS given the page's link
 * can embed it; the story's images; the pages' <meta> Content-Security-Policy and `_headers`
 * (scripts/siteHeaders.mjs). A SITE_URL or EMBED_FRAME_ANCESTORS that is not what it should be, a `publication`
 * that does not pass its schema, a social image that is not in the story folder, or a link in public/,
 * stops the build with one line each.
 */
export function publishingPlugin(options: PublishingOptions): Plugin {
  let base = '';
  let embedFrameAncestors: string[] = [];
  let publication: Publication;
  let images: FolderFile[] = [];
  let socialImage: SocialImage;
  const label = relative(process.cwd(), options.storyFolder) || '.';
  return {
    name: 'publishing',
    config() {
      const site = parseSiteUrl(options.siteUrl);
      const ancestors = parseFrameAncestors(options.embedFrameAncestors);
      const read = readPublication(options.storyFolder, label);
      const refused = [
        site.ok ? undefined : site.message,
        ancestors.ok ? undefined : ancestors.message,
        ...(read.ok ? [] : read.problems.map(formatDataProblem)),
      ].filter((line) => line !== undefined);
      if (!site.ok || !ancestors.ok || !read.ok) throw new BuildStop(refused);
      base = site.base;
      embedFrameAncestors = ancestors.sources;
      publication = read.publication;
      // Links and special files are the geodata plugin's to report; what is listed is regular files only.
      images = listFolderFiles(options.storyFolder, label).files.filter((file) => IMAGE.test(file.name));
      const names = new Set(images.map((file) => file.name));
      const named = publication.socialImage?.file;
      if (named !== undefined && !names.has(named)) {
        throw new BuildStop([
          `${label}/story.json: publication.social_image.file: expected an image in the story folder, but there is no regular file "${named}"`,
        ]);
      }
      socialImage = selectSocialImage(publication, (file) => names.has(file));
      images = images.filter((file) => file.name.startsWith('snapshots/') || file.name === socialImage?.file);
    },
    configureServer(server) {
      // In development the story's images come from its folder, at the paths the build publishes them at.
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split(/[?#]/)[0] ?? '';
        const image = images.find((file) => path.endsWith(`/${file.name}`));
        if (!image) return next();
        const read = readStoryFileBytes(options.storyFolder, image.name);
        if (!read.ok) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(`${image.name}: ${read.message}`);
          return;
        }
        const extension = IMAGE.exec(image.name)?.[1]?.toLowerCase() ?? 'png';
        response.setHeader('Content-Type', IMAGE_TYPES[extension] ?? 'application/octet-stream');
        response.end(read.content);
      });
    },
    configResolved(config) {
      // Vite copies public/ following links: what one points to would be published.
      const publicFiles = config.publicDir ? listFolderFiles(config.publicDir, 'public') : { problems: [] };
      if (publicFiles.problems.length > 0) throw BuildStop.fromProblems(publicFiles.problems);
    },
    transformIndexHtml: {
      // Before Vite reads the page: the placeholders become the story's text, lines without a value go.
      order: 'pre',
      handler(page, context) {
        if (!page.includes(CHARSET)) throw new BuildStop([`${context.filename}: expected ${CHARSET} in <head>`]);
        const filled = fillPublication(page, publicationPageValues(publication, socialImage, base));
        if (filled.unknown.length > 0) {
          throw new BuildStop([
            `${context.filename}: unknown placeholders {{publication.${filled.unknown.join('}}, {{publication.')}}}`,
          ]);
        }
        // Right after the charset, before anything loads. Hosts that send the policy as a header (frame-ancestors
        // and all) make this a duplicate; for those that send nothing, it is the policy.
        const policy = html`
    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;
        return insertAfter(filled.html, CHARSET, policy) ?? filled.html;
      },
    },
    generateBundle: {
      // After Vite has written the pages into the bundle: the chapter pages are made from the built embed page.
      order: 'post',
      handler(_output, bundle) {
        this.emitFile({ type: 'asset', fileName: 'oembed.json', source: buildOembed(publication, socialImage, base) });
        const unread: string[] = [];
        for (const image of images) {
          const read = readStoryFileBytes(options.storyFolder, image.name);
          if (read.ok) this.emitFile({ type: 'asset', fileName: image.name, source: read.content });
          else unread.push(`${label}/${image.name}: ${read.message}`);
        }
        if (unread.length > 0) throw new BuildStop(unread);
        const embed = bundle['embed.html'];
        if (embed?.type === 'asset') {
          const names = new Set(images.map((image) => image.name));
          const pages = chapterEmbedPages(String(embed.source), readChapters(options.storyFolder), {
            previewImage: socialImage?.file,
            hasSnapshot: (file) => names.has(file),
            base,
          });
          for (const page of pages) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
          embed.source = addPrintImage(String(embed.source), socialImage && fileUrl(base, socialImage.file));
        }
        this.emitFile({ type: 'asset', fileName: '_headers', source: formatHeadersFile({ embedFrameAncestors }) });
      },
    },
  };
}
