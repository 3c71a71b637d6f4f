import { describe, expect, it } from 'vitest';
import { formatPublishedJson } from './publishedGeodata';
import { type Box, buildWorldLayer, clipToBox, expandBox } from './worldLayer';

type Position = GeoJSON.Position;

/** Every polygon (as its rings) and every position of a collection. */
function partsOf(collection: GeoJSON.FeatureCollection): { polygons: Position[][][]; positions: Position[] } {
  const polygons: Position[][][] = [];
  const positions: Position[] = [];
  const walk = (item: unknown): void => {
    if (Array.isArray(item) && typeof item[0] === 'number') positions.push(item as Position);
    else if (Array.isArray(item)) item.forEach(walk);
  };
  for (const { geometry } of collection.features) {
    if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
    if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
    if ('coordinates' in geometry) walk(geometry.coordinates);
  }
  return { polygons, positions };
}

/** Twice the signed area by the shoelace formula: positive for a counter-clockwise ring. */
function signedArea(ring: readonly Position[]): number {
  return ring.slice(1).reduce((sum, [x2 = 0, y2 = 0], i) => {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    return sum + x1 * y2 - x2 * y1;
  }, 0);
}

function expectValidRings(polygons: Position[][][]): void {
  for (const rings of polygons) {
    expect(rings.length).toBeGreaterThan(0);
    for (const ring of rings) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      expect(Math.abs(signedArea(ring))).toBeGreaterThan(0);
    }
  }
}

const square = (west: number, south: number, east: number, north: number): Position[] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const feature = (geometry: GeoJSON.Geometry, properties: Record<string, unknown> = {}): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

describe('clipToBox', () => {
  const box: Box = [0, 0, 10, 10];

  it('cuts a polygon that crosses the box to the box, closed, and keeps its properties and id', () => {
    const input: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [{ ...feature({ type: 'Polygon', coordinates: [square(5, 5, 15, 15)] }, { name: 'A' }), id: '4' }],
    };
    const clipped = clipToBox(input, box);
    expect(clipped.features).toHaveLength(1);
    expect(clipped.features[0]?.properties).toEqual({ name: 'A' });
    expect(clipped.features[0]?.id).toBe('4');
    const { polygons, positions } = partsOf(clipped);
    expectValidRings(polygons);
    expect(Math.abs(signedArea(polygons[0]?.[0] ?? [])) / 2).toBeCloseTo(25);
    for (const [x = 0, y = 0] of positions) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(input.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [square(5, 5, 15, 15)] });
  });

  it('leaves out features wholly outside, the parts of a multipolygon outside, and holes outside', () => {
    const clipped = clipToBox(
      {
        type: 'FeatureCollection',
        features: [
          feature({ type: 'Polygon', coordinates: [square(20, 20, 30, 30)] }, { name: 'outside' }),
          feature(
            {
              type: 'MultiPolygon',
              coordinates: [[square(1, 1, 2, 2)], [square(40, 40, 41, 41)]],
            },
            { name: 'island and far island' },
          ),
          feature(
            { type: 'Polygon', coordinates: [square(-5, -5, 30, 30), square(20, 20, 25, 25).reverse()] },
            { name: 'hole outside' },
          ),
          feature({ type: 'Point', coordinates: [50, 50] }, { name: 'far point' }),
        ],
      },
      box,
    );
    expect(clipped.features.map((f) => f.properties?.name)).toEqual(['island and far island', 'hole outside']);
    expect(clipped.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [square(1, 1, 2, 2)] });
    const hole = clipped.features[1]?.geometry as GeoJSON.Polygon;
    expect(hole.coordinates).toHaveLength(1);
    expectValidRings(partsOf(clipped).polygons);
  });

  it('splits a line that leaves the box and comes back into the parts inside', () => {
    const clipped = clipToBox(
      {
        type: 'FeatureCollection',
        features: [
          feature({
            type: 'LineString',
            coordinates: [
              [1, 1],
              [1, 20],
              [5, 20],
              [5, 1],
            ],
          }),
        ],
      },
      box,
    );
    expect(clipped.features[0]?.geometry).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [1, 1],
          [1, 10],
        ],
        [
          [5, 10],
          [5, 1],
        ],
      ],
    });
  });
});

describe('expandBox', () => {
  it('grows the area by the margin on each side, and stays inside ±180 / ±90', () => {
    expect(expandBox([60, 29, 75, 39], 5)).toEqual([55, 24, 80, 44]);
    expect(expandBox([170, 80, 179, 89], 5)).toEqual([165, 75, 180, 90]);
  });
});

describe('buildWorldLayer', () => {
  const area: Box = [60, 29, 75, 39];
  const margin = 5;
  const countries = buildWorldLayer('countries', '50m', area, margin);

  it('keeps Natural Earth’s countries around the area, by name, and no country far from it', () => {
    const names = countries.features.map((f) => f.properties?.name);
    expect(names).toEqual(expect.arrayContaining(['Afghanistan', 'Pakistan', 'Iran', 'Tajikistan']));
    expect(names).not.toContain('France');
    expect(names).not.toContain('Brazil');
  });

  it('has every coordinate inside the area plus the margin, and every polygon valid and closed', () => {
    const [west, south, east, north] = expandBox(area, margin);
    const { polygons, positions } = partsOf(countries);
    expect(positions.length).toBeGreaterThan(1000);
    for (const [x = 0, y = 0] of positions) {
      expect(x >= west && x <= east && y >= south && y <= north, `${x}, ${y}`).toBe(true);
    }
    expectValidRings(polygons);
  });

  it('is published with outer rings counter-clockwise, holes clockwise, at most 6 decimals', () => {
    const published = formatPublishedJson('countries.json', buildWorldLayer('land', '110m', [-10, 35, 30, 60], 2));
    expect(published.ok).toBe(true);
    const collection = JSON.parse(published.ok ? published.body : '{}') as GeoJSON.FeatureCollection;
    const { polygons, positions } = partsOf(collection);
    expectValidRings(polygons);
    for (const [outer, ...holes] of polygons) {
      expect(signedArea(outer ?? [])).toBeGreaterThan(0);
      for (const hole of holes) expect(signedArea(hole)).toBeLessThan(0);
    }
    for (const value of positions.flat()) expect((String(value).split('.')[1] ?? '').length).toBeLessThanOrEqual(6);
  });
});
