import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDeepProperty } from '../src/test/hostileData';

let scratch: string;
const SECRET = 'This sentence is a secret. It must never be printed.';

/** Runs npm run validate on a copy of the story whose story.json has `file` as its source article. */
function validateWithSourceArticle(file: string): { status: number | null; output: string } {
  return validateCopy((story) => {
    const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
    config.source_article.file = file;
    writeFileSync(join(story, 'story.json'), JSON.stringify(config));
    symlinkSync(join(scratch, 'secret.txt'), join(story, 'sources', 'link.txt'));
  });
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'validate-'));
  writeFileSync(join(scratch, 'secret.txt'), SECRET);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run validate', { timeout: 60_000 }, () => {
  it.each([['../../secret.txt'], ['../secret.txt'], ['sources/link.txt']])(
    'refuses a source article at %s, naming the field and printing nothing of the file',
    (file) => {
      const { status, output } = validateWithSourceArticle(file);
      expect(status).toBe(1);
      expect(output).toMatch(/story\.json: source_article\.file: expected /);
      expect(output).not.toContain('never be printed');
    },
  );

  it('refuses a social image that is not in the story folder, naming the field', () => {
    const story = mkdtempSync(join(scratch, 'image-'));
    cpSync('geodata', story, { recursive: true });
    const config = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
    config.publication.social_image.file = 'snapshots/missing.png';
    writeFileSync(join(story, 'story.json'), JSON.stringify(config));
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', story], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/story\.json: publication\.social_image\.file: /);
  });
});

/** Runs npm run validate on a copy of the story after `prepare` has changed it. */
function validateCopy(prepare: (story: string) => void): { status: number | null; output: string } {
  const story = mkdtempSync(join(scratch, 'story-'));
  cpSync('geodata', story, { recursive: true });
  prepare(story);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', story], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run validate, on hostile nesting', { timeout: 60_000 }, () => {
  it('says in one line that a file is nested too deeply, without a stack trace', () => {
    const { status, output } = validateCopy((story) => {
      const path = join(story, 'events.geojson');
      writeFileSync(path, withDeepProperty(readFileSync(path, 'utf8')));
    });
    expect(status).toBe(1);
    expect(output).toMatch(/^[^\n]*story-\w+\/events\.geojson: nested too deeply \(limit 64\)$/m);
    expect(output).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
  });
});

describe('npm run validate, on the basemap manifest', { timeout: 60_000 }, () => {
  it('names the layer, the file and what was expected of a layer file that is not the GeoJSON its role needs', () => {
    const { status, output } = validateCopy((story) => {
      const path = join(story, 'basemap', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.layers.push({ id: 'airports', file: 'basemap/ne_airports.json', role: 'river' });
      manifest.layers.push({ id: 'notes', file: 'basemap/SOURCES.md', role: 'land' });
      writeFileSync(path, JSON.stringify(manifest));
    });
    expect(status).toBe(1);
    expect(output).toMatch(
      /story-\w+\/basemap\/ne_airports\.json: layer "airports": features\[0\]\.geometry: expected lines or polygons for a "river" layer, got a Point \(points go in a "places" layer\)/,
    );
    expect(output).toMatch(
      /story-\w+\/basemap\/manifest\.json: layer "notes": file: expected a GeoJSON file ending in \.json or \.geojson, got "basemap\/SOURCES\.md"/,
    );
  });

  it('says that a story without a manifest has no basemap', () => {
    const { status, output } = validateCopy((story) => rmSync(join(story, 'basemap', 'manifest.json')));
    expect(status).toBe(1);
    expect(output).toMatch(
      /basemap\/manifest\.json: expected a file at "basemap\/manifest\.json" in the story folder, found none: without a basemap manifest the map is drawn with no basemap layers/,
    );
  });
});

describe('npm run validate, on the sites a story cites', { timeout: 60_000 }, () => {
  it('refuses a source or a place that links to a content farm or a mirror, naming the site and why', () => {
    const { status, output } = validateCopy((story) => {
      const eventsPath = join(story, 'events.geojson');
      const events = JSON.parse(readFileSync(eventsPath, 'utf8'));
      events.features[0].properties.sources[0].url = 'https://www.scoopyweb.com/2021/08/copied.html';
      writeFileSync(eventsPath, JSON.stringify(events));
      const placesPath = join(story, 'places.geojson');
      const places = JSON.parse(readFileSync(placesPath, 'utf8'));
      places.features[0].properties.citations[0].url = 'http://piglix.com/piglix/Kabul';
      writeFileSync(placesPath, JSON.stringify(places));
    });
    expect(status).toBe(1);
    expect(output).toMatch(
      /story-\w+\/events\.geojson: feature "[\w-]+": properties\.sources\[0\]\.url: links to scoopyweb\.com, which is not fit to cite \(content farm/,
    );
    expect(output).toMatch(
      /story-\w+\/places\.geojson: feature "[\w-]+": properties\.citations\[0\]\.url: links to piglix\.com, which is not fit to cite \(encyclopedia mirror/,
    );
  });
});
