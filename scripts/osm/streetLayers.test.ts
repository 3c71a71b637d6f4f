import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { signedDoubleArea } from '../../src/domain/ringArea';
import type { Box } from '../worldLayer';
import { buildStreetLayers } from './buildStreetLayers';
import { coastlinePolygons } from './coastlinePolygons';
import harbour from './fixtures/harbour.json';
import { formatManifestJson } from './formatManifestJson';
import { withStreetLayers } from './osmBasemap';
import { classifyArea, classifyLine, classifyWay } from './osmFeatureClasses';
import { type Chain, mergeChains, type Position, pointInRing, relationPolygons } from './osmGeometry';
import { classifyLabel, streetLabelSpots } from './osmLabels';
import { type OsmExtract, OsmExtractError, type OsmPoint, type OsmWay, readOsmExtract } from './readOsmExtract';
import { buildStreetTiles, tilesCovering } from './streetTiles';

/** The fixture cut from the Monaco extract (fixtures/cutOsmFixture.ts): Port Hercule and the streets above it. */
const HARBOUR_BOX = harbour.box as unknown as Box;
const positions = new Map(Object.entries(harbour.nodes).map(([id, at]) => [Number(id), at as [number, number]]));
const harbourExtract: OsmExtract = {
  position: (id) => positions.get(id),
  nodeCount: positions.size,
  points: harbour.points as unknown as OsmPoint[],
  ways: harbour.ways as unknown as OsmWay[],
  relations: [],
};
/** A point on the quay road (Boulevard Albert 1er) and one in the harbour's water. */
const ON_LAND: Position = [7.4213, 43.7348];
const IN_HARBOUR: Position = [7.4245, 43.7345];

const onLand = (land: Chain[][], point: Position) =>
  land.some(([outer, ...holes]) => pointInRing(point, outer as Chain) && !holes.some((h) => pointInRing(point, h)));

describe('tags to classes', () => {
  it('reads roads by class, their links with them, and leaves plans and platforms out', () => {
    expect(classifyLine({ highway: 'primary' })).toEqual({ layer: 'roads', class: 'primary', minZoom: 12 });
    expect(classifyLine({ highway: 'motorway_link' })).toMatchObject({ layer: 'roads', class: 'motorway' });
    expect(classifyLine({ highway: 'residential' })).toMatchObject({ class: 'minor', minZoom: 14 });
    expect(classifyLine({ highway: 'steps' })).toMatchObject({ class: 'path', minZoom: 16 });
    expect(classifyLine({ highway: 'proposed' })).toBeUndefined();
    expect(classifyLine({ railway: 'platform' })).toBeUndefined();
    expect(classifyLine({ railway: 'rail' })).toMatchObject({ layer: 'rail', class: 'rail' });
    expect(classifyLine({ waterway: 'river' })).toMatchObject({ layer: 'waterway', class: 'river' });
    expect(classifyLine({ aeroway: 'runway' })).toMatchObject({ layer: 'aeroway', class: 'runway' });
  });

  it('reads water, parks, built-up areas, airports and buildings as areas', () => {
    expect(classifyArea({ natural: 'water' })).toMatchObject({ layer: 'water', class: 'water' });
    expect(classifyArea({ leisure: 'swimming_pool' })).toMatchObject({ layer: 'water', class: 'pool', minZoom: 17 });
    expect(classifyArea({ leisure: 'park' })).toMatchObject({ layer: 'landuse', class: 'park' });
    expect(classifyArea({ landuse: 'forest' })).toMatchObject({ class: 'wood' });
    expect(classifyArea({ landuse: 'residential' })).toMatchObject({ class: 'builtup' });
    expect(classifyArea({ aeroway: 'aerodrome' })).toMatchObject({ layer: 'aeroway', class: 'aerodrome' });
    expect(classifyArea({ aeroway: 'apron' })).toMatchObject({ layer: 'aeroway', class: 'apron' });
    expect(classifyArea({ building: 'yes' })).toEqual({ layer: 'buildings', class: 'building', minZoom: 16 });
    expect(classifyArea({ building: 'no' })).toBeUndefined();
    expect(classifyArea({ amenity: 'bench' })).toBeUndefined();
  });

  it('draws a closed road as a line, a pedestrian square as an area, an open way with area tags not at all', () => {
    expect(classifyWay({ highway: 'residential' }, true)).toMatchObject({ kind: 'line' });
    expect(classifyWay({ highway: 'pedestrian', area: 'yes' }, true)).toMatchObject({
      kind: 'area',
      class: { class: 'pedestrian' },
    });
    expect(classifyWay({ leisure: 'park' }, false)).toBeUndefined();
    expect(classifyWay({ man_made: 'pier' }, false)).toMatchObject({ kind: 'line', class: { class: 'pier' } });
  });

  it('names places, squares, landmarks and waters, but not a helipad numbered "1"', () => {
    expect(classifyLabel({ place: 'suburb', name: 'La Condamine' })).toMatchObject({ kind: 'place', minZoom: 13 });
    expect(classifyLabel({ place: 'square', name: 'Place d’Armes' })).toMatchObject({ kind: 'square' });
    expect(classifyLabel({ historic: 'castle', name: 'Palais Princier' })).toMatchObject({ kind: 'landmark' });
    expect(classifyLabel({ leisure: 'marina', name: 'Port Hercule' })).toMatchObject({ kind: 'water' });
    expect(classifyLabel({ aeroway: 'helipad', name: '1' })).toBeUndefined();
    expect(classifyLabel({ historic: 'castle' })).toBeUndefined();
  });
});

describe('ways into lines and rings', () => {
  const a: Position = [0, 0];
  const b: Position = [1, 0];
  const c: Position = [1, 1];
  const d: Position = [0, 1];

  it('joins ways end to start, and turns them round only when allowed', () => {
    expect(
      mergeChains(
        [
          [a, b],
          [b, c],
        ],
        false,
      ),
    ).toEqual([[a, b, c]]);
    expect(
      mergeChains(
        [
          [a, b],
          [c, b],
        ],
        false,
      ),
    ).toEqual([
      [a, b],
      [c, b],
    ]);
    expect(
      mergeChains(
        [
          [a, b],
          [c, b],
        ],
        true,
      ),
    ).toEqual([[a, b, c]]);
    expect(
      mergeChains(
        [
          [a, b],
          [b, c],
          [c, d],
          [d, a],
        ],
        false,
      ),
    ).toEqual([[a, b, c, d, a]]);
  });

  it('makes a multipolygon of its outer ways, with its inner ring as a hole', () => {
    const nodes = new Map<number, [number, number]>([
      [1, [0, 0]],
      [2, [4, 0]],
      [3, [4, 4]],
      [4, [0, 4]],
      [5, [1, 1]],
      [6, [2, 1]],
      [7, [2, 2]],
    ]);
    const ways = new Map<number, OsmWay>([
      [10, { id: 10, refs: [1, 2, 3], tags: {} }],
      [11, { id: 11, refs: [1, 4, 3], tags: {} }],
      [12, { id: 12, refs: [5, 6, 7, 5], tags: {} }],
    ]);
    const polygons = relationPolygons(
      {
        id: 1,
        tags: { type: 'multipolygon', leisure: 'park' },
        members: [
          { type: 'way', ref: 10, role: 'outer' },
          { type: 'way', ref: 11, role: 'outer' },
          { type: 'way', ref: 12, role: 'inner' },
        ],
      },
      ways,
      (id) => nodes.get(id),
    );
    expect(polygons).toHaveLength(1);
    expect(polygons?.[0]).toHaveLength(2);
    expect(polygons?.[0]?.[0]).toHaveLength(5);
  });
});

describe('land and sea from the coastline', () => {
  const box: Box = [0, 0, 10, 10];

  it('closes a coastline that crosses the box along its edge, land on its left', () => {
    // West to east across the middle: land to the north.
    const result = coastlinePolygons(
      [
        [
          [-1, 5],
          [5, 4],
          [11, 5],
        ],
      ],
      box,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sea).toBe(true);
    expect(onLand(result.land, [5, 8])).toBe(true);
    expect(onLand(result.land, [5, 2])).toBe(false);
    for (const [outer] of result.land) expect(signedDoubleArea(outer as Chain)).toBeGreaterThan(0);
  });

  it('makes an island of a closed counter-clockwise coastline inside the box, and all land of a box with none', () => {
    const island = coastlinePolygons(
      [
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ],
      ],
      box,
    );
    expect(island.ok && island.land.length === 1 && onLand(island.land, [5, 5]) && !onLand(island.land, [1, 1])).toBe(
      true,
    );
    const inland = coastlinePolygons([], box);
    expect(inland).toMatchObject({ ok: true, sea: false });
    expect(inland.ok && onLand(inland.land, [1, 1])).toBe(true);
  });

  it('refuses a coastline that stops inside the box: the extract does not cover the area', () => {
    const result = coastlinePolygons(
      [
        [
          [-1, 5],
          [5, 5],
        ],
      ],
      box,
    );
    expect(result).toEqual({
      ok: false,
      message:
        "the coastline stops inside the area at 5.00000, 5.00000 (lat, lon): the extract does not cover the story's area, or its coastline is broken",
    });
  });

  it('puts Port Hercule in the sea and the quay road on land (the Monaco fixture)', () => {
    const coastline = harbourExtract.ways
      .filter((way) => way.tags.natural === 'coastline')
      .map((way) => way.refs.map((ref) => positions.get(ref) as Position));
    const result = coastlinePolygons(coastline, HARBOUR_BOX);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.sea).toBe(true);
    expect(onLand(result.land, ON_LAND)).toBe(true);
    expect(onLand(result.land, IN_HARBOUR)).toBe(false);
    for (const polygon of result.land) {
      for (const ring of polygon) expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });
});

describe('the street layers of the Monaco fixture', () => {
  const built = buildStreetLayers(harbourExtract, HARBOUR_BOX);
  if (!built.ok) throw new Error(built.message);
  const { layers, labels } = built.value;

  it('cuts every feature to the area', () => {
    const [west, south, east, north] = HARBOUR_BOX;
    const all: number[][] = [];
    const walk = (item: unknown): void => {
      if (Array.isArray(item) && typeof item[0] === 'number') all.push(item as number[]);
      else if (Array.isArray(item)) item.forEach(walk);
    };
    for (const features of layers.values()) for (const feature of features) walk(feature.geometry.coordinates);
    expect(all.length).toBeGreaterThan(300);
    for (const [x = 0, y = 0] of all) {
      expect(x >= west - 1e-9 && x <= east + 1e-9 && y >= south - 1e-9 && y <= north + 1e-9).toBe(true);
    }
  });

  it('has the sea, the land, the roads by class, the piers and the buildings', () => {
    expect(layers.get('land')?.map((f) => f.properties.class)).toEqual(expect.arrayContaining(['sea', 'land']));
    const roadClasses = new Set(layers.get('roads')?.map((f) => f.properties.class));
    expect([...roadClasses]).toEqual(expect.arrayContaining(['primary', 'path', 'pier']));
    expect(layers.get('buildings')?.length).toBe(12);
  });

  it('writes street names along their roads from zoom 16, and names the harbour', () => {
    const streets = labels.filter((label) => label.properties.kind === 'street');
    expect(streets.length).toBeGreaterThan(0);
    for (const street of streets) {
      expect(street.properties.min_zoom).toBeGreaterThanOrEqual(16);
      expect(street.properties.angle).toBeGreaterThan(-90);
      expect(street.properties.angle).toBeLessThanOrEqual(90);
    }
    expect(streets.map((s) => s.properties.name)).toContain('Boulevard Albert 1er');
    expect(labels.find((label) => label.properties.name === 'Port Hercule')?.properties.kind).toBe('water');
  });
});

describe('street names along their roads', () => {
  // A street due east of 300 m, then a turn north: at 43.7° N, 1° of longitude is 80.4 km.
  const east: Chain = [
    [7.42, 43.73],
    [7.42373, 43.73],
  ];

  it('is written level along a street running east, turned along one running north-east', () => {
    const [level] = streetLabelSpots(east, 'Rue Test', 16);
    expect(level?.angle).toBe(0);
    expect(level?.length).toBeGreaterThan(295);
    expect(level?.length).toBeLessThan(305);
    expect(level?.at[0]).toBeCloseTo(7.421865, 5);
    const northEast: Chain = [
      [7.42, 43.73],
      [7.4224, 43.7318],
    ];
    const [spot] = streetLabelSpots(northEast, 'Rue Test', 17);
    // Going up to the right on the screen: a negative angle.
    expect(spot?.angle).toBeLessThan(-30);
    expect(spot?.angle).toBeGreaterThan(-60);
  });

  it('waits for a closer zoom where a short street has no room for its name', () => {
    const short: Chain = [
      [7.42, 43.73],
      [7.42075, 43.73],
    ];
    const name = 'Boulevard de la Rue Longue';
    expect(streetLabelSpots(short, name, 16)).toEqual([]);
    expect(streetLabelSpots(short, name, 18)).toHaveLength(1);
  });

  it('follows a bend as two straight stretches, and writes none across it', () => {
    const bend: Chain = [...east, [7.42373, 43.7327]];
    const spots = streetLabelSpots(bend, 'Rue Test', 18);
    expect(spots.map((spot) => Math.abs(spot.angle))).toEqual([0, 90]);
  });
});

describe('vector tiles', () => {
  const built = buildStreetLayers(harbourExtract, HARBOUR_BOX);
  if (!built.ok) throw new Error(built.message);
  const tiles = buildStreetTiles(built.value.layers, HARBOUR_BOX);
  const decode = (bytes: Uint8Array) => new VectorTile(new Pbf(bytes));
  const vertices = (z: number, layer: string) =>
    tilesCovering(HARBOUR_BOX, z).reduce((sum, { x, y }) => {
      const tile = decode(tiles.get(`${z}/${x}/${y}`) ?? new Uint8Array());
      const data = tile.layers[layer];
      let count = 0;
      for (let i = 0; i < (data?.length ?? 0); i++) {
        for (const ring of data?.feature(i).loadGeometry() ?? []) count += ring.length;
      }
      return sum + count;
    }, 0);

  it('writes every tile over the area at each data zoom, an empty one as zero bytes', () => {
    for (let z = 11; z <= 15; z++) {
      for (const { x, y } of tilesCovering(HARBOUR_BOX, z)) expect(tiles.has(`${z}/${x}/${y}`)).toBe(true);
    }
    expect([...tiles.keys()].every((key) => /^1[1-5]\/\d+\/\d+$/.test(key))).toBe(true);
  });

  it('simplifies for each zoom: fewer points of the roads and the land far out than close in', () => {
    expect(vertices(12, 'roads')).toBeLessThan(vertices(15, 'roads'));
    expect(vertices(11, 'land')).toBeLessThan(vertices(15, 'land'));
  });

  it('keeps buildings and paths for the closest zooms, and the classes the style draws by', () => {
    expect(vertices(14, 'buildings')).toBe(0);
    expect(vertices(15, 'buildings')).toBeGreaterThan(0);
    const [first] = tilesCovering(HARBOUR_BOX, 15);
    const roads = decode(tiles.get(`15/${first?.x}/${first?.y}`) ?? new Uint8Array()).layers.roads;
    expect(roads?.feature(0).properties.class).toEqual(expect.any(String));
  });
});

describe('the manifest', () => {
  const box: Box = [7.405, 43.723, 7.445, 43.755];

  it('gets the street layers under the first layer of names and on top, keeping the others in order', () => {
    const { layers } = withStreetLayers(
      {
        layers: [
          { id: 'countries', world: 'countries', role: 'land' },
          { id: 'towns', file: 'basemap/towns.json', role: 'places', label_property: 'name' },
        ],
      },
      box,
    );
    expect(layers.map((layer) => layer.id)).toEqual(['countries', 'streets', 'towns', 'street-names']);
    expect(layers[1]).toMatchObject({
      tiles: 'basemap/streets/{z}/{x}/{y}.mvt',
      role: 'streets',
      data_zooms: [11, 15],
      bounds: box,
      attribution: { text: '© OpenStreetMap contributors', licence: 'ODbL 1.0' },
    });
  });

  it('replaces the street layers where an editor put them', () => {
    const { layers } = withStreetLayers(
      { layers: [{ id: 'streets' }, { id: 'street-names' }, { id: 'rivers', role: 'river' }] },
      box,
    );
    expect(layers.map((layer) => layer.id)).toEqual(['streets', 'street-names', 'rivers']);
  });

  it('is written as the formatter lays it out: one line where it fits in 120 columns', () => {
    expect(formatManifestJson({ layers: [{ id: 'a', role: 'land', data_zooms: [11, 15] }] })).toBe(
      '{\n  "layers": [{ "id": "a", "role": "land", "data_zooms": [11, 15] }]\n}\n',
    );
  });
});

describe('reading an extract', () => {
  it('says so, in one line, of a file that is not an OpenStreetMap PBF extract', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'osm-')), 'not.osm.pbf');
    writeFileSync(file, '<?xml version="1.0"?><osm version="0.6"></osm>\n'.repeat(4));
    const read = readOsmExtract(file, [0, 0, 1, 1], { way: () => true, relation: () => true, point: () => true });
    await expect(read).rejects.toThrow(OsmExtractError);
    await expect(read).rejects.toThrow(
      'is not an OpenStreetMap PBF extract (expected a .osm.pbf file, e.g. from Geofabrik)',
    );
  });
});
