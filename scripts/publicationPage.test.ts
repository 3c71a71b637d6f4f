import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toPublication } from '../src/domain/configFromData';
import { buildOembed, fillPublication, publicationPageValues } from './publicationPage';

const HOSTILE = `"><script>alert(1)</script><meta x='`;
const publication = toPublication(
  {
    page_title: `Title ${HOSTILE}`,
    description: `Description ${HOSTILE}`,
    social_image: { file: 'snapshots/fire.png', alt: `Alt ${HOSTILE}`, caption: `Caption ${HOSTILE}` },
    oembed_provider: { name: `Provider ${HOSTILE}`, url: 'https://news.example/' },
    embed_id: 'harbour-fire',
  },
  { title: 'Test data: a harbour fire', subtitle: 'None of this happened.' },
);
const image = publication.socialImage;

/** Both pages as the build fills them. */
function filledPages(values: Record<string, string | undefined>): string[] {
  return ['index.html', 'embed.html'].map((page) => {
    const filled = fillPublication(readFileSync(page, 'utf8'), values);
    expect(filled.unknown).toEqual([]);
    return filled.html;
  });
}

describe('the pages’ publication metadata', () => {
  it('escapes hostile text from the data in every tag of both pages: no element, no attribute escapes', () => {
    for (const html of filledPages(publicationPageValues(publication, image, ''))) {
      expect(html).not.toContain('<script>alert');
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(html.match(/<meta /g)).toHaveLength(12);
      expect(html).not.toMatch(/\{\{publication\.[a-z_]+\}\}/);
      const escaped = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;meta x=&#39;';
      expect(html).toContain(`<title>Title ${escaped}`);
      expect(html).toContain(`<meta name="description" content="Description ${escaped}" />`);
      expect(html).toContain(`<meta property="og:title" content="Title ${escaped}`);
      expect(html).toContain(`<meta property="og:description" content="Description ${escaped}" />`);
      expect(html).toContain(`<meta property="og:image:alt" content="Alt ${escaped}" />`);
      expect(html).toContain(`href="oembed.json" title="Title ${escaped}: interactive map" />`);
      expect(html).toContain('<html lang="en" data-embed-id="harbour-fire">');
    }
    const embed = filledPages(publicationPageValues(publication, image, ''))[1] as string;
    expect(embed).toContain(`<strong>Title ${'&quot;&gt;&lt;script&gt;'}`);
    expect(embed).toContain(`<span class="fallback-caption">Caption &quot;&gt;&lt;script&gt;`);
    expect(embed).toContain(`<img src="snapshots/fire.png" width="1200" height="675" alt="Alt &quot;&gt;`);
  });

  it('makes the image and oEmbed URLs absolute under the site’s address', () => {
    const [index] = filledPages(publicationPageValues(publication, image, 'https://news.example/maps/fire/'));
    expect(index).toContain('<meta property="og:image" content="https://news.example/maps/fire/snapshots/fire.png" />');
    expect(index).toContain('href="https://news.example/maps/fire/oembed.json"');
    expect(index).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('leaves out the image’s lines when the story has no image, and says "summary" to Twitter', () => {
    for (const html of filledPages(publicationPageValues(publication, undefined, ''))) {
      expect(html).not.toContain('og:image');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('fallback-caption');
      expect(html).toContain('<meta name="twitter:card" content="summary" />');
    }
  });

  it('names a placeholder no story has, rather than publish it', () => {
    expect(fillPublication('<p>{{publication.titel}}</p>', {}).unknown).toEqual(['titel']);
  });
});

describe('buildOembed', () => {
  it('describes the default embed in JSON, its strings escaped in the embed code', () => {
    const oembed = JSON.parse(buildOembed(publication, image, 'https://news.example/maps/fire/'));
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: `Title ${HOSTILE}`,
      provider_name: `Provider ${HOSTILE}`,
      provider_url: 'https://news.example/',
      thumbnail_url: 'https://news.example/maps/fire/snapshots/fire.png',
      thumbnail_width: 1200,
      thumbnail_height: 675,
    });
    expect(oembed.html).toContain('<iframe id="harbour-fire" title="Interactive map: Title &quot;&gt;&lt;script&gt;');
    expect(oembed.html).toContain('src="https://news.example/maps/fire/embed.html?id=harbour-fire"');
  });

  it('leaves out the provider and thumbnail a story does not have', () => {
    const plain = toPublication(undefined, { title: 'A fire', subtitle: 'x' });
    expect(Object.keys(JSON.parse(buildOembed(plain, undefined, '')))).toEqual([
      'version',
      'type',
      'title',
      'width',
      'height',
      'html',
    ]);
  });
});
