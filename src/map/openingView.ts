/**
 * The first paint's image of the map's opening view (index.html, embed.html; scripts/openingViews.ts) stays in the
 * map's box, over the live map, until the live map has drawn the same view: the same element moves from the first
 * paint into the app's map box, then into the live map's, so that it is never drawn again or missing for a frame,
 * and is placed where the live map will draw the same point, to the pixel. It goes when the map's basemap is drawn,
 * or at once when the reader moves the map.
 */
import { type Bounds, openingCentrePixel, parseOpeningViewFile } from '../domain/openingView';

const IMAGE_ID = 'opening-view';

/**
 * The image, found once: when React replaces the box it is in (the map's placeholder by the map), it is out of the
 * document for a moment, until the new box takes it. Null once it is dropped.
 */
let found: HTMLImageElement | null | undefined;

/** The image of the opening view, if the page shows one. */
export function openingViewImage(): HTMLImageElement | undefined {
  if (found === undefined) {
    const image = document.getElementById(IMAGE_ID);
    found = image instanceof HTMLImageElement ? image : null;
  }
  return found ?? undefined;
}

/**
 * The image with its <picture>, which moves and goes with it: out of its <picture>, an image would choose its
 * file again, from its `src` alone.
 */
function openingView(): Element | undefined {
  const image = openingViewImage();
  if (!image) return undefined;
  return image.parentElement?.tagName === 'PICTURE' ? image.parentElement : image;
}

/**
 * The file a <picture> shows: its first source whose media query holds, else the image's own. (The image's
 * `currentSrc` is empty until the browser has started to fetch it, which may be after the page's script runs.)
 */
export function chosenOpeningFile(image: HTMLImageElement): string {
  const picture = image.parentElement;
  for (const source of picture?.tagName === 'PICTURE' ? picture.querySelectorAll('source') : []) {
    if (window.matchMedia(source.media || 'all').matches) return source.srcset;
  }
  return image.getAttribute('src') ?? '';
}

/** The story's bounds the image carries (data-bounds), if they are four numbers. */
export function openingBounds(image: HTMLImageElement): Bounds | undefined {
  const bounds = (image.dataset.bounds ?? '').split(',').map(Number);
  return bounds.length === 4 && bounds.every(Number.isFinite) ? (bounds as unknown as Bounds) : undefined;
}

/**
 * Places the image in `box` (the map's area) where the live map will draw the same: its centre pixel on the
 * map's, each rounded as Leaflet rounds it for its own box.
 */
export function placeOpeningView(image: HTMLImageElement, box: Element): void {
  const drawn = parseOpeningViewFile(chosenOpeningFile(image));
  const bounds = openingBounds(image);
  if (!drawn || !bounds) return;
  // Smaller than where it was first painted: a larger paint of it would be a new largest contentful paint, at the
  // moment it moves (the app's box may be a fraction of a pixel taller, and paints are counted in whole device
  // pixels). One pixel less at its foot is not seen: the live map is there.
  if (!image.style.maxHeight) {
    const first = image.getBoundingClientRect();
    image.style.maxWidth = `${first.width}px`;
    image.style.maxHeight = `${Math.max(0, first.height - 1)}px`;
  }
  const [imageX, imageY] = openingCentrePixel(bounds, drawn.zoom, drawn.width, drawn.height);
  const [mapX, mapY] = openingCentrePixel(bounds, drawn.zoom, box.clientWidth, box.clientHeight);
  image.style.objectPosition = `${mapX - imageX}px ${mapY - imageY}px`;
}

/** Moves the image of the opening view, if the page still shows it, into `box` (a map's area), in place. */
export function adoptOpeningView(box: HTMLElement | null): void {
  const view = openingView();
  const image = openingViewImage();
  if (!view || !image || !box) return;
  if (view.parentElement !== box) box.append(view);
  placeOpeningView(image, box);
}

/** Whether the page shows an image of the opening view. */
export function showsOpeningView(): boolean {
  return openingView() !== undefined;
}

/** Removes the image of the opening view: the live map shows the same, or the reader has moved it. */
export function dropOpeningView(): void {
  openingView()?.remove();
  found = null;
}
