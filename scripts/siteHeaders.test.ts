import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ONLINE_TILE_SOURCES } from '../src/map/onlineTileSources';
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
