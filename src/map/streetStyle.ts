import { exp, LineSymbolizer, type PaintRule, PolygonSymbolizer } from 'protomaps-leaflet';
import { STREET_COLOURS } from './basemapStyle';

type Colours = (typeof STREET_COLOURS)['light' | 'dark'];

/** Road fill widths (pixels on 256-pixel tiles) by class, at the zooms named; the casing adds a pixel each side. */
/** A motorway's and a trunk road's widths. */
const TRUNK_WIDTHS = [
  [11, 1.2],
  [13, 2],
  [15, 5],
  [16, 8],
  [18, 20],
];
const ROAD_WIDTHS: Readonly<Record<string, number[][]>> = {
  motorway: TRUNK_WIDTHS,
  trunk: TRUNK_WIDTHS,
  primary: [
    [12, 1],
    [14, 2.5],
    [16, 7],
    [18, 18],
  ],
  secondary: [
    [12, 0.8],
    [14, 2],
    [16, 6],
    [18, 16],
  ],
  tertiary: [
    [13, 0.8],
    [15, 3],
    [16, 5],
    [18, 14],
  ],
  minor: [
    [14, 0.8],
    [15, 1.8],
    [16, 3.5],
    [18, 11],
  ],
  service: [
    [15, 0.8],
    [16, 1.5],
    [18, 6],
  ],
  pier: [
    [14, 1],
    [16, 4],
    [18, 10],
  ],
};
const MAJOR = new Set(['motorway', 'trunk']);
/** Drawn in this order, so that the wider road is on top where two meet. */
const ROAD_ORDER = ['service', 'minor', 'tertiary', 'secondary', 'primary', 'trunk', 'motorway'] as const;
/** From this zoom, roads have a casing (below it, a plain line reads better). */
const CASING_ZOOM = 14;

const classIs =
  (...classes: string[]) =>
  (_z: number, feature: { props: Record<string, unknown> }) =>
    classes.includes(String(feature.props.class));
const road = (roadClass: string, tunnel: boolean) => (_z: number, feature: { props: Record<string, unknown> }) =>
  feature.props.class === roadClass && (feature.props.tunnel === 1) === tunnel;

function fill(dataLayer: string, colour: string, classes: string[], minzoom?: number, edge?: string): PaintRule {
  return {
    dataLayer,
    minzoom,
    symbolizer: new PolygonSymbolizer({ fill: colour, ...(edge ? { stroke: edge, width: 0.6 } : {}) }),
    filter: classIs(...classes),
  };
}

/**
 * The paint rules of the street tiles (scripts/osm/osmFeatureClasses.ts names their layers and classes), for a
 * light or a dark page: in drawing order, the sea and the land, then land use, water, airports, buildings (from
 * zoom 16), railways, and the roads, tunnels faint and under the rest, each class by its width.
 */
export function streetPaintRules(dark: boolean): PaintRule[] {
  const c: Colours = STREET_COLOURS[dark ? 'dark' : 'light'];
  const rules: PaintRule[] = [
    fill('land', c.sea, ['sea']),
    fill('land', c.land, ['land']),
    fill('landuse', c.builtup, ['builtup']),
    fill('landuse', c.industrial, ['industrial']),
    fill('landuse', c.wood, ['wood']),
    fill('landuse', c.park, ['park']),
    fill('landuse', c.grass, ['grass']),
    fill('landuse', c.cemetery, ['cemetery']),
    fill('landuse', c.sand, ['sand']),
    fill('landuse', c.sport, ['sport']),
    fill('landuse', c.pedestrian, ['pedestrian']),
    fill('aeroway', c.aerodrome, ['aerodrome']),
    fill('aeroway', c.apron, ['apron', 'taxiway']),
    fill('aeroway', c.runway, ['runway']),
    fill('water', c.water, ['water']),
    fill('water', c.water, ['pool'], 17),
    {
      dataLayer: 'waterway',
      symbolizer: new LineSymbolizer({
        color: c.waterway,
        width: exp(1.4, [
          [11, 0.8],
          [14, 1.5],
          [18, 6],
        ]),
        lineCap: 'round',
      }),
    },
    fill('landuse', c.pier, ['pier'], undefined, c.pierEdge),
    {
      dataLayer: 'aeroway',
      symbolizer: new LineSymbolizer({
        color: c.runway,
        width: exp(1.6, [
          [11, 2],
          [14, 6],
          [18, 40],
        ]),
      }),
      filter: classIs('runway'),
    },
    {
      dataLayer: 'aeroway',
      symbolizer: new LineSymbolizer({
        color: c.apron,
        width: exp(1.6, [
          [13, 1],
          [18, 12],
        ]),
      }),
      filter: classIs('taxiway'),
    },
    {
      dataLayer: 'buildings',
      minzoom: 16,
      symbolizer: new PolygonSymbolizer({ fill: c.building, stroke: c.buildingEdge, width: 0.5 }),
    },
  ];
  // Tunnels first, faint and dashed at their edges: under the streets, as a reader sees them.
  for (const roadClass of ROAD_ORDER) {
    const widths = ROAD_WIDTHS[roadClass] as number[][];
    rules.push({
      dataLayer: 'roads',
      symbolizer: new LineSymbolizer({ color: c.tunnel, width: exp(1.6, widths), opacity: 0.9, dash: [3, 2] }),
      filter: road(roadClass, true),
    });
  }
  rules.push({
    dataLayer: 'rail',
    symbolizer: new LineSymbolizer({ color: c.rail, width: 1, opacity: 0.5, dash: [2, 3] }),
    filter: (_z, feature) => feature.props.tunnel === 1,
  });
  rules.push({
    dataLayer: 'roads',
    minzoom: 15,
    symbolizer: new LineSymbolizer({
      color: c.path,
      width: exp(1.4, [
        [15, 0.7],
        [18, 1.6],
      ]),
      dash: [2, 1.5],
    }),
    filter: (_z, feature) => feature.props.class === 'path' && feature.props.tunnel !== 1,
  });
  rules.push({
    dataLayer: 'roads',
    minzoom: 14,
    symbolizer: new LineSymbolizer({
      color: c.road,
      width: exp(1.6, ROAD_WIDTHS.pier as number[][]),
    }),
    filter: classIs('pier'),
  });
  for (const roadClass of ROAD_ORDER) {
    const widths = ROAD_WIDTHS[roadClass] as number[][];
    const casingWidths = widths.map(([z = 0, w = 0]) => [z, z >= CASING_ZOOM ? w + 2 : w + 0.6]);
    rules.push({
      dataLayer: 'roads',
      symbolizer: new LineSymbolizer({
        color: MAJOR.has(roadClass) ? c.majorCasing : c.casing,
        width: exp(1.6, casingWidths),
        lineCap: 'round',
        lineJoin: 'round',
      }),
      filter: road(roadClass, false),
    });
  }
  for (const roadClass of ROAD_ORDER) {
    rules.push({
      dataLayer: 'roads',
      symbolizer: new LineSymbolizer({
        color: MAJOR.has(roadClass) ? c.major : c.road,
        width: exp(1.6, ROAD_WIDTHS[roadClass] as number[][]),
        lineCap: 'round',
        lineJoin: 'round',
      }),
      filter: road(roadClass, false),
    });
  }
  rules.push({
    dataLayer: 'rail',
    minzoom: 13,
    symbolizer: new LineSymbolizer({
      color: c.rail,
      width: exp(1.4, [
        [13, 1],
        [18, 2.5],
      ]),
    }),
    filter: (_z, feature) => feature.props.tunnel !== 1,
  });
  return rules;
}
