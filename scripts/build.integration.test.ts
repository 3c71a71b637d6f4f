// @vitest-environment jsdom
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFRESH_TITLE, withDeepProperty } from '../src/test/hostileData';

let scratch: string;
const SECRET = '{"secret": "SECRET-CONTENT"}';

/**
 * Runs `vite build` with the project's config on a copy of the story (STORY), into a folder of the scratch
 * space: never into dist/, never outside the scratch space.
 */
function build(
  name: string,
  env: Record<string, string>,
  prepare: (story: string) => void = () => {},
  source = 'geodata',
) {
  const story = join(scratch, `${name}-story`);
  const outDir = join(scratch, `${name}-dist`);
  cpSync(source, story, { recursive: true });
  prepare(story);
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    // NO_COLOR: picocolors colours its output when CI is set, and the messages are compared as plain text.
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SITE_URL: '', EMBED_FRAME_ANCESTORS: '', STORY: story, ...env },
    },
  );
  return { status: result.status, stderr: result.stderr, outDir };
}

/** Every entry under a folder that is a symbolic link, and the text of every file. */
function walk(folder: string): { links: string[]; texts: string[] } {
  const links: string[] = [];
  const texts: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink()) links.push(path);
    else if (entry.isFile()) texts.push(readFileSync(path, 'latin1'));
  }
  return { links, texts };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'build-'));
  writeFileSync(join(scratch, 'secret.json'), SECRET);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run build', { timeout: 120_000 }, () => {
  it('stops with one line naming a symbolic link in the story folder, and publishes nothing', () => {
    const { status, stderr, outDir } = build('link', {}, (story) => {
      symlinkSync(join(scratch, 'secret.json'), join(story, 'basemap', 'leak.json'));
    });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'error during build:',
      expect.stringMatching(
        /link-story\/basemap\/leak\.json: is a symbolic link; expected a regular file or folder \(copy the file in, the build publishes no link\)$/,
      ),
    ]);
    expect(stderr).not.toContain('SECRET-CONTENT');
    expect(existsSync(outDir) ? walk(outDir).texts.join('') : '').not.toContain('SECRET-CONTENT');
  });

  it('stops with one line naming a hard link in the story folder, and publishes nothing of it', () => {
    const { status, stderr, outDir } = build('hard-link', {}, (story) => {
      linkSync(join(scratch, 'secret.json'), join(story, 'leak.txt'));
    });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'error during build:',
      expect.stringMatching(
        /hard-link-story\/leak\.txt: is a hard link \(one of 2 names of a file\); expected a file of its own \(copy the file in: the tools follow no link\)$/,
      ),
    ]);
    expect(stderr).not.toContain('SECRET-CONTENT');
    expect(existsSync(outDir) ? walk(outDir).texts.join('') : '').not.toContain('SECRET-CONTENT');
  });

  it('stops with one line for an events file nested 10,000 deep, without a stack trace', () => {
    const { status, stderr } = build('deep', {}, (story) => {
      const path = join(story, 'events.geojson');
      writeFileSync(path, withDeepProperty(readFileSync(path, 'utf8')));
    });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'error during build:',
      expect.stringMatching(/deep-story\/events\.geojson: nested too deeply \(limit 64\)$/),
    ]);
  });

  it.each([
    ['https://news.example/"><meta http-equiv="refresh" content="0;url=https://evil.example">'],
    ['javascript:alert(document.domain)'],
    ['/interactive/my-story/'],
  ])('stops with one line for SITE_URL=%j', (siteUrl) => {
    const { status, stderr } = build('site-url', { SITE_URL: siteUrl });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'error during build:',
      `SITE_URL: expected the absolute http(s) URL of the site's folder, such as https://news.example/interactive/my-story/, got ${JSON.stringify(siteUrl)}`,
    ]);
  });

  it('stops with one line for an EMBED_FRAME_ANCESTORS that would add to the policy', () => {
    const { status, stderr } = build('ancestors', {
      EMBED_FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'",
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error during build:\nEMBED_FRAME_ANCESTORS: expected CSP sources/);
  });

  it('names the file, line and column of invalid JSON in the story folder', () => {
    const { status, stderr } = build('json', {}, (story) => {
      writeFileSync(
        join(story, 'basemap', 'countries.json'),
        '{\n  "type": "FeatureCollection",\n  "features": [,]\n}',
      );
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/json-story\/basemap\/countries\.json: invalid JSON at line 3, column 16: /);
  });

  it('stops on an invalid basemap manifest, one line per problem naming the file, the layer and the field', () => {
    const { status, stderr } = build('manifest', {}, (story) => {
      const path = join(story, 'basemap', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.layers[1].role = 'roads';
      manifest.layers[2].file = 'basemap/missing.json';
      writeFileSync(path, JSON.stringify(manifest));
    });
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /manifest-story\/basemap\/manifest\.json: layer "afghanistan": role: expected a role: "land", "boundary", "area", "river", "lake", "places", "streets", "street_labels"$/,
    );
    expect(lines[2]).toMatch(
      /manifest-story\/basemap\/manifest\.json: layer "provinces": file: expected a file at "basemap\/missing\.json" in the story folder, found none$/,
    );
  });

  it('publishes a story with a byte order mark, the site’s address escaped, headers and compressed copies', () => {
    const { status, stderr, outDir } = build(
      'good',
      { SITE_URL: 'https://news.example/interactive/story' },
      (story) => {
        const config = readFileSync(join(story, 'story.json'), 'utf8');
        writeFileSync(join(story, 'story.json'), `\uFEFF${config}`);
      },
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    const story = JSON.parse(readFileSync('geodata/story.json', 'utf8'));
    const image = `https://news.example/interactive/story/${story.publication.social_image.file}`;
    expect(page).toContain(`<meta property="og:image" content="${image}" />`);
    expect(existsSync(join(outDir, story.publication.social_image.file))).toBe(true);
    // The first paint carries the story's title (from story.json, read past its byte order mark).
    expect(page).toContain(`<h1>${story.title}</h1>`);
    expect(readFileSync(join(outDir, 'embed.html'), 'utf8')).toContain(`<h1>${story.title}</h1>`);
    // The story's files are preloaded as they are published (not copied into assets/).
    expect(page).toContain('<link rel="preload" href="geodata/events.geojson" as="fetch" crossorigin="anonymous">');
    expect(page).toMatch(
      /<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; /,
    );
    const config = readFileSync(join(outDir, 'geodata', 'story.json'), 'utf8');
    expect(config.charCodeAt(0)).not.toBe(0xfeff);
    expect(JSON.parse(config).time_zone.id).toBe(story.time_zone.id);
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toContain("frame-ancestors 'self'");
    expect(brotliDecompressSync(readFileSync(join(outDir, 'index.html.br'))).toString()).toBe(page);
    expect(walk(outDir).links).toEqual([]);
  });

  it('writes titles and file names with $ patterns into the pages as text, whatever they hold', () => {
    const { status, stderr, outDir } = build('dollars', {}, (story) => {
      const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
      config.title = 'A title ending in $`';
      config.chapters[0].title = REFRESH_TITLE;
      const image = config.publication.social_image.file;
      config.publication.social_image.file = "snapshots/a$'.png";
      cpSync(join(story, image), join(story, "snapshots/a$'.png"));
      writeFileSync(join(story, 'story.json'), JSON.stringify(config));
    });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const chapters = JSON.parse(readFileSync('geodata/story.json', 'utf8')).chapters;
    const chapterPage = readFileSync(join(outDir, `embed-chapter-${chapters[0].id}.html`), 'utf8');
    const embed = readFileSync(join(outDir, 'embed.html'), 'utf8');
    for (const page of [chapterPage, embed, readFileSync(join(outDir, 'index.html'), 'utf8')]) {
      // As a browser reads it: one <meta http-equiv>, the policy (no refresh), and the title as written.
      const document = new DOMParser().parseFromString(page, 'text/html');
      const equivs = [...document.querySelectorAll('meta[http-equiv]')].map((meta) => meta.getAttribute('http-equiv'));
      expect(equivs).toEqual(['Content-Security-Policy']);
      expect(document.querySelector('h1')?.textContent).toBe('A title ending in $`');
    }
    const escapedTitle = REFRESH_TITLE.replaceAll("'", '&#39;');
    expect(chapterPage).toContain(`alt="Map of the chapter “${escapedTitle}”"`);
    expect(chapterPage).toContain(`Here is the map at the chapter “${escapedTitle}”.`);
    expect(embed).toContain('<img src="snapshots/a%24&#39;.png"');
    expect(embed.match(/<style>@media print[^<]*<\/style>/g)).toEqual([
      '<style>@media print { body::before { content: url("snapshots/a%24\\27 .png") !important; } }</style>',
    ]);
  });

  it('publishes another story’s metadata from its story.json, escaped, and nothing of the default story', () => {
    const hostile = '"><script>alert(1)</script>';
    const { status, stderr, outDir } = build(
      'fixture',
      { SITE_URL: 'https://news.example/maps/fire/' },
      (story) => {
        const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
        config.publication.description = `A fixture story ${hostile}`;
        writeFileSync(join(story, 'story.json'), JSON.stringify(config));
      },
      'e2e/fixtures/test-story',
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const pages = readdirSync(outDir).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(['embed-chapter-fire-starts.html', 'embed.html', 'index.html']);
    for (const name of pages) {
      const html = readFileSync(join(outDir, name), 'utf8');
      expect(html).not.toMatch(/kabul|airlift/i);
      expect(html).not.toContain('{{');
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('<html lang="en" data-embed-id="test-harbour-fire">');
      expect(html).toContain('<meta property="og:title" content="Test data: a harbour fire (fixture): ');
      expect(html).toContain(
        '<meta property="og:description" content="A fixture story &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />',
      );
      expect(html).toContain(
        '<link rel="alternate" type="application/json+oembed" href="https://news.example/maps/fire/oembed.json" title="Test data: a harbour fire (fixture): interactive map" />',
      );
      // The fixture has no image: no preview tags, rather than a broken one.
      expect(html).not.toContain('og:image');
    }
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain(
      '<title>Test data: a harbour fire (fixture): an interactive map</title>',
    );
    const oembed = JSON.parse(readFileSync(join(outDir, 'oembed.json'), 'utf8'));
    expect(oembed.title).toBe('Test data: a harbour fire (fixture)');
    expect(oembed.html).toContain(
      '<iframe id="test-harbour-fire" title="Interactive map: Test data: a harbour fire (fixture)" src="https://news.example/maps/fire/embed.html?id=test-harbour-fire"',
    );
    expect(JSON.stringify(oembed)).not.toMatch(/kabul|airlift/i);
    expect(existsSync(join(outDir, 'snapshots'))).toBe(false);
  });

  it('stops with one line per problem of story.json’s publication, naming the field', () => {
    const { status, stderr } = build('publication', {}, (story) => {
      const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
      config.publication.social_image.file = '../secret.png';
      config.publication.embed_id = '1 bad';
      writeFileSync(join(story, 'story.json'), JSON.stringify(config));
    });
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'error during build:',
      expect.stringMatching(
        /publication-story\/story\.json: publication\.social_image\.file: expected a path inside the story folder/,
      ),
      expect.stringMatching(/publication-story\/story\.json: publication\.embed_id: expected an embed id/),
    ]);
  });

  it('stops when the social image story.json names is not in the story folder', () => {
    const { status, stderr } = build('image', {}, (story) => {
      rmSync(join(story, 'snapshots', '2021-08-30-rockets.png'));
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /image-story\/story\.json: publication\.social_image\.file: expected an image in the story folder, but there is no regular file "snapshots\/2021-08-30-rockets\.png"/,
    );
  });
});
