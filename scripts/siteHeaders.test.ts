import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONLINE_TILE_SOURCES } from '../src/map/onlineTileSources';
import { SUB_PATH, siteFileCandidates } from './serve.mjs';
import {
  formatHeadersFile,
  formatNginxSnippet,
  formatPolicy,
  headersFor,
  META_POLICY,
  pageOf,
  parseFrameAncestors,
  TILE_ORIGINS,
} from './siteHeaders.mjs';

const BASE =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://tile.openstreetmap.org https://server.arcgisonline.com; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

describe('the site’s headers', () => {
  it('let only the site frame the full map, and any page, or those listed, frame the embed', () => {
    expect(headersFor('/')['Content-Security-Policy']).toBe(`${BASE}; frame-ancestors 'self'`);
    expect(headersFor('/index.html')['Content-Security-Policy']).toBe(`${BASE}; frame-ancestors 'self'`);
    expect(headersFor('/embed.html')['Content-Security-Policy']).toBe(BASE);
    expect(
      headersFor('/embed.html', { embedFrameAncestors: ['https://news.example'] })['Content-Security-Policy'],
    ).toBe(`${BASE}; frame-ancestors https://news.example`);
  });

  it('keep frame-ancestors out of the <meta> policy, where browsers ignore it', () => {
    expect(META_POLICY).toBe(BASE);
    expect(formatPolicy([])).toBe(BASE);
  });

  it('send nosniff and the referrer policy with every file, and a year’s caching only for hashed assets', () => {
    for (const path of ['/', '/embed.html', '/assets/app-1a2b.js', '/geodata/events.geojson', '/oembed.json']) {
      expect(headersFor(path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      });
    }
    expect(headersFor('/assets/app-1a2b.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('/geodata/events.geojson')['Cache-Control']).toBe('no-cache');
    expect(headersFor('/geodata/events.geojson')['Content-Security-Policy']).toBeUndefined();
  });

  it('allow images from exactly the online basemaps the map offers', () => {
    expect([...TILE_ORIGINS].sort()).toEqual(
      Object.values(ONLINE_TILE_SOURCES)
        .map((source) => `https://${source.host}`)
        .sort(),
    );
  });
});

describe('parseFrameAncestors', () => {
  it('reads a list of CSP sources; empty means any page', () => {
    expect(parseFrameAncestors(undefined)).toEqual({ ok: true, sources: [] });
    expect(parseFrameAncestors('')).toEqual({ ok: true, sources: [] });
    expect(parseFrameAncestors("https://news.example https://*.news.example:443 'self' https:")).toEqual({
      ok: true,
      sources: ['https://news.example', 'https://*.news.example:443', "'self'", 'https:'],
    });
  });

  it.each([
    ["https://news.example; script-src 'unsafe-inline'"],
    ['https://news.example,https://evil.example'],
    ['"https://news.example"'],
    ['https://news.example\nX-Evil: 1'],
    ["'unsafe-inline'"],
    ['https://news.example/path"'],
  ])('refuses %j, which would add to the policy or break the header', (value) => {
    const result = parseFrameAncestors(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^EMBED_FRAME_ANCESTORS: expected CSP sources/);
  });
});

describe('the headers for hosts', () => {
  it('give each page one policy in _headers (Netlify and Cloudflare Pages merge matching rules)', () => {
    const rules = new Map<string, string[]>();
    let path = '';
    for (const line of formatHeadersFile().split('\n')) {
      if (line.startsWith('/')) path = line;
      else if (line.startsWith('  ')) rules.set(path, [...(rules.get(path) ?? []), line.trim()]);
    }
    expect(rules.get('/*')).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]);
    expect(rules.get('/assets/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.get('/')).toEqual([`Content-Security-Policy: ${BASE}; frame-ancestors 'self'`]);
    expect(rules.get('/embed.html')).toEqual([`Content-Security-Policy: ${BASE}`]);
  });

  it('are documented for nginx exactly as generated', () => {
    expect(readFileSync('docs/HOSTING.md', 'utf8')).toContain(formatNginxSnippet());
  });
});

describe('chapter pages', () => {
  it('are embeds: framed as the embed is, by the same policy', () => {
    expect(pageOf('/embed-chapter-abbey-gate.html')).toBe('embed');
    expect(pageOf('/embed-chapter-../x.html')).toBeUndefined();
    expect(formatHeadersFile()).toContain('/embed-chapter-*');
  });
});

describe('every URL of a page, on every host', () => {
  /** The files of a built site, and the URLs a reader or a foreign page may ask for them by. */
  const SITE_FILES = new Set([
    '/index.html',
    '/embed.html',
    '/embed-chapter-abbey-gate.html',
    '/geodata/events.geojson',
    '/assets/app-1a2b.js',
    '/oembed.json',
    '/snapshots/a.png',
  ]);
  const FORMS = [
    ...['/', '/index.html', '/index', '/index/', '/Index.HTML', '/%69ndex.html', '//index.html', '/index.html/'],
    ...['/embed.html', '/embed', '/embed/', '/EMBED.html', '/%65mbed.html', '/embed-chapter-abbey-gate'],
    ...['/embed-chapter-abbey-gate.html', '/embed-chapter-abbey-gate/', '/geodata/events.geojson'],
    ...['/assets/app-1a2b.js', '/oembed.json', '/snapshots/a.png', `${SUB_PATH}embed`, `${SUB_PATH}index`],
  ];
  const ancestors = { embedFrameAncestors: ['https://news.example'] };

  /** The policy npm start's server sends with a URL: that of the file it serves (on a file system that ignores case). */
  function serverPolicy(url: string): string | undefined | null {
    const name = siteFileCandidates(url).find((candidate) => SITE_FILES.has(candidate.toLowerCase()));
    return name === undefined ? null : (headersFor(name, ancestors)['Content-Security-Policy'] ?? undefined);
  }

  /** The path a host matches its rules against, as nginx's $uri: decoded, slashes merged. */
  const hostPath = (url: string) => decodeURIComponent(url).replace(/\/{2,}/g, '/');

  /** The policy Netlify or Cloudflare Pages send from _headers: every matching rule's, merged. */
  function headersFilePolicy(url: string): string | undefined {
    const policies: string[] = [];
    let matches = false;
    for (const line of formatHeadersFile(ancestors).split('\n')) {
      if (line.startsWith('/')) {
        const pattern = line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
        matches = new RegExp(`^${pattern}$`, 'i').test(hostPath(url));
      } else if (matches && line.startsWith('  Content-Security-Policy: ')) {
        policies.push(line.slice('  Content-Security-Policy: '.length));
      }
    }
    expect(policies.length, url).toBeLessThanOrEqual(1);
    return policies[0];
  }

  /** The policy nginx sends with the snippet of docs/HOSTING.md: the first map entry whose regex matches. */
  function nginxPolicy(url: string): string | undefined {
    const snippet = formatNginxSnippet(ancestors);
    const map = snippet.slice(snippet.indexOf('map $uri $story_map_csp {'), snippet.indexOf('}'));
    for (const line of map.split('\n')) {
      const entry = /^ {2}"~(\*?)(.*)" "(.*)";$/.exec(line);
      if (entry && new RegExp(entry[2] as string, entry[1] ? 'i' : '').test(hostPath(url))) return entry[3];
    }
    return undefined;
  }

  it.each(FORMS)('%s gets the policy of the file it serves, from npm start, _headers and nginx alike', (url) => {
    const policy = serverPolicy(url);
    if (policy === null) return;
    expect(nginxPolicy(url)).toBe(policy);
    if (!url.startsWith(SUB_PATH)) expect(headersFilePolicy(url)).toBe(policy);
  });

  it('sends each page’s policy with every URL of it', () => {
    const full = formatPolicy(["'self'"]);
    const embed = formatPolicy(ancestors.embedFrameAncestors);
    const policies = Object.fromEntries(FORMS.map((url) => [url, serverPolicy(url)]));
    for (const url of [
      '/',
      '/index.html',
      '/index',
      '/Index.HTML',
      '/%69ndex.html',
      '//index.html',
      `${SUB_PATH}index`,
    ]) {
      expect(policies[url], url).toBe(full);
    }
    for (const url of ['/embed.html', '/embed', '/EMBED.html', '/%65mbed.html', `${SUB_PATH}embed`]) {
      expect(policies[url], url).toBe(embed);
    }
    for (const url of ['/embed-chapter-abbey-gate', '/embed-chapter-abbey-gate.html']) {
      expect(policies[url], url).toBe(embed);
    }
    // No file at these: answered 404.
    for (const url of ['/index/', '/index.html/', '/embed/', '/embed-chapter-abbey-gate/']) {
      expect(policies[url], url).toBeNull();
    }
    expect(policies['/geodata/events.geojson']).toBeUndefined();
  });
});
