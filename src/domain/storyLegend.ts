/**
 * A story's kinds of event and its map layers, as its story.json declares them: what each kind is called, which
 * layer it is drawn in, and its symbol (a shape and a colour from fixed sets, so that every symbol stays legible
 * and apart from the others in both themes). Whatever the story leaves out gets a default.
 */
import { interfaceText } from '../text/interfaceText';

/**
 * The symbol shapes, drawn in a 24×24 box: a filled `shape` (outlined) and an optional `mark` stroked on top.
 * Shapes differ as well as colours, so kinds stay apart without colour.
 */
export const SYMBOL_SHAPES = {
  circle: { shape: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19z' },
  square: { shape: 'M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z' },
  diamond: { shape: 'M12 1l11 11-11 11L1 12z' },
  triangle: { shape: 'M12 1.5L23 21H1z' },
  'triangle-down': { shape: 'M2 3.5h20L12 22z' },
  pentagon: { shape: 'M12 1.5l10.5 7.6-4 12.4h-13l-4-12.4z' },
  burst: {
    shape:
      'M12 1l2.7 5.3 5.6-1.9-1.9 5.6L23.7 12l-5.3 2.7 1.9 5.6-5.6-1.9L12 23.7l-2.7-5.3-5.6 1.9 1.9-5.6L.3 12l5.3-2.7-1.9-5.6 5.6 1.9z',
  },
  speech: { shape: 'M3 3h18v13H11l-5.5 4.5V16H3z' },
  'circle-cross': {
    shape: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19z',
    mark: 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  },
  'circle-arrow': {
    shape: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z',
    mark: 'M7 12h9M12.5 8l4 4-4 4',
  },
  'square-arrow': {
    shape: 'M4 3h16a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z',
    mark: 'M12 17V7M8 11l4-4 4 4',
  },
  'triangle-plus': { shape: 'M2 3.5h20L12 22z', mark: 'M12 8v6M9 11h6' },
  warning: { shape: 'M12 1.5L23 21H1z', mark: 'M12 8.5v6M12 17.2v.6' },
  'diamond-check': { shape: 'M12 1l11 11-11 11L1 12z', mark: 'M8 12.2l2.8 2.8L16 9.6' },
} as const satisfies Record<string, { shape: string; mark?: string }>;
export type SymbolShapeName = keyof typeof SYMBOL_SHAPES;
export const SYMBOL_SHAPE_NAMES = Object.keys(SYMBOL_SHAPES) as SymbolShapeName[];

/**
 * The symbol colours. Each has a light and a dark theme value (src/styles/app.css, `--palette-<name>`, both
 * checked for contrast against the map and the page); `light` is also what drawings that cannot read CSS use.
 */
export const SYMBOL_COLORS = {
  red: '#b3261e',
  orange: '#c4510c',
  purple: '#6a2c91',
  blue: '#1d5fa0',
  ochre: '#8a6d00',
  navy: '#143a5a',
  green: '#24723f',
  teal: '#0e6e62',
  grey: '#434a4f',
  magenta: '#a3246b',
  brown: '#7a4a1f',
} as const;
export type SymbolColorName = keyof typeof SYMBOL_COLORS;
export const SYMBOL_COLOR_NAMES = Object.keys(SYMBOL_COLORS) as SymbolColorName[];

/** The order in which kinds without a shape or colour get one (skipping those the story chose). */
const DEFAULT_SHAPES: readonly SymbolShapeName[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'pentagon',
  'burst',
  'triangle-down',
  'speech',
];
const DEFAULT_COLORS: readonly SymbolColorName[] = [
  'blue',
  'red',
  'green',
  'orange',
  'purple',
  'teal',
  'ochre',
  'magenta',
  'brown',
  'navy',
  'grey',
];

/** The layer of kinds that name none, when the story declares no layers or leaves a kind out of them. */
export const DEFAULT_LAYER = { id: 'events', label: interfaceText.legend.defaultLayer } as const;

/** A kind as story.json declares it (see storyConfig.ts): only its id is required. */
export interface RawKind {
  readonly id: string;
  readonly label?: string;
  readonly layer?: string;
  readonly shape?: SymbolShapeName;
  readonly color?: SymbolColorName;
}

/** A layer as story.json declares it. */
export interface RawLayer {
  readonly id: string;
  readonly label: string;
}

export interface KindSymbol {
  readonly id: string;
  readonly label: string;
  /** The id of the story layer its events are drawn in. */
  readonly layer: string;
  readonly shapeName: SymbolShapeName;
  readonly colorName: SymbolColorName;
  /** The light theme's colour, for drawings that cannot read CSS (the canvas of large stories). */
  readonly color: string;
  /** The colour as CSS: the theme's `--palette-<name>` custom property, falling back to `color`. */
  readonly fill: string;
  readonly shape: string;
  readonly mark?: string;
}

export interface StoryLayer {
  readonly id: string;
  readonly label: string;
}

/** The kinds and layers of a story, resolved: every kind has a label, a layer, a shape and a colour. */
export interface StoryLegend {
  /** In the story's order. */
  readonly kinds: readonly KindSymbol[];
  /** In legend order: the story's layers that have kinds or places, then the default layer if used. */
  readonly layers: readonly StoryLayer[];
  readonly kindById: ReadonlyMap<string, KindSymbol>;
}

/** "road-block" → "Road block": a readable name for a kind the story did not label. */
export function labelFromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Resolves the declared kinds and layers. `placeLayers` are the layers places are drawn in (they stay in the
 * legend without kinds). Assumes the ids were checked (checkLegend).
 */
export function resolveLegend(
  rawKinds: readonly RawKind[],
  rawLayers: readonly RawLayer[] = [],
  placeLayers: readonly string[] = [],
): StoryLegend {
  const chosenShapes = new Set(rawKinds.flatMap((kind) => (kind.shape ? [kind.shape] : [])));
  const chosenColors = new Set(rawKinds.flatMap((kind) => (kind.color ? [kind.color] : [])));
  const freeShapes = DEFAULT_SHAPES.filter((shape) => !chosenShapes.has(shape));
  const freeColors = DEFAULT_COLORS.filter((color) => !chosenColors.has(color));
  let nextShape = 0;
  let nextColor = 0;
  const declared = new Set(rawLayers.map((layer) => layer.id));
  const kinds = rawKinds.map((raw): KindSymbol => {
    // Once the free ones are used up, defaults repeat: the shape and colour pair still tells the kinds apart.
    const shapeName = raw.shape ?? freeShapes[nextShape++ % Math.max(1, freeShapes.length)] ?? 'circle';
    const colorName = raw.color ?? freeColors[nextColor++ % Math.max(1, freeColors.length)] ?? 'blue';
    const color = SYMBOL_COLORS[colorName];
    const symbol: { shape: string; mark?: string } = SYMBOL_SHAPES[shapeName];
    return {
      id: raw.id,
      label: raw.label ?? labelFromId(raw.id),
      layer: raw.layer !== undefined && declared.has(raw.layer) ? raw.layer : DEFAULT_LAYER.id,
      shapeName,
      colorName,
      color,
      fill: `var(--palette-${colorName}, ${color})`,
      shape: symbol.shape,
      ...(symbol.mark ? { mark: symbol.mark } : {}),
    };
  });
  const used = new Set([...kinds.map((kind) => kind.layer), ...placeLayers]);
  const layers: StoryLayer[] = rawLayers.filter((layer) => used.has(layer.id));
  if (used.has(DEFAULT_LAYER.id) && !declared.has(DEFAULT_LAYER.id)) layers.push(DEFAULT_LAYER);
  return { kinds, layers, kindById: new Map(kinds.map((kind) => [kind.id, kind])) };
}

/** An event's name as a reader may know it: its title as reported by then, or only its kind ("Attack, not yet reported"). */
export function formatKnownTitle(legend: StoryLegend, kind: string, title: string | undefined): string {
  return title ?? interfaceText.legend.notYetReported(legend.kindById.get(kind)?.label ?? labelFromId(kind));
}

/** The symbol of a kind (events were checked against the story's kinds; an unknown one gets a grey circle). */
export function kindSymbolOf(legend: StoryLegend, kind: string): KindSymbol {
  return (
    legend.kindById.get(kind) ?? {
      id: kind,
      label: labelFromId(kind),
      layer: DEFAULT_LAYER.id,
      shapeName: 'circle',
      colorName: 'grey',
      color: SYMBOL_COLORS.grey,
      fill: `var(--palette-grey, ${SYMBOL_COLORS.grey})`,
      shape: SYMBOL_SHAPES.circle.shape,
    }
  );
}
