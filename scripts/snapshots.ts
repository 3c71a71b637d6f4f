/**
 * `npm run snapshots`: renders PNG images of the story's moments with Chromium, from the built embed, into the
 * story folder's snapshots/ (so every later build publishes them) and dist/snapshots/. The moments are the data's
 * (story.json's publication.snapshot_moments, or else the whole story: src/domain/publication.ts); each chapter
 * of the guided story gets its own image too, the fallback of its chapter page. The embed uses the social image
 * as its <noscript> content, social preview (og:image) and print image.
 * It also draws the map's opening view, as the map opens at each zoom the pages' boxes give (scripts/openingViews.ts),
 * in light and dark, as WebP images the pages' first paint shows until the live map has drawn the same.
 * STORY=<folder> picks the story, as for the build; --port N moves the local server (default 4179, or the next
 * free port); --only opening draws only the opening views.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { formatDataProblem } from '../src/domain/dataProblem';
import { parseIsoInstant } from '../src/domain/isoInstant';
import { type Bounds, openingCentre, openingViewFile, parseOpeningViewFile } from '../src/domain/openingView';
import { parseJsonText } from '../src/domain/parseJsonText';
import { selectSnapshotMoments, snapshotFile } from '../src/domain/publication';
import { answerHelp } from './answerHelp.mjs';
import { chapterSnapshotFile, readChapters } from './chapterPages';
import { findChromium } from './findChromium.mjs';
import { planOpeningViews } from './openingViews';
import { readPublication } from './publicationPage';
import { writeFolderFiles } from './safeFiles';
import { startStaticServer } from './serve.mjs';
import { listFolderFiles, readStoryFile } from './storyFiles';

answerHelp(`
STORY=<folder> npm run snapshots -- [--port 4179] [--only opening]
  Builds the site, then renders PNG images of the story's moments (publication.snapshot_moments, or the whole
  story) and of each chapter with Chromium, and WebP images of the map's opening view (each zoom the pages open
  at, light and dark), into the story folder's snapshots/ and dist/snapshots/. --only opening: only the latter.
`);

const SIZE = { width: 1200, height: 675 };
const storyFolder = process.env.STORY ?? 'geodata';
const portArgument = process.argv.indexOf('--port');
const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 4179;
const onlyOpening = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'opening';
/**
 * The map alone, filling the window: its basemap and the story's places' shapes, without controls, notices or the
 * attribution over it, and without the story's markers and labels, which the map places to fit its box (a label
 * at the edge goes to the other side in a narrower one): the live map adds those.
 */
const OPENING_CSS =
  '.map-area { position: fixed !important; inset: 0 !important; z-index: 5000; } ' +
  '.leaflet-control-container, .map-notices, .leaflet-marker-pane, .leaflet-storyLabels-pane, ' +
  '.leaflet-eventPoints-pane, .leaflet-tooltip-pane, .leaflet-popup-pane, .leaflet-shadow-pane ' +
  '{ visibility: hidden !important; }';
/** WebP quality of the opening views (0–1): small enough to arrive early on a phone. */
const OPENING_QUALITY = 0.8;

/** The start of every event in the folder's events.geojson that has a valid one: enough to place the default moment. */
function readEventStarts(folder: string): number[] {
  try {
    const read = readStoryFile(folder, 'events.geojson');
    const json = read.ok ? parseJsonText('events.geojson', read.text) : undefined;
    if (!json?.ok) return [];
    const collection = (json.value ?? {}) as { features?: { properties?: { start?: unknown } }[] };
    return (collection.features ?? []).flatMap((feature) => {
      const start = feature?.properties?.start;
      const at = typeof start === 'string' ? parseIsoInstant(start) : undefined;
      return at === undefined ? [] : [at];
    });
  } catch {
    return [];
  }
}

/** The story's initial_bounds as story.json gives them, if it does. */
function readInitialBounds(folder: string): Bounds | undefined {
  const read = readStoryFile(folder, 'story.json');
  const json = read.ok ? parseJsonText('story.json', read.text) : undefined;
  if (!json?.ok) return undefined;
  const bounds = ((json.value ?? {}) as { initial_bounds?: unknown }).initial_bounds;
  return Array.isArray(bounds) && bounds.length === 4 && bounds.every(Number.isFinite)
    ? (bounds as unknown as Bounds)
    : undefined;
}

/** A link's `t`: the moment in UTC to the minute, as the page reads it. */
function formatLinkTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16)}Z`;
}

/**
 * Waits until the embed shows its map (and its basemap, if it draws one), or stops with what the page says is
 * wrong with the story: a story that cannot load has no map to wait for.
 */
async function waitForMap(page: Page, what: string): Promise<void> {
  const failure = page.locator('.load-failure');
  await page.locator('.leaflet-container, .load-failure').first().waitFor({ timeout: 30_000 });
  if ((await failure.count()) > 0) {
    throw new Error(`${what}: the story did not load:\n${await failure.innerText()}`);
  }
  // A story without an embedded basemap layer still gets its image.
  await page
    .locator('.leaflet-embeddedFill-pane canvas')
    .waitFor({ timeout: 5_000 })
    .catch(() => console.warn(`${what}: no embedded basemap drawn`));
}

const storyLabel = relative(process.cwd(), storyFolder) || '.';
const publication = readPublication(storyFolder, storyLabel);
if (!publication.ok) {
  for (const problem of publication.problems) console.error(formatDataProblem(problem));
  process.exit(1);
}
const moments = selectSnapshotMoments(publication.publication, readEventStarts(storyFolder));
const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium: run node scripts/ensureChromium.mjs first.');
  process.exit(1);
}
const server = await startStaticServer({ port, root: 'dist', strictPort: false });
const origin = `http://localhost:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({
  executablePath,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});
/** Saves the page as `file` (snapshots/…) in the story folder and in dist/, through no link planted there. */
async function save(page: Page, file: string, label: string): Promise<void> {
  const image = await page.screenshot({ animations: 'disabled' });
  const refused = [
    ...writeFolderFiles(storyFolder, storyLabel, [{ name: file, content: image }]),
    ...writeFolderFiles('dist', 'dist', [{ name: file, content: image }]),
  ];
  if (refused.length > 0) throw new Error(refused.join('\n'));
  console.log(`${join(storyFolder, file)}: ${label}`);
}
/**
 * Draws each planned image of the opening view: the full page with its map filling a window of the image's size,
 * opened at the zoom and centre fitBounds gives (to the last digit, so that Leaflet rounds its pixel origin as it
 * does from the bounds), without the map's controls and notices, encoded as WebP by the browser. Images of an
 * earlier plan are removed.
 */
async function drawOpeningViews(bounds: Bounds): Promise<void> {
  const plan = planOpeningViews(bounds);
  const wanted = new Set(plan.map(openingViewFile));
  for (const file of listFolderFiles(storyFolder, storyLabel).files) {
    if (parseOpeningViewFile(file.name) && !wanted.has(file.name)) rmSync(file.path);
  }
  const [lat, lon] = openingCentre(bounds);
  const encoder = await browser.newPage();
  for (const image of plan) {
    const viewport = { width: image.width, height: image.height };
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: image.theme });
    // The map's area fills the window from the start (the map reads its size when it is made).
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      });
    }, OPENING_CSS);
    await page.goto(`${origin}/index.html?view=${lat},${lon},${image.zoom}`);
    await waitForMap(page, `opening view at zoom ${image.zoom}`);
    await page.waitForTimeout(800);
    const size = await page.locator('.leaflet-container').evaluate((map) => [map.clientWidth, map.clientHeight]);
    if (size[0] !== image.width || size[1] !== image.height) {
      throw new Error(`opening view at zoom ${image.zoom}: the map is ${size.join('×')}, not the image's size`);
    }
    const png = await page.screenshot();
    await context.close();
    const webp = await encoder.evaluate(
      async ({ base64, quality }) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/webp', quality).split(',')[1] ?? '';
      },
      { base64: png.toString('base64'), quality: OPENING_QUALITY },
    );
    const file = openingViewFile(image);
    const content = Buffer.from(webp, 'base64');
    const refused = [
      ...writeFolderFiles(storyFolder, storyLabel, [{ name: file, content }]),
      ...writeFolderFiles('dist', 'dist', [{ name: file, content }]),
    ];
    if (refused.length > 0) throw new Error(refused.join('\n'));
    console.log(`${join(storyFolder, file)}: the opening view at zoom ${image.zoom}, ${image.theme}`);
  }
  await encoder.close();
}

try {
  const page = await browser.newPage({ viewport: SIZE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const bounds = readInitialBounds(storyFolder);
  if (bounds) await drawOpeningViews(bounds);
  if (!onlyOpening) {
    // One image per chapter of the guided story: its embed page's static fallback (scripts/chapterPages.ts).
    for (const chapter of readChapters(storyFolder)) {
      await page.goto(`${origin}/embed.html?chapter=${chapter.id}&theme=light`);
      await waitForMap(page, `chapter ${chapter.id}`);
      await page.locator('.chapter-panel[data-chapter-id]').waitFor();
      // The image is the chapter's map: its view and highlighted events, without a popup over them.
      await page.waitForTimeout(600);
      const close = page.locator('.leaflet-popup-close-button');
      if ((await close.count()) > 0) await close.evaluate((button) => (button as HTMLElement).click());
      await page.waitForTimeout(300);
      await save(page, chapterSnapshotFile(chapter.id), `chapter “${chapter.title}”`);
    }
    for (const moment of moments) {
      await page.goto(`${origin}/embed.html?t=${formatLinkTime(moment.at)}&theme=light`);
      await waitForMap(page, moment.label);
      await page.waitForTimeout(400);
      await save(page, snapshotFile(moment.name), moment.label);
    }
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
