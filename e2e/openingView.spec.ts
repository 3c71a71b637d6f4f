import type { Page } from '@playwright/test';
import { expect, test } from './support';

/** What the image shows of the map: the basemap and the places' shapes, not the markers and labels. */
const MARKERS_AND_CHROME =
  '.leaflet-control-container, .map-notices, .leaflet-marker-pane, .leaflet-storyLabels-pane, ' +
  '.leaflet-tooltip-pane, .leaflet-popup-pane, .leaflet-shadow-pane { visibility: hidden !important; }';

/**
 * The share of pixels that differ (by more than 40 in a channel) between two PNG screenshots of one size, counted
 * in a blank page (the site's policy allows no data: URL).
 */
async function differingShare(site: Page, a: Buffer, b: Buffer): Promise<number> {
  const page = await site.context().newPage();
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [left, right] = [await pixels(first), await pixels(second)];
      let differing = 0;
      for (let i = 0; i < left.length; i += 4) {
        const delta = Math.max(
          Math.abs((left[i] ?? 0) - (right[i] ?? 0)),
          Math.abs((left[i + 1] ?? 0) - (right[i + 1] ?? 0)),
          Math.abs((left[i + 2] ?? 0) - (right[i + 2] ?? 0)),
        );
        if (delta > 40) differing++;
      }
      return differing / (left.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

for (const { page: path, width, height } of [
  { page: '/', width: 412, height: 823 },
  { page: '/', width: 1280, height: 900 },
  { page: '/embed.html', width: 375, height: 700 },
]) {
  test.describe(`the opening view's image, ${path} at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('fills the map’s box in the first paint, before any script runs', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(path);
      const image = page.locator('.first-paint #opening-view');
      await expect(image).toBeVisible();
      await expect
        .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
      const [imageBox, mapBox] = [
        await image.boundingBox(),
        await page.locator('.first-paint .map-area').boundingBox(),
      ];
      expect(imageBox).toEqual(mapBox);
      await context.close();
    });

    test('lies over the live map where it draws the same, and goes once the basemap is drawn', async ({ page }) => {
      // The basemap held back: the image stays over the live map until it is drawn.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/geodata/basemap/**', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(path);
      const image = page.locator('.map-area:has(.leaflet-container) #opening-view');
      await expect(image).toBeVisible();
      await page.addStyleTag({ content: MARKERS_AND_CHROME });
      const area = page.locator('.map-area');
      const over = await area.screenshot();
      release();
      await expect(page.locator('#opening-view')).toHaveCount(0);
      await page.locator('.leaflet-embeddedFill-pane canvas').waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const live = await area.screenshot();
      // The same pixels (a stale image, after a change to the basemap's style, needs `npm run snapshots`).
      expect(await differingShare(page, over, live)).toBeLessThan(0.002);
    });
  });
}

test.describe('a link that opens elsewhere', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const query of ['?view=34.5,69.2,13', '?event=abbey-gate-bombing', '?chapter=abbey-gate', '?theme=dark']) {
    test(`shows no image of the opening view (${query})`, async ({ page }) => {
      await page.goto(`/${query}`);
      await expect(page.locator('.leaflet-container')).toBeAttached();
      await expect(page.locator('#opening-view')).toHaveCount(0);
    });
  }
});
