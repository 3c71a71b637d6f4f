import { openingZoom, parseOpeningViewFile } from '../domain/openingView';
import {
  chosenOpeningFile,
  dropOpeningView,
  openingBounds,
  openingViewImage,
  placeOpeningView,
} from '../map/openingView';

/**
 * Hands the page over from its static first paint (index.html / embed.html: the story's title and subtitle and
 * the layout's empty boxes, drawn before any script runs) to the app: the first paint is removed the moment the
 * app shows more than its loading notice, in the same frame, so that nothing blinks or moves. Returns a function
 * that stops watching.
 */
export function handOverFirstPaint(root: HTMLElement, firstPaint = document.getElementById('first-paint')) {
  if (!firstPaint) return () => undefined;
  const appHasContent = () => root.childElementCount > 0 && root.querySelector('.loading') === null;
  const observer = new MutationObserver(() => {
    if (!appHasContent()) return;
    firstPaint.remove();
    observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** Link parameters that leave the map's opening view as the image shows it (with `theme` when it is the system's). */
const VIEW_NEUTRAL_PARAMETERS = new Set(['tz', 'controls', 'id', 'childId', 'theme']);

/**
 * Keeps the first paint's image of the map's opening view only where the live map will open on the same view: a
 * link that names a moment, an event, a chapter, a view, layers or another basemap opens elsewhere, a theme other
 * than the system's draws other colours, and a map box of another size than the image's media query assumed
 * (a short or landscape screen) opens at another zoom. The image is dropped then, before it is shown if it has
 * not arrived yet.
 */
export function checkOpeningView(search = window.location.search): void {
  const image = openingViewImage();
  if (!image) return;
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  const systemTheme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const drawn = parseOpeningViewFile(chosenOpeningFile(image));
  const bounds = openingBounds(image);
  const box = image.closest('.map-area');
  const matches =
    [...params.keys()].every((key) => VIEW_NEUTRAL_PARAMETERS.has(key)) &&
    (theme === null || theme === 'auto' || theme === systemTheme) &&
    drawn?.theme === systemTheme &&
    bounds !== undefined &&
    box !== null &&
    openingZoom(bounds, box.clientWidth, box.clientHeight) === drawn.zoom;
  if (matches) placeOpeningView(image, box);
  else dropOpeningView();
}
