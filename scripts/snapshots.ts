/**
 * `npm run snapshots`: renders PNG images of the story's key moments with Chromium, from the built embed, into
 * public/snapshots/ (so every later build carries them) and dist/snapshots/. The embed uses one as its
 * <noscript> content, social preview (og:image) and print image; each chapter of the guided story gets its own,
 * the fallback of its chapter page.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chapterSnapshotFile, readChapters } from './chapterPages';
import { findChromium } from './findChromium.mjs';
import { startStaticServer } from './serve.mjs';

/** The moments, in UTC (Kabul is UTC+04:30), each shortly after the event it shows. */
export const KEY_MOMENTS = [
  { file: '2021-08-26-abbey-gate.png', t: '2021-08-26T14:00Z', label: '26 Aug, after the Abbey Gate bombing' },
  { file: '2021-08-29-drone-strike.png', t: '2021-08-29T13:00Z', label: '29 Aug, after the Kabul drone strike' },
  { file: '2021-08-30-rockets.png', t: '2021-08-30T03:00Z', label: '30 Aug, after the rocket attack' },
  { file: '2021-08-31-end.png', t: '2021-08-30T20:00Z', label: '31 Aug, after the last flight out' },
] as const;

const PORT = 4179;
const SIZE = { width: 1200, height: 675 };

const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium: run node scripts/ensureChromium.mjs first.');
  process.exit(1);
}
const server = await startStaticServer({ port: PORT, root: 'dist' });
const browser = await chromium.launch({
  executablePath,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});
try {
  const page = await browser.newPage({ viewport: SIZE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  mkdirSync('public/snapshots', { recursive: true });
  mkdirSync('dist/snapshots', { recursive: true });
  // One image per chapter of the guided story: its embed page's static fallback (scripts/chapterPages.ts).
  for (const chapter of readChapters(process.env.STORY ?? 'geodata')) {
    await page.goto(`http://localhost:${PORT}/embed.html?chapter=${chapter.id}&theme=light`);
    await page.locator('.leaflet-embeddedFill-pane canvas').waitFor();
    await page.locator('.chapter-panel[data-chapter-id]').waitFor();
    // The image is the chapter's map: its view and highlighted events, without a popup over them.
    await page.waitForTimeout(600);
    const close = page.locator('.leaflet-popup-close-button');
    if ((await close.count()) > 0) await close.evaluate((button) => (button as HTMLElement).click());
    await page.waitForTimeout(300);
    const file = chapterSnapshotFile(chapter.id);
    await page.screenshot({ path: join('public', file), animations: 'disabled' });
    copyFileSync(join('public', file), join('dist', file));
    console.log(`public/${file}: chapter “${chapter.title}”`);
  }
  for (const moment of KEY_MOMENTS) {
    await page.goto(`http://localhost:${PORT}/embed.html?t=${moment.t}&theme=light`);
    await page.locator('.leaflet-marker-pane .event-marker').first().waitFor();
    await page.locator('.leaflet-embeddedFill-pane canvas').waitFor();
    await page.waitForTimeout(400);
    const target = join('public/snapshots', moment.file);
    await page.screenshot({ path: target, animations: 'disabled' });
    copyFileSync(target, join('dist/snapshots', moment.file));
    console.log(`${target}: ${moment.label}`);
  }
} finally {
  await browser.close();
  server.close();
}
