import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from './parseSiteUrl';

describe('parseSiteUrl', () => {
  it('uses relative URLs when SITE_URL is unset or empty', () => {
    expect(parseSiteUrl(undefined)).toEqual({ ok: true, base: '' });
    expect(parseSiteUrl('')).toEqual({ ok: true, base: '' });
  });

  it('accepts an absolute http(s) URL, as the folder of the site', () => {
    expect(parseSiteUrl('https://news.example/interactive/2021/harbour-fire')).toEqual({
      ok: true,
      base: 'https://news.example/interactive/2021/harbour-fire/',
    });
    expect(parseSiteUrl('http://localhost:8080/')).toEqual({ ok: true, base: 'http://localhost:8080/' });
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//news.example/my-story/'],
    ['/interactive/my-story/'],
    ['news.example/my-story/'],
    ['ftp://news.example/my-story/'],
    ['https://news.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['https://news.example/my-story/\n<meta http-equiv="refresh">'],
    ['https://news.example/"><meta/http-equiv=refresh/content=0;url=https://evil.example>'],
    ["https://news.example/'onload='alert(1)"],
    ['https://news.example/ my-story/'],
    ['https://user:secret@news.example/my-story/'],
    ['https://news.example/my-story/?a=1'],
    ['https://news.example/my-story/#top'],
    ['https://'],
  ])('refuses %j with one line naming SITE_URL', (value) => {
    const result = parseSiteUrl(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^SITE_URL: expected the absolute http\(s\) URL of the site's folder/);
      expect(result.message).not.toContain('\n');
    }
  });
});
