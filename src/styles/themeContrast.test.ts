import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYMBOL_COLOR_NAMES, SYMBOL_COLORS } from '../domain/storyLegend';
import { BASEMAP_STYLES, BASEMAP_STYLES_DARK, STREET_COLOURS } from '../map/basemapStyle';

/**
 * Every colour the map and its controls draw with meets WCAG 2.2 contrast in both themes: text 4.5:1 (1.4.3),
 * symbols, lines and ticks 3:1 (1.4.11), against what they are drawn on. The colours are read from app.css, the
 * map's fills from basemapStyle.ts, so that a change to either is checked.
 */

type Rgb = readonly [number, number, number];

function parseHex(hex: string): Rgb {
  const value = hex.trim().replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** CSS `saturate(s)` (grayscale(1) is saturate(0)), as browsers apply it: on sRGB values. */
function saturate([r, g, b]: Rgb, s: number): Rgb {
  const clamp = (v: number) => Math.max(0, Math.min(255, v));
  return [
    clamp((0.213 + 0.787 * s) * r + (0.715 - 0.715 * s) * g + (0.072 - 0.072 * s) * b),
    clamp((0.213 - 0.213 * s) * r + (0.715 + 0.285 * s) * g + (0.072 - 0.072 * s) * b),
    clamp((0.213 - 0.213 * s) * r + (0.715 - 0.715 * s) * g + (0.072 + 0.928 * s) * b),
  ];
}

/** `color-mix(in srgb, a (1 - t), b t)`. */
function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => (a[i] as number) * (1 - t) + (b[i] as number) * t) as unknown as Rgb;
}

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

/** The custom properties set in a rule's block. */
function variablesOf(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no "${selector} {" block`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], (m[2] as string).trim()]));
}

const light = variablesOf(':root');
const themes = {
  light: { vars: light, basemap: BASEMAP_STYLES, streets: STREET_COLOURS.light },
  dark: {
    vars: { ...light, ...variablesOf(':root[data-theme="dark"]') },
    basemap: BASEMAP_STYLES_DARK,
    streets: STREET_COLOURS.dark,
  },
};

describe.each(Object.entries(themes))('the %s theme', (_name, { vars, basemap, streets }) => {
  const colour = (name: string): Rgb => {
    const value = vars[name];
    if (!value?.startsWith('#')) throw new Error(`${name} is not a hex colour in app.css: ${value}`);
    return parseHex(value);
  };
  const number = (name: string): number => Number(vars[name]);
  const fill = (style: keyof typeof basemap) => parseHex(String(basemap[style].fillColor));
  // What the map draws on: the land in focus, the land around it, and the page for ticks, legend and list.
  const land = fill('focus');
  const grounds = { land, countries: fill('land'), paper: colour('--paper') };

  const pairs: [string, Rgb, Rgb, number][] = [];
  const text = (what: string, ink: Rgb, ground: Rgb) => pairs.push([what, ink, ground, 4.5]);
  const graphic = (what: string, ink: Rgb, ground: Rgb) => pairs.push([what, ink, ground, 3]);

  for (const ground of ['--paper', '--panel'] as const) {
    for (const ink of ['--ink', '--ink-muted', '--accent', '--retracted']) {
      text(`${ink} on ${ground}`, colour(ink), colour(ground));
    }
  }
  text('--ink on --notice', colour('--ink'), colour('--notice'));
  for (const label of ['--label-ink', '--label-muted']) {
    text(`${label} on the map`, colour(label), land);
    text(`${label} on its halo`, colour(label), colour('--label-halo'));
  }
  for (const kind of SYMBOL_COLOR_NAMES) {
    const k = colour(`--palette-${kind}`);
    for (const [ground, g] of Object.entries(grounds)) graphic(`${kind} symbol, tick or circle on ${ground}`, k, g);
    graphic(`the mark on a ${kind} symbol`, colour('--symbol-mark'), k);
    graphic(`a past ${kind} symbol on the map`, saturate(k, number('--past-saturation')), land);
    const upcoming = mix(saturate(k, 0), colour('--paper'), number('--future-veil'));
    graphic(`an upcoming ${kind} tick on the strip`, upcoming, colour('--paper'));
  }
  for (const line of ['--place-line', '--strip-fill', '--label-dot']) graphic(`${line} on the map`, colour(line), land);
  for (const line of ['--track', '--break-hatch', '--accent', '--focus']) {
    graphic(`${line} on the page`, colour(line), colour('--paper'));
  }
  // A street basemap (streetStyle.ts): the story's symbols and lines on each of its grounds, and its names, which
  // are written on a halo, on the grounds they are written over.
  const streetGrounds = {
    land: streets.land,
    'built-up area': streets.builtup,
    park: streets.park,
    wood: streets.wood,
    square: streets.pedestrian,
    road: streets.road,
    water: streets.water,
  };
  for (const [ground, hex] of Object.entries(streetGrounds)) {
    for (const kind of SYMBOL_COLOR_NAMES) {
      graphic(`${kind} symbol on a street basemap's ${ground}`, colour(`--palette-${kind}`), parseHex(hex));
    }
    graphic(`--place-line on a street basemap's ${ground}`, colour('--place-line'), parseHex(hex));
    if (ground !== 'water')
      text(`--label-muted on a street basemap's ${ground}`, colour('--label-muted'), parseHex(hex));
  }
  text('--label-water on the street basemap’s water', colour('--label-water'), parseHex(streets.water));
  text('--label-water on its halo', colour('--label-water'), colour('--label-halo'));

  it.each(pairs)('%s', (_what, ink, ground, minimum) => {
    expect(contrast(ink, ground)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('the symbol colours', () => {
  it.each(SYMBOL_COLOR_NAMES)('%s has the same light value in the code (for canvas drawings) as in app.css', (name) => {
    const light = css.slice(0, css.indexOf('@media')).match(new RegExp(`--palette-${name}:\\s*(#[0-9a-f]{6})`))?.[1];
    expect(light).toBe(SYMBOL_COLORS[name]);
  });
});
