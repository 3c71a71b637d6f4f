import { z } from 'zod';
import { DEFAULT_LOCALE } from '../text/storyLocale';
import { type Chapter, chapterSchema } from './chapters';
import { type Publication, publicationSchema } from './publication';
import { isKnownTimeZone } from './publicationDate';
import { finiteNumber, slug, requiredText as text } from './schemaParts';
import { checkStoryFilePath } from './storyFilePath';
import {
  DEFAULT_LAYER,
  type RawKind,
  type RawLayer,
  SYMBOL_COLOR_NAMES,
  SYMBOL_SHAPE_NAMES,
  type SymbolColorName,
  type SymbolShapeName,
} from './storyLegend';

/**
 * [west, south, east, north] in degrees: finite, inside ±180 / ±90, west < east and south < north (a box across
 * the antimeridian is not supported). Whatever passes, the map can fit.
 */
const boundingBox = (what: string) =>
  z
    .tuple(
      [
        finiteNumber(`the west longitude of ${what}`),
        finiteNumber(`the south latitude of ${what}`),
        finiteNumber(`the east longitude of ${what}`),
        finiteNumber(`the north latitude of ${what}`),
      ],
      { error: `expected ${what} as [west, south, east, north] in degrees` },
    )
    .superRefine((box, context) => {
      const [west, south, east, north] = box;
      const limits = [180, 90, 180, 90];
      box.forEach((value, index) => {
        const limit = limits[index] as number;
        if (Math.abs(value) > limit) {
          const name = ['west', 'south', 'east', 'north'][index];
          const kind = limit === 180 ? 'longitude' : 'latitude';
          context.addIssue({
            code: 'custom',
            path: [index],
            message: `expected the ${name} ${kind} of ${what} within ±${limit}, got ${value}`,
          });
        }
      });
      if (west >= east) {
        context.addIssue({ code: 'custom', path: [2], message: `expected east (${east}) > west (${west})` });
      }
      if (south >= north) {
        context.addIssue({ code: 'custom', path: [3], message: `expected north (${north}) > south (${south})` });
      }
    });

// The kinds and layers (resolved with their defaults by storyLegend.ts, which the page loads without zod).
export const layerSchema = z.strictObject({
  id: slug('a layer id'),
  label: text('the layer’s name in the legend'),
});

export const kindSchema = z.strictObject({
  id: slug('a kind id'),
  label: text('the kind’s name in the legend').optional(),
  layer: slug('the id of the layer the kind is drawn in').optional(),
  shape: z
    .enum(SYMBOL_SHAPE_NAMES as [SymbolShapeName, ...SymbolShapeName[]], {
      error: `expected shape to be one of ${SYMBOL_SHAPE_NAMES.join(', ')}`,
    })
    .optional(),
  color: z
    .enum(SYMBOL_COLOR_NAMES as [SymbolColorName, ...SymbolColorName[]], {
      error: `expected color to be one of ${SYMBOL_COLOR_NAMES.join(', ')} (each has a light and a dark theme value)`,
    })
    .optional(),
});

/** Problems with the declared kinds and layers: repeated ids, and kinds naming an undeclared layer. */
export function checkLegend(
  rawKinds: readonly RawKind[],
  rawLayers: readonly RawLayer[],
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const repeated = (list: readonly { id: string }[], what: string, key: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id))
        problems.push({ path: [key, index, 'id'], message: `expected a unique ${what} id, got "${item.id}" again` });
      seen.add(item.id);
    });
  };
  repeated(rawKinds, 'kind', 'kinds');
  repeated(rawLayers, 'layer', 'layers');
  const layerIds = new Set(rawLayers.map((layer) => layer.id));
  rawKinds.forEach((kind, index) => {
    if (kind.layer !== undefined && !layerIds.has(kind.layer) && kind.layer !== DEFAULT_LAYER.id) {
      const known = [...layerIds].join(', ') || 'none declared';
      problems.push({
        path: ['kinds', index, 'layer'],
        message: `expected the id of a layer in "layers" (${known}), got "${kind.layer}"`,
      });
    }
  });
  return problems;
}

/** Where distances and bearings are measured from, and how the popups name it. */
const distancesSchema = z.strictObject({
  /** The id of a point place in places.geojson. */
  from: slug('the id of the place distances are measured from'),
  /** Its name in a sentence: "1.2 km north-west of <name>". */
  name: text('the place’s name as a sentence uses it, e.g. "the blast site"'),
  /** A line place whose nearest edge distances are also given from ("0.4 km from the main road"). */
  edge: z
    .strictObject({
      place: slug('the id of a line place in places.geojson'),
      name: text('the line’s name as a sentence uses it, e.g. "the main road"'),
    })
    .optional(),
});

/** A chart of one or more dated series of figures (events' `figures`, by their `series`). */
const chartSchema = z.strictObject({
  title: text('the chart’s title'),
  /** What the figures count, after a number in a sentence ("58,700 people"). */
  unit: text('the unit of the figures, e.g. "people"').optional(),
  /** The first is the main series, drawn as a line; the others as marks. */
  series: z
    .array(
      z.strictObject({
        id: slug('the id of a figure series (the `series` of events’ figures)'),
        label: text('what the series counts, in words'),
      }),
      { error: 'expected a list of series' },
    )
    .min(1, { error: 'expected at least one series' }),
});

const isKnownLocale = (locale: string) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
};

/** Schema of story.json: what the story is called, where and when it happens, and how it is drawn. */
export const storyConfigSchema = z
  .strictObject({
    title: text('the story title'),
    subtitle: text('a one-line description'),
    /** IANA zone of the story's local time, the default display zone. */
    time_zone: z.strictObject({
      id: text('an IANA time zone id').refine(isKnownTimeZone, {
        error: (issue) =>
          `expected an IANA time zone id such as "America/Santiago", got ${JSON.stringify(issue.input)}`,
      }),
      /** A short name for the zone ("Santiago" → "Santiago time"); by default the city of its id. */
      label: text('a short label, e.g. "Santiago"').optional(),
    }),
    /** The locale dates and numbers are written in (BCP 47), by default British English. */
    locale: text('a BCP 47 locale, e.g. "en-GB"')
      .refine(isKnownLocale, {
        error: (issue) =>
          `expected a BCP 47 locale this browser knows, e.g. "en-GB", got ${JSON.stringify(issue.input)}`,
      })
      .optional(),
    /** [west, south, east, north]: every coordinate of the story must lie inside. */
    area: boundingBox('the story area'),
    /** The map's opening view: [west, south, east, north] to fit. */
    initial_bounds: boundingBox('the opening view'),
    /** The map's toggleable layers, in legend order. */
    layers: z.array(layerSchema, { error: 'expected a list of layers' }).optional(),
    /** The kinds of event, in legend order: every event's `kind` is one of their ids. */
    kinds: z
      .array(kindSchema, { error: 'expected a list of kinds, e.g. [{"id": "protest", "label": "Protest"}]' })
      .min(1, { error: 'expected at least one kind of event' }),
    modules: z
      .strictObject({
        distances: distancesSchema.optional(),
        chart: chartSchema.optional(),
      })
      .optional(),
    source_article: z
      .strictObject({
        file: text('the path of the source article text, relative to the story folder').refine(
          (path) => checkStoryFilePath(path) === undefined,
          { error: (issue) => checkStoryFilePath(String(issue.input)) },
        ),
        description: text('what is known about the source article'),
      })
      .optional(),
    credit: text('the credit line'),
    /** The guided story, in order (see chapters.ts). */
    chapters: z.array(chapterSchema, { error: 'expected a list of chapters' }).optional(),
    /** How the story is published: page metadata, embed id, snapshots, credits (see publication.ts). */
    publication: publicationSchema.optional(),
  })
  .superRefine((raw, context) => {
    for (const problem of checkLegend(raw.kinds, raw.layers ?? [])) context.addIssue({ code: 'custom', ...problem });
  });

export interface DistancesModule {
  readonly fromPlaceId: string;
  readonly fromName: string;
  readonly edge?: { readonly placeId: string; readonly name: string };
}

export interface ChartModule {
  readonly title: string;
  readonly unit?: string;
  readonly series: readonly { readonly id: string; readonly label: string }[];
}

export interface StoryConfig {
  readonly title: string;
  readonly subtitle: string;
  readonly timeZone: { readonly id: string; readonly label: string };
  readonly locale: string;
  readonly area: readonly [number, number, number, number];
  readonly initialBounds: readonly [number, number, number, number];
  /** The kinds and layers as declared (resolved with the places' layers into the model's legend). */
  readonly kinds: readonly RawKind[];
  readonly layers: readonly RawLayer[];
  readonly modules: { readonly distances?: DistancesModule; readonly chart?: ChartModule };
  /** `file` is relative to the story folder and has passed checkStoryFilePath. */
  readonly sourceArticle?: { readonly file: string; readonly description: string };
  readonly credit: string;
  /** The guided story's chapters, in order; only those that passed their checks against the events. */
  readonly chapters: readonly Chapter[];
  /** Page metadata, embed id, snapshot moments and credits, defaults applied. */
  readonly publication: Publication;
}

export { DEFAULT_LOCALE };

/** story.json as it passed the schema. */
export type RawStoryConfig = z.infer<typeof storyConfigSchema>;
