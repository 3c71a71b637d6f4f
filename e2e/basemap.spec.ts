import type { Page } from '@playwright/test';
import { at, eventMarker, expect, openStory, test } from './support';

const COUNTRY_VIEW = at('2021-08-31T12:00Z', 'view=34.5,68.5,6');

/** How many pixels of the basemap's canvas are painted (its polygons and lines). */
function paintedBasemapPixels(page: Page): Promise<number> {
  return page.locator('.leaflet-embeddedFill-pane canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return painted;
  });
}

test.describe('the basemap, drawn from its manifest', () => {
  test('says so when the basemap’s code cannot be loaded, and still shows the story on the map', async ({ page }) => {
    await page.route(/\/assets\/basemapFiles-[^/]*\.js$/, (route) => route.abort());
    await openStory(page, COUNTRY_VIEW);
    const notice = page.locator('.basemap-notice');
    await expect(notice).toContainText('The basemap could not be shown; the rest of the map is.');
    await notice.locator('summary').click();
    await expect(notice).toContainText("geodata/basemap: the basemap's code could not be loaded");
    await expect(eventMarker(page, 'abbey-gate-bombing')).toBeAttached();
  });

  test('draws the other layers when one layer’s file is missing, and says which one was left out', async ({ page }) => {
    await page.route('**/geodata/basemap/ne_rivers.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await openStory(page, COUNTRY_VIEW);
    const notice = page.locator('.basemap-notice');
    await expect(notice).toContainText('Part of the basemap could not be shown; the rest of the map is.');
    await notice.locator('summary').click();
    await expect(notice).toContainText(
      'geodata/basemap/ne_rivers.json: layer "rivers": could not be loaded (HTTP 404)',
    );
    // The layers after the missing one are drawn all the same: countries, provinces, lakes, town names.
    await expect(page.locator('.town-label', { hasText: /^Kabul$/ })).toBeVisible();
    await expect.poll(() => paintedBasemapPixels(page)).toBeGreaterThan(100_000);
    await expect(eventMarker(page, 'abbey-gate-bombing')).toBeAttached();
    // The reader can put the notice away.
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('names a layer file that is not valid JSON, and still draws the city’s districts', async ({ page }) => {
    await page.route('**/geodata/basemap/afg_adm1.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type": "FeatureCollection", "features": [',
      }),
    );
    await openStory(page, at('2021-08-31T12:00Z', 'view=34.56,69.2,12'));
    const notice = page.locator('.basemap-notice');
    await notice.locator('summary').click();
    await expect(notice).toContainText('geodata/basemap/afg_adm1.json: layer "provinces": invalid JSON at line 1');
    await expect(page.locator('.district-label', { hasText: 'Bagrami district' })).toBeAttached();
  });

  test('without a manifest, the map works without a basemap and says so', async ({ page }) => {
    await page.route('**/geodata/basemap/manifest.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await openStory(page, COUNTRY_VIEW);
    const notice = page.locator('.basemap-notice');
    await expect(notice).toContainText('The basemap could not be shown; the rest of the map is.');
    await notice.locator('summary').click();
    await expect(notice).toContainText('geodata/basemap/manifest.json: could not be loaded (HTTP 404)');
    await expect(page.locator('.town-label')).toHaveCount(0);
    await expect(eventMarker(page, 'abbey-gate-bombing')).toBeAttached();
    await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
  });

  test('shows no notice when every layer is drawn', async ({ page }) => {
    await openStory(page, COUNTRY_VIEW);
    await expect(page.locator('.town-label', { hasText: /^Kabul$/ })).toBeVisible();
    await expect(page.locator('.basemap-notice')).toHaveCount(0);
  });
});
