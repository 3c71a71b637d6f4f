#!/usr/bin/env node
/**
 * The headers the built site is served with, defined once: the local server (scripts/serve.mjs) sends them, the
 * build writes them as `_headers` (Netlify, Cloudflare Pages) and as the pages' <meta> Content-Security-Policy
 * (the fallback for hosts that send nothing), and `node scripts/siteHeaders.mjs --nginx` prints them for nginx
 * (docs/HOSTING.md, kept equal by a test).
 *
 * The embed may be framed by the pages listed in EMBED_FRAME_ANCESTORS (CSP sources, space-separated, e.g.
 * "https://news.example https://*.news.example"); unset, by any page. The full map only by the site itself.
 */
import { fileURLToPath } from 'node:url';

/** Image hosts of the optional online basemaps (src/map/onlineTileSources.ts; a unit test keeps them equal). */
export const TILE_ORIGINS = ['https://tile.openstreetmap.org', 'https://server.arcgisonline.com'];

/** The pages' Content-Security-Policy, one directive per line. */
export const PAGE_POLICY = {
  'default-src': ["'self'"], // anything not named below: the site itself only
  'script-src': ["'self'"], // no inline script, no eval (zod runs jitless)
  'style-src': ["'self'", "'unsafe-inline'"], // Leaflet and React position elements with style attributes
  'img-src': ["'self'", 'data:', ...TILE_ORIGINS], // the embed narrows this to the one tile server its link chose
  'connect-src': ["'self'"], // the story's data, from the site
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** Sent with every file. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff', // a JSON file is never run as a script
  'Referrer-Policy': 'strict-origin-when-cross-origin', // links out tell only the site's origin
};

/** Files under assets/ have a content hash in their name: they never change, so they are cached for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its name when it changes (pages, geodata/): cached, but checked (ETag) before each use. */
export const REVALIDATE = 'no-cache';

/**
 * The two pages, by every path a host may serve them at: the file, the folder, and the name without ".html" (as
 * file or folder), which Netlify and Cloudflare Pages serve the page at (and `npm start` too). Each form carries
 * the page's policy, so that no URL of a page can be framed without it.
 */
export const PAGE_PATHS = {
  full: ['/', '/index.html', '/index', '/index/'],
  embed: ['/embed.html', '/embed', '/embed/'],
};
/** The embed's page of each chapter of the guided story (scripts/chapterPages.ts), in the same forms: an embed too. */
const CHAPTER_EMBED = /^\/embed-chapter-[a-z0-9_-]+(?:\.html|\/)?$/;

const SOURCE =
  /^(?:'self'|'none'|\*|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(?:\d{1,5}|\*))?(?:\/[A-Za-z0-9._~!$&()*+=@%/-]*)?)$/i;

/**
 * Reads EMBED_FRAME_ANCESTORS: the CSP sources allowed to frame the embed; empty or unset means any page.
 * Anything that is not a plain source list (a ";" or "," that would add a directive, quotes, control
 * characters) is refused, so it can be written into a header and an nginx file as it is.
 * @param {string | undefined} value
 * @returns {{ ok: true, sources: string[] } | { ok: false, message: string }}
 */
export function parseFrameAncestors(value) {
  const sources = (value ?? '').split(' ').filter(Boolean);
  const bad = sources.find((source) => !SOURCE.test(source));
  if (bad !== undefined || /[^\x20-\x7e]/.test(value ?? '')) {
    return {
      ok: false,
      message: `EMBED_FRAME_ANCESTORS: expected CSP sources separated by spaces, such as "https://news.example 'self'", got ${JSON.stringify(value)}`,
    };
  }
  return { ok: true, sources };
}

/**
 * A page's Content-Security-Policy. `frameAncestors` is left out of the <meta> version, where browsers ignore it;
 * an empty list (any page may frame it) is left out too.
 * @param {readonly string[]} [frameAncestors]
 */
export function formatPolicy(frameAncestors = []) {
  const directives = Object.entries(PAGE_POLICY).map(([name, sources]) => `${name} ${sources.join(' ')}`);
  if (frameAncestors.length > 0) directives.push(`frame-ancestors ${frameAncestors.join(' ')}`);
  return directives.join('; ');
}

/** The policy for the pages' <meta> tags. */
export const META_POLICY = formatPolicy();

/**
 * The page a request path (relative to the site's folder, decoded) is, if any, in any case: a host on a file
 * system that ignores case serves "/Index.HTML" as the page.
 * @param {string} pathname
 * @returns {'full' | 'embed' | undefined}
 */
export function pageOf(pathname) {
  const path = pathname.toLowerCase();
  if (PAGE_PATHS.full.includes(path)) return 'full';
  if (PAGE_PATHS.embed.includes(path) || CHAPTER_EMBED.test(path)) return 'embed';
  return undefined;
}

/**
 * Every header for a path of the site (relative to its folder, e.g. "/embed.html" or "/assets/app-1a2b.js").
 * @param {string} pathname
 * @param {{ embedFrameAncestors?: readonly string[] }} [options]
 * @returns {Record<string, string>}
 */
export function headersFor(pathname, options = {}) {
  const page = pageOf(pathname);
  return {
    ...COMMON_HEADERS,
    'Cache-Control': pathname.toLowerCase().startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    ...(page === 'full' ? { 'Content-Security-Policy': formatPolicy(["'self'"]) } : {}),
    ...(page === 'embed' ? { 'Content-Security-Policy': formatPolicy(options.embedFrameAncestors) } : {}),
  };
}

/**
 * `_headers` for Netlify and Cloudflare Pages, for a site at the root of its domain. Each header is set by one
 * rule per path (both hosts merge the headers of every matching rule). No Cache-Control outside assets/: both
 * hosts already revalidate everything else with an ETag.
 * @param {{ embedFrameAncestors?: readonly string[] }} [options]
 */
export function formatHeadersFile(options = {}) {
  const rule = (path, headers) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
  return [
    '# The headers of the map, for Netlify and Cloudflare Pages. Generated by the build from scripts/siteHeaders.mjs.',
    ...rule('/*', COMMON_HEADERS),
    ...rule('/assets/*', { 'Cache-Control': IMMUTABLE }),
    ...PAGE_PATHS.full.flatMap((path) => rule(path, { 'Content-Security-Policy': formatPolicy(["'self'"]) })),
    ...[...PAGE_PATHS.embed, '/embed-chapter-*'].flatMap((path) =>
      rule(path, { 'Content-Security-Policy': formatPolicy(options.embedFrameAncestors) }),
    ),
    '',
  ].join('\n');
}

/**
 * The nginx configuration that sends the same headers, for a site in any folder (docs/HOSTING.md).
 * @param {{ embedFrameAncestors?: readonly string[] }} [options]
 */
export function formatNginxSnippet(options = {}) {
  return [
    '# Generated from scripts/siteHeaders.mjs (node scripts/siteHeaders.mjs --nginx).',
    '# In the http block:',
    'map $uri $story_map_csp {',
    '  default "";',
    `  "~*(^|/)embed(-chapter-[a-z0-9_-]+)?(\\.html|/)?$" "${formatPolicy(options.embedFrameAncestors)}";`,
    `  "~*(^|/)(index(\\.html|/)?)?$" "${formatPolicy(["'self'"])}";`,
    '}',
    'map $uri $story_map_cache {',
    `  default "${REVALIDATE}";`,
    `  "~/assets/" "${IMMUTABLE}";`,
    '}',
    '# In the server or location block that serves the built site:',
    'add_header Content-Security-Policy $story_map_csp always;',
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
    'add_header Cache-Control $story_map_cache always;',
    'etag on;',
    'gzip_static on;  # serves the .gz files the build writes next to each text file',
    'gzip_vary on;',
    '# brotli_static on;  # with the ngx_brotli module: serves the .br files',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ancestors = parseFrameAncestors(process.env.EMBED_FRAME_ANCESTORS);
  if (!ancestors.ok) {
    console.error(ancestors.message);
    process.exit(1);
  }
  const options = { embedFrameAncestors: ancestors.sources };
  process.stdout.write(process.argv.includes('--nginx') ? formatNginxSnippet(options) : formatHeadersFile(options));
}
