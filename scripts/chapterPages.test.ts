import { describe, expect, it } from 'vitest';
import { chapterEmbedPages } from './chapterPages';

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
    { previewImage: 'snapshots/default.png', hasSnapshot: (file) => file === 'snapshots/chapter-abbey-gate.png' },
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
    });
    expect(page?.html).not.toContain('snapshots/');
    expect(page?.html).not.toContain('@media print');
  });
});
