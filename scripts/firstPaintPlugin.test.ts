// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORY_FILES } from '../src/domain/storyFilePath';
import { REPLACEMENT_PATTERNS } from '../src/test/hostileData';
import { fillFirstPaint, fillOpeningView, readFirstPaintText, storyPreloadTags } from './firstPaintPlugin';

const scratch = mkdtempSync(join(tmpdir(), 'first-paint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the pages’ first paint', () => {
  it('carries the story’s title and subtitle from story.json, escaped', () => {
    writeFileSync(
      join(scratch, 'story.json'),
      `\uFEFF${JSON.stringify({ title: 'Kabul <script>alert(1)</script> & "after"', subtitle: 'A > B' })}`,
    );
    const html = fillFirstPaint('<h1>{{story.title}}</h1><p>{{story.subtitle}}</p>', readFirstPaintText(scratch));
    expect(html).toBe('<h1>Kabul &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;after&quot;</h1><p>A &gt; B</p>');
  });

  it.each([['A title ending in $`'], ["A title with $' and $& inside"], [REPLACEMENT_PATTERNS]])(
    'writes the title %j as text, expanding no $ pattern',
    (title) => {
      const page = fillFirstPaint('<h1>{{story.title}}</h1><p>{{story.subtitle}}</p>', { title, subtitle: '$`' });
      const document = new DOMParser().parseFromString(page, 'text/html');
      expect(document.querySelector('h1')?.textContent).toBe(title.replace('\u0000', '\uFFFD'));
      expect(document.querySelector('p')?.textContent).toBe('$`');
      expect(document.body.children).toHaveLength(2);
    },
  );

  it('is left without text when story.json cannot be read (validation says why)', () => {
    expect(readFirstPaintText(join(scratch, 'missing'))).toEqual({ title: '', subtitle: '' });
  });

  it('preloads the very files the page fetches, as fetch() asks for them', () => {
    expect(storyPreloadTags().map((tag) => tag.attrs)).toEqual(
      Object.values(STORY_FILES).map((href) => ({ rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' })),
    );
  });

  it('has a place for the title in both pages, and for the subtitle', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).toContain('<h1>{{story.title}}</h1>');
      expect(html, page).toContain('{{story.subtitle}}');
      expect(html, page).toContain('id="first-paint"');
      // The map's box as the app's: its area with the opening view's image, and the credits under it.
      expect(html, page).toContain('<div class="map-area"><div class="map">');
      expect(html, page).toContain('{{story.opening_view}}');
      expect(html, page).toContain('<div class="map-attribution">{{story.credits}}</div>');
    }
  });

  it('writes the map’s credits as the map does, escaped, and the opening view’s image where there is one', () => {
    writeFileSync(
      join(scratch, 'story.json'),
      JSON.stringify({
        title: 'T',
        subtitle: 'S',
        initial_bounds: [69.115, 34.505, 69.245, 34.6],
        publication: { attribution: [{ text: 'Natural <Earth>' }, { text: 'geoBoundaries', licence: 'CC BY 4.0' }] },
      }),
    );
    const text = readFirstPaintText(scratch);
    expect(fillFirstPaint('<p>{{story.credits}}</p>', text)).toBe(
      '<p>Natural &lt;Earth&gt; · geoBoundaries (CC BY 4.0) · Leaflet</p>',
    );
    expect(fillOpeningView('<div>{{story.opening_view}}</div>', text, 'full')).toBe('<div></div>');
    mkdirSync(join(scratch, 'snapshots'));
    writeFileSync(join(scratch, 'snapshots', 'opening-z12-light-600x813.webp'), '');
    expect(fillOpeningView('{{story.opening_view}}', readFirstPaintText(scratch), 'full')).toContain(
      'srcset="snapshots/opening-z12-light-600x813.webp"',
    );
  });
});
