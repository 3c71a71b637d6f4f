import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataProblem } from '../src/domain/dataProblem';
import { signedDoubleArea } from '../src/domain/ringArea';
import {
  buildPublishedGeodata,
  COORDINATE_DECIMALS,
  checkedFilesRecord,
  formatPublishedFile,
} from './publishedGeodata';

type Position = number[];

/** Every polygon (as its rings) and every position in a GeoJSON value. */
function collect(value: unknown, polygons: Position[][][], positions: Position[]): void {
  if (!value || typeof value !== 'object') return;
  const object = value as { type?: string; coordinates?: unknown; features?: unknown[]; geometry?: unknown };
  if (object.type === 'Polygon') polygons.push(object.coordinates as Position[][]);
  if (object.type === 'MultiPolygon') polygons.push(...(object.coordinates as Position[][][]));
  if (Array.isArray(object.coordinates)) {
    const walk = (item: unknown): void => {
      if (Array.isArray(item) && typeof item[0] === 'number') positions.push(item as Position);
      else if (Array.isArray(item)) item.forEach(walk);
    };
    walk(object.coordinates);
  }
  for (const feature of object.features ?? []) collect(feature, polygons, positions);
  collect(object.geometry, polygons, positions);
}

const decimals = (value: number) => (String(value).split('.')[1] ?? '').length;

describe('the published geodata', () => {
  const { files, problems } = buildPublishedGeodata('geodata', 'geodata');

  it('publishes every data file of the story folder, and finds no problem', () => {
    expect(problems).toEqual([]);
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining(['story.json', 'events.geojson', 'places.geojson', 'basemap/countries.json']),
    );
  });

  it('records the digests of the published story files, in which the story parser found no problem', () => {
    const digest = (name: string) =>
      createHash('sha256')
        .update((files.find((file) => file.name === name)?.body as string | undefined) ?? '', 'utf8')
        .digest('hex');
    expect(checkedFilesRecord(files, 'geodata')).toEqual({
      'story.json': digest('story.json'),
      'events.geojson': digest('events.geojson'),
      'places.geojson': digest('places.geojson'),
    });
  });

  it('follows RFC 7946: outer rings counter-clockwise, holes clockwise, at most 6 decimals', () => {
    const polygons: Position[][][] = [];
    const positions: Position[] = [];
    for (const file of files.filter((f) => /\.(geo)?json$/.test(f.name))) {
      collect(JSON.parse(file.body as string), polygons, positions);
    }
    expect(polygons.length).toBeGreaterThan(50);
    for (const [outer, ...holes] of polygons.filter((rings) => rings.length > 0)) {
      expect(signedDoubleArea(outer ?? [])).toBeGreaterThan(0);
      for (const hole of holes) expect(signedDoubleArea(hole)).toBeLessThan(0);
    }
    expect(positions.length).toBeGreaterThan(1000);
    expect(Math.max(...positions.flat().map(decimals))).toBeLessThanOrEqual(COORDINATE_DECIMALS);
  });
});

describe('formatPublishedFile', () => {
  it('rewinds a clockwise polygon, keeps lines in their order and rounds to 6 decimals', () => {
    const clockwise = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const source = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { n: 1.123456789 }, geometry: { type: 'Polygon', coordinates: [clockwise] } },
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [69.19429779052734, 34.570499420166016],
              [69.2306, 34.5612],
            ],
          },
        },
        { type: 'Feature', properties: {}, geometry: null },
      ],
    };
    const published = formatPublishedFile('geodata/x.geojson', JSON.stringify(source));
    expect(published.ok && JSON.parse(published.body)).toEqual({
      ...source,
      features: [
        { ...source.features[0], geometry: { type: 'Polygon', coordinates: [[...clockwise].reverse()] } },
        {
          ...source.features[1],
          geometry: {
            type: 'LineString',
            coordinates: [
              [69.194298, 34.570499],
              [69.2306, 34.5612],
            ],
          },
        },
        source.features[2],
      ],
    });
  });

  it('leaves JSON that is not GeoJSON as it is, minified, and drops a byte order mark', () => {
    expect(formatPublishedFile('geodata/story.json', '\uFEFF{ "area": [60.123456789, 29] }')).toEqual({
      ok: true,
      body: '{"area":[60.123456789,29]}',
    });
    expect(formatPublishedFile('geodata/sources/a.txt', '\uFEFFText')).toEqual({ ok: true, body: 'Text' });
  });

  it('names the file, line and column of invalid JSON', () => {
    const published = formatPublishedFile('geodata/basemap/x.json', '{\n  "type": "FeatureCollection",\n  oops\n}');
    expect(published.ok ? '' : formatDataProblem(published.problem)).toMatch(
      /^geodata\/basemap\/x\.json: invalid JSON at line 3, column 3: /,
    );
  });
});

describe('buildPublishedGeodata', () => {
  /** A copy of the Kabul folder's three story files in a scratch folder, with `change` applied to it. */
  function withStoryCopy(
    change: (folder: string) => void,
    check: (result: ReturnType<typeof buildPublishedGeodata>) => void,
  ) {
    const scratch = mkdtempSync(join(tmpdir(), 'published-geodata-'));
    try {
      for (const name of ['story.json', 'events.geojson', 'places.geojson'])
        copyFileSync(join('geodata', name), join(scratch, name));
      change(scratch);
      check(buildPublishedGeodata(scratch, 'geodata'));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  it('records no digest when a story file has a problem: the page validates them and reports it', () => {
    withStoryCopy(
      (folder) => {
        const events = JSON.parse(readFileSync(join(folder, 'events.geojson'), 'utf8'));
        events.features[0].properties.kind = 'no-such-kind';
        writeFileSync(join(folder, 'events.geojson'), JSON.stringify(events));
      },
      ({ files, problems }) => {
        expect(problems).toEqual([]);
        expect(files.map((file) => file.name)).toContain('events.geojson');
        expect(checkedFilesRecord(files, 'geodata')).toBeUndefined();
      },
    );
  });

  it('refuses a symbolic link and never publishes what it points to', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'published-geodata-'));
    try {
      writeFileSync(join(scratch, 'secret.json'), '{"secret": "SECRET"}');
      const story = join(scratch, 'story');
      mkdirSync(story);
      writeFileSync(join(story, 'story.json'), '{}');
      symlinkSync(join(scratch, 'secret.json'), join(story, 'layer.json'));
      const { files, problems } = buildPublishedGeodata(story, 'geodata');
      expect(files).toEqual([{ name: 'story.json', body: '{}' }]);
      expect(problems.map(formatDataProblem)).toEqual([
        'geodata/layer.json: is a symbolic link; expected a regular file or folder (copy the file in, the build publishes no link)',
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
