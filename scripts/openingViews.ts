/**
 * Images of the map's opening view, shown in the pages' first paint in place of the map until the live map has
 * drawn the same view (src/map/openingView.ts). `npm run snapshots` draws them (scripts/snapshots.ts) for each zoom
 * the map opens at in the pages' boxes, in light and dark; the build writes a <picture> of those it finds in the
 * story folder into the first paint (scripts/firstPaintPlugin.ts), each for the widths where the map opens at its
 * zoom. The box sizes below follow the pages' styles (src/styles/app.css, embed.css) at common screen heights; a
 * page whose box opens at another zoom than its image drops the image (src/app/firstPaint.ts).
 */

import {
  type Bounds,
  OPENING_THEMES,
  type OpeningViewImage,
  openingViewFile,
  openingZoom,
  parseOpeningViewFile,
} from '../src/domain/openingView';
import { fileUrl, Html, html } from '../src/text/htmlTemplate';

export type Page = 'full' | 'embed';

/** The map attribution's strip under the map (one line), px. */
const ATTRIBUTION = 19;
/** Widths the pages are laid out for, px (the embed from 320; neither wider than a large desktop). */
const WIDTHS = { from: 320, to: 1920 } as const;
/** The full page's wide layout from this width (app.css): the side panel takes 24rem (384 px) and a border. */
const WIDE_FROM = 900;

/**
 * The map's box (its area, without the attribution strip) in a page `width` × `height` px, as the styles lay it out:
 * the embed's map is clamp(24rem, 100vw, 30rem) tall; the full page's fills the screen under its header, above the
 * time controls (on a phone), or beside the side panel (wide). Header and controls as measured at 375, 800 and 1280 px.
 */
export function mapBox(page: Page, width: number, height: number): { width: number; height: number } {
  if (page === 'embed') return { width, height: Math.min(480, Math.max(384, width)) - ATTRIBUTION };
  if (width < WIDE_FROM) {
    const header = width < 600 ? 51 : 81;
    const controls = width < 600 ? 217 : 178;
    return { width, height: Math.max(416, height - header) - controls - ATTRIBUTION };
  }
  return { width: width - 384 - 1, height: height - 304 - ATTRIBUTION };
}

/** Screen heights each width is assumed to come with, for choosing the image by width alone. */
const typicalHeight = (width: number) => (width < WIDE_FROM ? 800 : 900);
/** Screen heights the images must cover. */
const HEIGHTS = [640, 740, 800, 900, 1000, 1100];

/** Images are cut at most this wide: a phone's (the zoom it opens at on a phone) need not be a desktop's width. */
const NARROW = 600;
const MAX_SIZE = { width: 1600, height: 1000 } as const;

/**
 * The images to draw: for each zoom either page opens at (any width, the heights above), one wide enough for every
 * box that opens at it, and a narrow cut of it for the boxes up to 600 px; in each theme.
 */
export function planOpeningViews(bounds: Bounds): OpeningViewImage[] {
  const largest = new Map<string, { zoom: number; width: number; height: number }>();
  for (const page of ['full', 'embed'] as const) {
    for (let width = WIDTHS.from; width <= WIDTHS.to; width += 4) {
      for (const height of HEIGHTS) {
        const box = mapBox(page, width, height);
        const zoom = openingZoom(bounds, box.width, box.height);
        const key = `${zoom}:${box.width <= NARROW ? 'narrow' : 'wide'}`;
        const seen = largest.get(key) ?? { zoom, width: 0, height: 0 };
        largest.set(key, {
          zoom,
          width: Math.min(MAX_SIZE.width, Math.max(seen.width, box.width)),
          height: Math.min(MAX_SIZE.height, Math.max(seen.height, box.height)),
        });
      }
    }
  }
  const sizes = [...largest.values()].sort((a, b) => a.zoom - b.zoom || a.width - b.width);
  return sizes.flatMap((size) => OPENING_THEMES.map((theme) => ({ ...size, theme })));
}

/** The smallest image of `zoom` and theme at least as large as the box, if there is one. */
function imageFor(images: readonly OpeningViewImage[], zoom: number, theme: string, box: { width: number }) {
  return images
    .filter((image) => image.zoom === zoom && image.theme === theme && image.width >= box.width)
    .sort((a, b) => a.width - b.width)[0];
}

/**
 * The first paint's <picture> of the opening view for `page`, from the images the story folder has (their file
 * names), or '' when it has none: a <source> per run of widths where the map opens at one image's zoom, dark
 * images for a dark scheme. The <img> carries the
 * story's bounds, so that the page can check the zoom its own box opens at.
 */
export function openingViewMarkup(page: Page, bounds: Bounds, files: readonly string[], base = ''): Html {
  const images = files.flatMap((file) => parseOpeningViewFile(file) ?? []);
  if (images.length === 0) return new Html('');
  type Run = { from: number; to: number; image: OpeningViewImage | undefined };
  const sources: Html[] = [];
  let fallback: OpeningViewImage | undefined;
  for (const theme of ['dark', 'light'] as const) {
    const runs: Run[] = [];
    for (let width = WIDTHS.from; width <= WIDTHS.to + 1; width++) {
      const box = mapBox(page, width, typicalHeight(width));
      // Where no image fits (a box wider than any drawn), the previous one: the page drops it if it is wrong.
      const image = imageFor(images, openingZoom(bounds, box.width, box.height), theme, box) ?? runs.at(-1)?.image;
      const last = runs.at(-1);
      if (last && last.image === image) last.to = width;
      else runs.push({ from: width, to: width, image });
    }
    for (const [at, run] of runs.entries()) {
      const widths = [
        at === 0 ? undefined : `(min-width: ${run.from}px)`,
        at === runs.length - 1 ? undefined : `(max-width: ${run.to + 0.98}px)`,
      ].filter(Boolean);
      const media = [...widths, theme === 'dark' ? '(prefers-color-scheme: dark)' : undefined].filter(Boolean);
      if (!run.image) continue;
      sources.push(
        html`<source media="${media.join(' and ')}" srcset="${fileUrl(base, openingViewFile(run.image))}" />`,
      );
      if (theme === 'light' && run.image && run.from <= 412 && run.to >= 412) fallback = run.image;
    }
  }
  const img = fallback ?? images[0];
  if (!img) return new Html('');
  const src = fileUrl(base, openingViewFile(img));
  return html`<picture>${sources}<img class="opening-view" id="opening-view" alt="" fetchpriority="high" src="${src}" data-bounds="${bounds.join(',')}" /></picture>`;
}
