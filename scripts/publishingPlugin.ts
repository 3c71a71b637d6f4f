import type { Plugin } from 'vite';
import { buildEmbedSnippet } from '../src/embed/buildEmbedSnippet';

export interface PublishingOptions {
  /** Where the site will live, e.g. "https://news.example/interactive/2021/kabul/". Empty: relative URLs. */
  readonly siteUrl: string;
  readonly title: string;
  readonly providerName: string;
  /** The social preview image, relative to the site. */
  readonly previewImage: string;
}

/**
 * Publishing metadata for the built site: absolute og:image URLs when the site's address is known (SITE_URL),
 * and oembed.json (type "rich": the embed snippet) so that a CMS given the page's link can embed it.
 */
export function publishingPlugin(options: PublishingOptions): Plugin {
  const base = options.siteUrl && !options.siteUrl.endsWith('/') ? `${options.siteUrl}/` : options.siteUrl;
  return {
    name: 'publishing',
    apply: 'build',
    transformIndexHtml(html) {
      if (!base) return html;
      return html
        .replaceAll('content="snapshots/', `content="${base}snapshots/`)
        .replaceAll('href="oembed.json"', `href="${base}oembed.json"`);
    },
    generateBundle() {
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
    },
  };
}
