import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBasemapLayerData } from './basemapLayerData';
import { BASEMAP_LAYER_DEFAULTS, parseBasemapManifest } from './basemapManifest';
import { formatDataProblem } from './dataProblem';

const FILE = 'story/basemap/manifest.json';
const lines = (value: unknown) => parseBasemapManifest(FILE, value).problems.map(formatDataProblem);

describe('parseBasemapManifest', () => {
  it('reads a street basemap: its tiles with their zooms, bounds and credit, and its names', () => {
    const { layers, problems } = parseBasemapManifest(
      FILE,
      JSON.parse(readFileSync('e2e/fixtures/monaco-story/basemap/manifest.json', 'utf8')),
    );
    expect(problems).toEqual([]);
    expect(layers.map((layer) => [layer.id, layer.role])).toEqual([
      ['countries', 'land'],
      ['streets', 'streets'],
      ['street-names', 'street_labels'],
    ]);
    expect(layers[1]).toMatchObject({
      source: { tiles: 'basemap/streets/{z}/{x}/{y}.mvt', dataZooms: [11, 15], bounds: [7.405, 43.723, 7.445, 43.755] },
      path: 'basemap/streets/{z}/{x}/{y}.mvt',
      minZoom: 12,
      style: 'streets',
      attribution: {
        text: '© OpenStreetMap contributors',
        url: 'https://www.openstreetmap.org/copyright',
        licence: 'ODbL 1.0',
      },
    });
  });

  it('reads the Kabul story’s manifest without a problem, its layers in drawing order', () => {
    const manifest = JSON.parse(readFileSync('geodata/basemap/manifest.json', 'utf8'));
    const { layers, problems } = parseBasemapManifest(FILE, manifest);
    expect(problems).toEqual([]);
    expect(layers.map((layer) => layer.id)).toEqual([
      'countries',
      'afghanistan',
      'provinces',
      'lakes',
      'rivers',
      'districts',
      'city-district',
      'capitals',
      'towns',
    ]);
  });

  it('fills in the defaults: every zoom, the role’s style, the value as the label, a world layer at 1:50m', () => {
    const { layers } = parseBasemapManifest(FILE, {
      layers: [
        { id: 'countries', world: 'countries', role: 'land' },
        { id: 'regions', file: 'basemap/regions.json', role: 'area', label_property: 'name' },
        { id: 'towns', file: 'basemap/towns.geojson', role: 'places', label_property: 'name', min_zoom: 6 },
      ],
    });
    expect(layers).toEqual([
      {
        id: 'countries',
        source: { world: 'countries', resolution: '50m', margin: BASEMAP_LAYER_DEFAULTS.margin },
        path: 'basemap/countries.json',
        role: 'land',
        minZoom: 0,
        maxZoom: 24,
        style: 'land',
        label: undefined,
        rankProperty: undefined,
        filter: undefined,
      },
      {
        id: 'regions',
        source: { file: 'basemap/regions.json' },
        path: 'basemap/regions.json',
        role: 'area',
        minZoom: 0,
        maxZoom: 24,
        style: 'area',
        label: { property: 'name', format: '{}', minZoom: 0 },
        rankProperty: undefined,
        filter: undefined,
      },
      expect.objectContaining({ style: 'town', minZoom: 6, label: { property: 'name', format: '{}', minZoom: 6 } }),
    ]);
  });

  it('reads a filter as the values to keep or to leave out, and colours of one’s own for both themes', () => {
    const { layers, problems } = parseBasemapManifest(FILE, {
      layers: [
        {
          id: 'city',
          file: 'basemap/districts.json',
          role: 'area',
          style: { stroke: '#6f675c', dark_stroke: '#b3aa9c', width: 1.6, dash: '4 2' },
          filter: { property: 'name', not_in: ['Old town', 3] },
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(layers[0]?.filter).toEqual({ property: 'name', values: ['Old town', 3], keep: false });
    expect(layers[0]?.style).toEqual({ stroke: '#6f675c', dark_stroke: '#b3aa9c', width: 1.6, dash: '4 2' });
  });

  it('leaves out an invalid layer, naming its id, the field and what was expected, and keeps the others', () => {
    const { layers, problems } = parseBasemapManifest(FILE, {
      layers: [
        { id: 'rivers', file: 'basemap/rivers.json', role: 'river', min_zoom: 12, max_zoom: 8 },
        { id: 'lakes', file: 'basemap/lakes.json', role: 'lake' },
      ],
    });
    expect(layers.map((layer) => layer.id)).toEqual(['lakes']);
    expect(problems.map(formatDataProblem)).toEqual([
      `${FILE}: layer "rivers": max_zoom: expected max_zoom (8) ≥ min_zoom (12)`,
    ]);
  });

  it.each([
    [
      'a path out of the story folder',
      { id: 'a', file: '../secret.json', role: 'land' },
      `${FILE}: layer "a": file: expected a path inside the story folder, relative to it (e.g. "sources/article.txt"), got "../secret.json"`,
    ],
    [
      'neither a file nor a world layer',
      { id: 'a', role: 'land' },
      `${FILE}: layer "a": file: expected exactly one of "file" (a GeoJSON file of the story folder) or "world" (e.g. "countries")`,
    ],
    [
      'both a file and a world layer',
      { id: 'a', file: 'a.json', world: 'land', role: 'land' },
      `${FILE}: layer "a": file: expected exactly one of "file" (a GeoJSON file of the story folder) or "world" (e.g. "countries")`,
    ],
    [
      'an unknown world layer',
      { id: 'a', world: 'oceans', role: 'land' },
      `${FILE}: layer "a": world: expected a world layer: "countries", "land", "lakes", "rivers", "provinces", "towns"`,
    ],
    [
      'an unknown role',
      { id: 'a', file: 'a.json', role: 'roads' },
      `${FILE}: layer "a": role: expected a role: "land", "boundary", "area", "river", "lake", "places", "streets", "street_labels"`,
    ],
    [
      'a streets layer without its tiles',
      { id: 'a', file: 'a.json', role: 'streets' },
      `${FILE}: layer "a": tiles: expected "tiles" for a "streets" layer: the folder of its vector tiles (npm run basemap writes it)`,
    ],
    [
      'tiles that are not a folder of {z}/{x}/{y}.mvt',
      { id: 'a', tiles: 'basemap/streets.mbtiles', role: 'streets', data_zooms: [11, 15], bounds: [7, 43, 8, 44] },
      `${FILE}: layer "a": tiles: expected the tiles' path inside the story folder ending in "/{z}/{x}/{y}.mvt", e.g. "basemap/streets/{z}/{x}/{y}.mvt", got "basemap/streets.mbtiles"`,
    ],
    [
      'tiles without the box they cover',
      { id: 'a', tiles: 'basemap/streets/{z}/{x}/{y}.mvt', role: 'streets', data_zooms: [11, 15] },
      `${FILE}: layer "a": bounds: expected the bounds the tiles cover, [west, south, east, north] (npm run basemap writes them)`,
    ],
    [
      'tiles drawn as another role',
      { id: 'a', tiles: 'basemap/streets/{z}/{x}/{y}.mvt', role: 'land', data_zooms: [11, 15], bounds: [7, 43, 8, 44] },
      `${FILE}: layer "a": role: expected "streets": a folder of tiles is drawn as streets`,
    ],
    [
      'a style of lines on the street names',
      { id: 'a', file: 'a.json', role: 'street_labels', style: 'river' },
      `${FILE}: layer "a": style: expected no style, or "street_labels": a "street_labels" layer has its own look`,
    ],
    [
      'a zoom out of range',
      { id: 'a', file: 'a.json', role: 'land', min_zoom: 30 },
      `${FILE}: layer "a": min_zoom: expected the least zoom from 0 to 24`,
    ],
    [
      'a light colour without its dark one',
      { id: 'a', file: 'a.json', role: 'land', style: { fill: '#eeeeee' } },
      `${FILE}: layer "a": style.dark_fill: expected both "fill" and "dark_fill" (a colour for light pages and one for dark pages), or neither`,
    ],
    [
      'a colour that is not one',
      { id: 'a', file: 'a.json', role: 'land', style: { stroke: 'red', dark_stroke: '#fff' } },
      `${FILE}: layer "a": style.stroke: expected the line colour on light pages as a colour "#rgb" or "#rrggbb", got "red"`,
    ],
    [
      'a place style on a line layer',
      { id: 'a', file: 'a.json', role: 'river', style: 'capital' },
      `${FILE}: layer "a": style: expected a style of lines or areas for a "river" layer; "town" and "capital" are for places`,
    ],
    [
      'places without a name',
      { id: 'a', file: 'a.json', role: 'places' },
      `${FILE}: layer "a": label_property: expected the property that names each place (e.g. "name"): a places layer is drawn as names`,
    ],
    [
      'a label text without its place for the name',
      { id: 'a', file: 'a.json', role: 'area', label_property: 'name', label_format: 'District' },
      `${FILE}: layer "a": label_format: expected the label text with "{}" where the name goes, e.g. "{} district"`,
    ],
    [
      'a filter that both keeps and leaves out',
      { id: 'a', file: 'a.json', role: 'area', filter: { property: 'name', in: ['x'], not_in: ['y'] } },
      `${FILE}: layer "a": filter: expected exactly one of "in" (keep features with these values) or "not_in" (leave them out)`,
    ],
    [
      'a margin for a file',
      { id: 'a', file: 'a.json', role: 'land', margin: 2 },
      `${FILE}: layer "a": margin: expected "margin" only with "world"`,
    ],
    [
      'a field it does not know',
      { id: 'a', file: 'a.json', role: 'land', colour: 'blue' },
      `${FILE}: layer "a": Unrecognized key: "colour"`,
    ],
  ])('refuses %s', (_what, layer, expected) => {
    expect(lines({ layers: [layer] })).toEqual([expected]);
  });

  it('names a layer without a usable id by its position', () => {
    expect(lines({ layers: [{ id: 'Not A Slug', file: 'a.json', role: 'land' }] })).toEqual([
      `${FILE}: layers[0]: id: expected the layer id as a slug of lowercase letters, digits and hyphens (e.g. "abbey-gate-bombing")`,
    ]);
  });

  it('refuses a second layer with the same id, and a world layer published over another layer’s file', () => {
    const { layers, problems } = parseBasemapManifest(FILE, {
      layers: [
        { id: 'countries', file: 'basemap/countries.json', role: 'land' },
        { id: 'countries', world: 'countries', role: 'land' },
        { id: 'land', file: 'basemap/land.json', role: 'land' },
        { id: 'land', world: 'land', role: 'land' },
      ],
    });
    expect(layers.map((layer) => layer.id)).toEqual(['countries', 'land']);
    expect(problems.map(formatDataProblem)).toEqual([
      `${FILE}: layer "countries": id: expected a unique id; "countries" is used twice`,
      `${FILE}: layer "land": id: expected a unique id; "land" is used twice`,
    ]);
    expect(
      lines({
        layers: [
          { id: 'countries-file', file: 'basemap/world.json', role: 'land' },
          { id: 'world', world: 'countries', role: 'land' },
        ],
      }),
    ).toEqual([
      `${FILE}: layer "world": id: expected another id: the world layer would be published as "basemap/world.json", which another layer also uses`,
    ]);
  });

  it('says what a manifest should be when it is not an object with a list of layers', () => {
    for (const value of [null, [], { layers: 'all' }]) {
      expect(lines(value)).toEqual([`${FILE}: layers: expected an object with "layers", a list of basemap layers`]);
    }
    expect(lines({ layers: [], title: 'x' })).toEqual([`${FILE}: title: expected no other field than "layers"`]);
  });
});

describe('parseBasemapLayerData', () => {
  const collection = (...geometries: unknown[]) => ({
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  });
  const point = { type: 'Point', coordinates: [0, 0] };
  const line = {
    type: 'LineString',
    coordinates: [
      [0, 0],
      [1, 1],
    ],
  };
  const check = (role: 'places' | 'river', value: unknown) => parseBasemapLayerData('b.json', { id: 'b', role }, value);

  it('accepts a FeatureCollection of lines for a line layer, and of points for places', () => {
    expect(check('river', collection(line, null)).ok).toBe(true);
    expect(check('places', collection(point)).ok).toBe(true);
  });

  it.each([
    [
      'river',
      { type: 'Feature', geometry: line },
      'b.json: layer "b": expected a GeoJSON FeatureCollection (an object with "features")',
    ],
    [
      'river',
      collection(point),
      'b.json: layer "b": features[0].geometry: expected lines or polygons for a "river" layer, got a Point (points go in a "places" layer)',
    ],
    [
      'places',
      collection(line),
      'b.json: layer "b": features[0].geometry: expected a Point: a "places" layer names points, got a LineString',
    ],
    ['river', collection({ type: 'Circle' }), 'b.json: layer "b": features[0].geometry: expected a GeoJSON geometry'],
    [
      'river',
      { type: 'FeatureCollection', features: [{ geometry: line }] },
      'b.json: layer "b": features[0]: expected a Feature',
    ],
  ] as const)('refuses, for a %s layer, %j', (role, value, expected) => {
    const result = check(role, value);
    expect(result.ok ? [] : result.problems.map(formatDataProblem)).toEqual([expected]);
  });
});
