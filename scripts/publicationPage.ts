/**
 * The story's publication metadata in the built site: the pages' {{publication.…}} placeholders (titles,
 * descriptions, og:* and twitter:* tags, the oEmbed link, the embed id, the no-JavaScript image) and oembed.json,
 * all from story.json's `publication` (src/domain/publication.ts), escaped.
 */
import type { DataProblem } from '../src/domain/dataProblem';
import { parseJsonText } from '../src/domain/parseJsonText';
import { parsePublication } from '../src/domain/parseStoryConfig';
import type { Publication } from '../src/domain/publication';
import { buildEmbedSnippet } from '../src/embed/buildEmbedSnippet';
import { fileUrl, Html, html, replaceMatches } from '../src/text/htmlTemplate';
import { readStoryFile } from './storyFiles';

/** The image the pages show and announce, if any. */
export type SocialImage = Publication['socialImage'];

const PLACEHOLDER = /\{\{publication\.([a-z_]+)\}\}/g;

/** The publication of a story folder's story.json, or what is wrong with it (one problem per field). */
export function readPublication(
  storyFolder: string,
  label: string,
): { ok: true; publication: Publication } | { ok: false; problems: DataProblem[] } {
  const file = `${label}/story.json`;
  const read = readStoryFile(storyFolder, 'story.json');
  if (!read.ok) return { ok: false, problems: [{ file, message: read.message }] };
  const json = parseJsonText(file, read.text);
  return json.ok ? parsePublication(file, json.value) : { ok: false, problems: [json.problem] };
}

/**
 * The value of each placeholder the pages may hold, unescaped; undefined where the story has none (no image).
 * URLs are relative to the site, or absolute under `base` (SITE_URL) when it is known.
 */
export function publicationPageValues(
  publication: Publication,
  image: SocialImage,
  base: string,
): Record<string, string | undefined> {
  return {
    page_title: publication.pageTitle,
    description: publication.description,
    embed_id: publication.embedId,
    oembed: `${base}oembed.json`,
    social_image: image && fileUrl(base, image.file),
    social_image_alt: image?.alt,
    social_image_caption: image?.caption,
    social_image_width: image && String(image.width),
    social_image_height: image && String(image.height),
  };
}

/**
 * The page's tags for search engines, social networks and CMSs: og:title is the page's own <title> (`title`,
 * its HTML as the page has it), the image's tags only with an image.
 */
function metaTags(values: Record<string, string | undefined>, title: Html): Html[] {
  const value = (key: string) => values[key] ?? '';
  const image =
    values.social_image === undefined
      ? []
      : [
          html`<meta property="og:image" content="${value('social_image')}" />`,
          html`<meta property="og:image:width" content="${value('social_image_width')}" />`,
          html`<meta property="og:image:height" content="${value('social_image_height')}" />`,
          html`<meta property="og:image:alt" content="${value('social_image_alt')}" />`,
        ];
  return [
    html`<meta name="description" content="${value('description')}" />`,
    html`<meta property="og:type" content="website" />`,
    html`<meta property="og:title" content="${title}" />`,
    html`<meta property="og:description" content="${value('description')}" />`,
    ...image,
    html`<meta name="twitter:card" content="${image.length > 0 ? 'summary_large_image' : 'summary'}" />`,
    html`<link rel="alternate" type="application/json+oembed" href="${value('oembed')}" title="${value('page_title')}: interactive map" />`,
  ];
}

/**
 * Fills the page's {{publication.…}} placeholders, each value escaped for HTML (src/text/htmlTemplate.ts). A line
 * that holds a placeholder the story has no value for is left out whole (the image's, without an image).
 * {{publication.meta}} becomes the page's tags for search engines, social networks and CMSs (metaTags). A
 * placeholder no story has is a mistake in the page: it is returned in `unknown`, to stop the build.
 */
export function fillPublication(
  page: string,
  values: Record<string, string | undefined>,
): { html: string; unknown: string[] } {
  const keys = [...page.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
  const unknown = keys.filter((key) => !(key in values) && key !== 'meta');
  const filled = page
    .split('\n')
    .filter((line) =>
      [...line.matchAll(PLACEHOLDER)].every((match) => values[match[1] as string] !== undefined || match[1] === 'meta'),
    )
    .map((line) =>
      replaceMatches(line, PLACEHOLDER, (key) =>
        key.text === 'meta' ? html`{{publication.meta}}` : html`${values[key.text] ?? ''}`,
      ),
    )
    .join('\n');
  const title = /<title>([^<]*)<\/title>/.exec(filled)?.[1];
  const tags = (indent: string) =>
    metaTags(values, title === undefined ? html`${values.page_title ?? ''}` : new Html(title)).map(
      (tag) => html`${indent}${tag}`,
    );
  const withTags = replaceMatches(
    filled,
    /^([ \t]*)\{\{publication\.meta\}\}$/m,
    (indent) =>
      new Html(
        tags(indent.text)
          .map((tag) => tag.text)
          .join('\n'),
      ),
  );
  return { html: withTags, unknown: [...new Set(unknown)] };
}

/** oembed.json (type "rich"): the embed code of the story's default embed, with its title, provider and image. */
export function buildOembed(publication: Publication, image: SocialImage, base: string): string {
  const id = publication.embedId;
  const oembed = {
    version: '1.0',
    type: 'rich',
    title: publication.pageTitle,
    ...(publication.oembedProvider && {
      provider_name: publication.oembedProvider.name,
      ...(publication.oembedProvider.url && { provider_url: publication.oembedProvider.url }),
    }),
    width: 800,
    height: 600,
    html: buildEmbedSnippet({
      src: `${base}embed.html?id=${encodeURIComponent(id)}`,
      id,
      title: `Interactive map: ${publication.pageTitle}`,
      height: 600,
      autoHeight: true,
    }),
    ...(image && {
      thumbnail_url: fileUrl(base, image.file),
      thumbnail_width: image.width,
      thumbnail_height: image.height,
    }),
  };
  return `${JSON.stringify(oembed, null, 2)}\n`;
}
