/**
 * The map's opening view, as Leaflet makes it from the story's `initial_bounds` (fitBounds, zoomSnap 0.5, zoom
 * 4–18): the zoom and centre it will open at in a box of a given size. Pure arithmetic, shared by the build (which
 * publishes images of the opening view, `npm run snapshots`), and the page (which shows the image that matches its
 * map box, until the live map has drawn the same view: src/map/openingView.ts).
 */

/** [west, south, east, north], degrees. */
export type Bounds = readonly [number, number, number, number];

/** Leaflet's map options that decide the opening zoom (src/map/MapView.tsx). */
export const OPENING_ZOOM = { snap: 0.5, min: 4, max: 18 } as const;

/** Web Mercator, normalised to 0–1 (Leaflet's EPSG:3857 at zoom 0, divided by 256). */
const mercatorX = (lon: number) => (lon + 180) / 360;
function mercatorY(lat: number): number {
  const clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}
const inverseMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;

/** The zoom Leaflet's fitBounds gives `bounds` in a map of width × height pixels (getBoundsZoom, not inside). */
export function openingZoom(bounds: Bounds, width: number, height: number): number {
  const [west, south, east, north] = bounds;
  const boundsWidth = 256 * Math.abs(mercatorX(east) - mercatorX(west));
  const boundsHeight = 256 * Math.abs(mercatorY(south) - mercatorY(north));
  let zoom = Math.log2(Math.min(width / boundsWidth, height / boundsHeight));
  const { snap, min, max } = OPENING_ZOOM;
  // As Leaflet: within 1% of a snap level counts as on it, then down to the level.
  zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
  zoom = Math.floor(zoom / snap) * snap;
  return Math.max(min, Math.min(max, zoom));
}

/** The centre fitBounds gives: the midpoint of the bounds in Web Mercator, as [latitude, longitude]. */
export function openingCentre(bounds: Bounds): readonly [number, number] {
  const [west, south, east, north] = bounds;
  const y = (mercatorY(south) + mercatorY(north)) / 2;
  return [inverseMercatorY(y), (west + east) / 2];
}

/**
 * Where the map draws the bounds' centre at the opening zoom, in pixels from its box's top left: Leaflet rounds its
 * pixel origin (the projected centre less half the box) to whole pixels, so the centre is off the box's middle by
 * up to half a pixel. An image of the opening view drawn in one box is placed in another by the difference.
 */
export function openingCentrePixel(bounds: Bounds, zoom: number, width: number, height: number): [number, number] {
  const [west, south, east, north] = bounds;
  const scale = 256 * 2 ** zoom;
  const x = ((mercatorX(west) + mercatorX(east)) / 2) * scale;
  const y = ((mercatorY(south) + mercatorY(north)) / 2) * scale;
  return [x - Math.round(x - width / 2), y - Math.round(y - height / 2)];
}

/** The themes an opening view is drawn in. */
export const OPENING_THEMES = ['light', 'dark'] as const;
export type OpeningTheme = (typeof OPENING_THEMES)[number];

/** An image of the opening view: its zoom, theme and size in pixels (CSS pixels, drawn at 1×). */
export interface OpeningViewImage {
  readonly zoom: number;
  readonly theme: OpeningTheme;
  readonly width: number;
  readonly height: number;
}

/** Its file in the story folder (and the site): `snapshots/opening-z12.5-light-600x900.webp`. */
export function openingViewFile(image: OpeningViewImage): string {
  return `snapshots/opening-z${image.zoom}-${image.theme}-${image.width}x${image.height}.webp`;
}

const FILE = /(?:^|\/)opening-z(\d+(?:\.5)?)-(light|dark)-(\d+)x(\d+)\.webp$/;

/** The image a file name describes, or undefined for any other file. */
export function parseOpeningViewFile(name: string): OpeningViewImage | undefined {
  const match = FILE.exec(name);
  if (!match) return undefined;
  return {
    zoom: Number(match[1]),
    theme: match[2] as OpeningTheme,
    width: Number(match[3]),
    height: Number(match[4]),
  };
}
