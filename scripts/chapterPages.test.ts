// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { REFRESH_TITLE, REPLACEMENT_PATTERNS } from '../src/test/hostileData';
import { addPrintImage, chapterEmbedPages } from './chapterPages';

const EMBED = `<html><head>
<meta property="og:image" content="snapshots/default.png" />
<meta property="og:image:alt" content="The default view" />
</head><body><div class="map"><p>Note</p><picture><source media="(max-width: 599px)" srcset="snapshots/opening-z12-light-600x813.webp" /><img class="opening-view" id="opening-view" alt="" src="snapshots/opening-z12-light-600x813.webp" /></picture></div><noscript><p>Needs JavaScript. <span class="fallback-caption">Here is the default view.</span></p>
<img src="snapshots/default.png" width="1200" height="675" alt="The default view" /></noscript></body></html>`;

describe('chapterEmbedPages', () => {
  const pages = chapterEmbedPages(
    EMBED,
    [
      { id: 'abbey-gate', title: 'A bombing <at> Abbey Gate' },
      { id: 'no-image', title: 'Not rendered yet' },
    ],
    {
      previewImage: 'snapshots/default.png',
      hasSnapshot: (file) => file === 'snapshots/chapter-abbey-gate.png',
      base: '',
    },
  );

  it('gives each chapter a page whose static, social and print image is its own snapshot', () => {
    const page = pages[0];
    expect(page?.fileName).toBe('embed-chapter-abbey-gate.html');
    expect(page?.html).toContain('<img src="snapshots/chapter-abbey-gate.png"');
    expect(page?.html).toContain('<meta property="og:image" content="snapshots/chapter-abbey-gate.png"');
    expect(page?.html).toContain('content: url("snapshots/chapter-abbey-gate.png")');
    expect(page?.html).not.toContain('snapshots/default.png');
  });

  it('leaves out the image of the story’s opening view: a chapter opens on its own', () => {
    expect(EMBED).toContain('opening-view');
    for (const page of pages) {
      expect(page.html).not.toContain('opening');
      expect(page.html).toContain('<div class="map"><p>Note</p></div>');
    }
  });

  it('names the chapter in the caption and alt texts, escaped', () => {
    expect(pages[0]?.html).toContain('Here is the map at the chapter “A bombing &lt;at&gt; Abbey Gate”.');
    expect(pages[0]?.html).toContain('alt="Map of the chapter “A bombing &lt;at&gt; Abbey Gate”"');
  });

  it('keeps the default image for a chapter whose snapshot has not been rendered', () => {
    expect(pages[1]?.html).toContain('<img src="snapshots/default.png"');
  });

  it('adds no image and no print rule for a story without an image', () => {
    const plain = '<html><head>\n</head><body><noscript><p>Needs JavaScript.</p></noscript></body></html>';
    const [page] = chapterEmbedPages(plain, [{ id: 'one', title: 'One' }], {
      previewImage: undefined,
      hasSnapshot: () => true,
      base: '',
    });
    expect(page?.html).not.toContain('snapshots/');
    expect(page?.html).not.toContain('@media print');
  });
});

describe('chapter pages from hostile data', () => {
  /** What a browser reads from a page. */
  function read(page: string) {
    const document = new DOMParser().parseFromString(page, 'text/html');
    return {
      refresh: document.querySelectorAll('meta[http-equiv]').length,
      alt: document.querySelector('img')?.getAttribute('alt'),
      src: document.querySelector('img')?.getAttribute('src'),
      imageAlt: document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content'),
      caption: document.querySelector('.fallback-caption')?.textContent,
      styles: [...document.querySelectorAll('style')].map((style) => style.textContent),
      noscripts: document.querySelectorAll('noscript').length,
    };
  }
  const make = (title: string, previewImage = 'snapshots/default.png') =>
    chapterEmbedPages(EMBED, [{ id: 'one', title }], { previewImage, hasSnapshot: () => false, base: '' })[0]
      ?.html as string;

  it('write a title built to add a refresh as text: no $ pattern expands', () => {
    expect(read(make(REFRESH_TITLE))).toMatchObject({
      refresh: 0,
      alt: `Map of the chapter “${REFRESH_TITLE}”`,
      imageAlt: `Map of the chapter “${REFRESH_TITLE}”`,
      caption: `Here is the map at the chapter “${REFRESH_TITLE}”.`,
    });
  });

  it('write every $ pattern, quote, tag, newline and NUL of a title as text', () => {
    const title = REPLACEMENT_PATTERNS.replace('\u0000', '\uFFFD');
    expect(read(make(REPLACEMENT_PATTERNS))).toMatchObject({
      refresh: 0,
      alt: `Map of the chapter “${title}”`,
      caption: `Here is the map at the chapter “${title}”.`,
    });
  });

  it("keep a social image named a$'.png in its attribute and its print rule", () => {
    const page = read(make('One', "snapshots/a$'.png"));
    expect(page.src).toBe("snapshots/a%24'.png");
    expect(page.styles).toEqual([
      '@media print { body::before { content: url("snapshots/a%24\\27 .png") !important; } }',
    ]);
    expect(page.noscripts).toBe(1);
    const printed = read(addPrintImage(EMBED, "https://news.example/a$'$`.png"));
    expect(printed.styles).toEqual([
      '@media print { body::before { content: url("https://news.example/a\\24 \\27 \\24 \\60 .png") !important; } }',
    ]);
    expect(printed.noscripts).toBe(1);
  });
});
