import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildEmbedSnippet, escapeHtmlAttribute } from '../src/embed/buildEmbedSnippet';
import { BuildStop } from './buildStop';
import { chapterEmbedPages, readChapters } from './chapterPages';
import { parseSiteUrl } from './parseSiteUrl';
import { formatHeadersFile, META_POLICY, parseFrameAncestors } from './siteHeaders.mjs';
import { listFolderFiles } from './storyFiles';

const CHARSET = '<meta charset="UTF-8" />';

export interface PublishingOptions {
  /** SITE_URL as given: where the site will live, e.g. "https://news.example/interactive/2021/kabul/". Empty: relative URLs. */
  readonly siteUrl: string | undefined;
  /** EMBED_FRAME_ANCESTORS as given: the pages that may frame the embed. Empty: any. */
  readonly embedFrameAncestors: string | undefined;
  readonly title: string;
  readonly providerName: string;
  /** The social preview image, relative to the site. */
  readonly previewImage: string;
  /** The story folder: its chapters each get a page of their own (see chapterEmbedPages). */
  readonly storyFolder?: string;
  /** public/, where `npm run snapshots` leaves snapshots/chapter-<id>.png. */
  readonly publicFolder?: string;
}

/**
 * Publishing metadata for the built site: absolute og:image URLs when the site's address is known (SITE_URL),
 * oembed.json (type "rich": the embed snippet) so that a CMS given the page's link can embed it, the pages'
 * <meta> Content-Security-Policy and `_headers` (scripts/siteHeaders.mjs). A SITE_URL or EMBED_FRAME_ANCESTORS
 * that is not what it should be, or a symbolic link in public/, stops the build with one line.
 */
export function publishingPlugin(options: PublishingOptions): Plugin {
  let base = '';
  let embedFrameAncestors: string[] = [];
  return {
    name: 'publishing',
    apply: 'build',
    config() {
      const site = parseSiteUrl(options.siteUrl);
      const ancestors = parseFrameAncestors(options.embedFrameAncestors);
      const refused = [site.ok ? undefined : site.message, ancestors.ok ? undefined : ancestors.message];
      if (!site.ok || !ancestors.ok) throw new BuildStop(refused.filter((line) => line !== undefined));
      base = site.base;
      embedFrameAncestors = ancestors.sources;
    },
    configResolved(config) {
      // Vite copies public/ following links: what one points to would be published.
      const publicFiles = config.publicDir ? listFolderFiles(config.publicDir, 'public') : { problems: [] };
      if (publicFiles.problems.length > 0) throw BuildStop.fromProblems(publicFiles.problems);
    },
    transformIndexHtml(html, context) {
      if (!html.includes(CHARSET)) throw new BuildStop([`${context.filename}: expected ${CHARSET} in <head>`]);
      const at = escapeHtmlAttribute(base);
      // Right after the charset, before anything loads. Hosts that send the policy as a header (frame-ancestors
      // and all) make this a duplicate; for those that send nothing, it is the policy.
      const policy = `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlAttribute(META_POLICY)}" />`;
      const page = html.replace(CHARSET, `${CHARSET}\n    ${policy}`);
      if (!base) return page;
      return page
        .replaceAll('content="snapshots/', `content="${at}snapshots/`)
        .replaceAll('href="oembed.json"', `href="${at}oembed.json"`);
    },
    generateBundle: {
      // After Vite has written the pages into the bundle: the chapter pages are made from the built embed page.
      order: 'post',
      handler(_output, bundle) {
        const id = 'kabul-airlift-map';
        const oembed = {
          version: '1.0',
          type: 'rich',
          title: options.title,
          provider_name: options.providerName,
          width: 800,
          height: 600,
          html: buildEmbedSnippet({
            src: `${base}embed.html?id=${id}`,
            id,
            title: `Interactive map: ${options.title}`,
            height: 600,
            autoHeight: true,
          }),
          thumbnail_url: `${base}${options.previewImage}`,
          thumbnail_width: 1200,
          thumbnail_height: 675,
        };
        this.emitFile({ type: 'asset', fileName: 'oembed.json', source: `${JSON.stringify(oembed, null, 2)}\n` });
        const embed = bundle['embed.html'];
        if (embed?.type === 'asset' && options.storyFolder) {
          const pages = chapterEmbedPages(String(embed.source), readChapters(options.storyFolder), {
            previewImage: options.previewImage,
            hasSnapshot: (file) => existsSync(join(options.publicFolder ?? 'public', file)),
          });
          for (const page of pages) this.emitFile({ type: 'asset', fileName: page.fileName, source: page.html });
        }
        this.emitFile({ type: 'asset', fileName: '_headers', source: formatHeadersFile({ embedFrameAncestors }) });
      },
    },
  };
}
