/**
 * `npm run snapshots`: renders PNG images of the story's moments with Chromium, from the built embed, into the
 * story folder's snapshots/ (so every later build publishes them) and dist/snapshots/. The moments are the data's
 * (story.json's publication.snapshot_moments, or else the whole story: src/domain/publication.ts); each chapter
 * of the guided story gets its own image too, the fallback of its chapter page. The embed uses the social image
 * as its <noscript> content, social preview (og:image) and print image.
 * STORY=<folder> picks the story, as for the build; --port N moves the local server (default 4179, or the next
 * free port).
 */
import { join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { formatDataProblem } from '../src/domain/dataProblem';
import { parseIsoInstant } from '../src/domain/isoInstant';
import { parseJsonText } from '../src/domain/parseJsonText';
import { selectSnapshotMoments, snapshotFile } from '../src/domain/publication';
import { answerHelp } from './answerHelp.mjs';
import { chapterSnapshotFile, readChapters } from './chapterPages';
import { findChromium } from './findChromium.mjs';
import { readPublication } from './publicationPage';
import { writeFolderFiles } from './safeFiles';
import { startStaticServer } from './serve.mjs';
import { readStoryFile } from './storyFiles';

answerHelp(`
STORY=<folder> npm run snapshots -- [--port 4179]
  Builds the site, then renders PNG images of the story's moments (publication.snapshot_moments, or the whole
  story) and of each chapter with Chromium, into the story folder's snapshots/ and dist/snapshots/.
`);

const SIZE = { width: 1200, height: 675 };
const storyFolder = process.env.STORY ?? 'geodata';
const portArgument = process.argv.indexOf('--port');
const port = portArgument >= 0 ? Number(process.argv[portArgument + 1]) : 4179;

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
try {
  const page = await browser.newPage({ viewport: SIZE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
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
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
