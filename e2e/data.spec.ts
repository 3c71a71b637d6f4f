import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { withDeepProperty } from '../src/test/hostileData';
import { eventMarker, eventPopup, expect, openStory, test } from './support';

const hostile = readFileSync(new URL('./fixtures/hostile-events.geojson', import.meta.url), 'utf8');

test.describe('bad and hostile data', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/geodata/events.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/geo+json', body: hostile }),
    );
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
  });

  test('renders hostile strings as inert text, and no script from the data ever runs', async ({ page }) => {
    await openStory(page, '/?t=2021-08-26T10:00Z');
    const marker = eventMarker(page, 'hostile-but-valid');
    await expect(marker).toHaveAttribute('aria-label', '<img src=x onerror="window.__pwned=\'title\'">Hostile title');
    await marker.click();
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText(
      '<img src=x onerror="window.__pwned=\'title\'">Hostile title',
    );
    await expect(popup.locator('blockquote')).toHaveText("<script>window.__pwned='quote'</script>Quoted words");
    await expect(popup).toContainText('<b onmouseover');
    await expect(popup.locator('img, script, svg[onload], b')).toHaveCount(0);
    await popup.locator('.place-name').hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  });

  test('skips invalid features with a readable notice and still renders every valid one', async ({ page }) => {
    await openStory(page, '/?t=2021-08-26T14:00Z');
    const notice = page.locator('.data-notice');
    await expect(notice).toContainText('Some data could not be shown');
    await notice.locator('summary').click();
    await expect(notice).toContainText(
      'geodata/events.geojson: feature "javascript-link": properties.sources[0].url: expected an http(s) URL',
    );
    await expect(notice).toContainText(
      'feature "swapped": geometry.coordinates: coordinates [34.56, 69.21] look swapped',
    );
    await expect(eventMarker(page, 'valid-neighbour')).toBeVisible();
    await expect(eventMarker(page, 'hostile-but-valid')).toBeVisible();
    await expect(eventMarker(page, 'javascript-link')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test('the embed, too, says what data it skipped, with the details behind a summary', async ({ page }) => {
    await page.goto('/embed.html?t=2021-08-26T14:00Z');
    await expect(eventMarker(page, 'valid-neighbour')).toBeVisible();
    const notice = page.locator('.data-notice');
    await expect(notice.locator('summary')).toHaveText(/^Some data could not be shown: \d+ problems? in \d+ items?\./);
    const details = notice.getByText('feature "javascript-link": properties.sources[0].url');
    await expect(details).toBeHidden();
    await notice.locator('summary').click();
    await expect(details).toBeVisible();
    await expect(eventMarker(page, 'javascript-link')).toHaveCount(0);
  });
});

test('a missing data file gets a clear message, not a blank page', async ({ page }) => {
  await page.route('**/geodata/events.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('geodata/events.geojson: could not be loaded (HTTP 404)');
});

test('an events file nested 10,000 deep gets one line, not a crash', async ({ page }) => {
  await page.route('**/geodata/events.geojson', async (route) => {
    const published = await (await route.fetch()).text();
    await route.fulfill({ status: 200, contentType: 'application/geo+json', body: withDeepProperty(published) });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('geodata/events.geojson: nested too deeply (limit 64)');
});

test.describe('a story with nothing to show', () => {
  for (const path of ['/', '/embed.html']) {
    test(`gets a clear message on ${path}, not an empty map at a made-up date`, async ({ page }) => {
      const invalid = { type: 'Feature', id: 'no-time', geometry: null, properties: { title: 'No time' } };
      await page.route('**/geodata/events.geojson', (route) =>
        route.fulfill({
          contentType: 'application/geo+json',
          json: { type: 'FeatureCollection', features: [invalid] },
        }),
      );
      await page.goto(path);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The story could not be loaded');
      await expect(alert).toContainText(
        'geodata/events.geojson: no event could be shown: expected at least one valid event',
      );
      await expect(alert).toContainText('feature "no-time": properties.kind');
      await expect(page.getByRole('slider', { name: 'Time' })).toHaveCount(0);
      await expect(page.locator('.leaflet-container')).toHaveCount(0);
    });
  }

  test('a time zone the browser does not know stops the story with the field named', async ({ page }) => {
    await page.route('**/geodata/story.json', async (route) => {
      const config = await (await route.fetch()).json();
      await route.fulfill({ json: { ...config, time_zone: { id: 'Mars/Olympus_Mons', label: 'Mars' } } });
    });
    await page.goto('/embed.html');
    await expect(page.getByRole('alert')).toContainText(
      'geodata/story.json: time_zone.id: expected an IANA time zone id such as "America/Santiago", got "Mars/Olympus_Mons"',
    );
  });
});

test.describe('what the build checked', () => {
  /** Whether the page asked for the validating parser's code. */
  function parserRequests(page: Page): string[] {
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/parseStory-[^/]*\.js$/.test(request.url())) requested.push(request.url());
    });
    return requested;
  }

  test('the published story is shown without loading the validating parser', async ({ page }) => {
    const requested = parserRequests(page);
    await openStory(page, '/?t=2021-08-26T18:00Z');
    await expect(eventMarker(page, 'abbey-gate-bombing')).toBeAttached();
    await expect(page.locator('.data-notice')).toHaveCount(0);
    expect(requested).toEqual([]);
  });

  test('an events file swapped in after the build is validated, and shown', async ({ page }) => {
    await page.route('**/geodata/events.geojson', async (route) => {
      const published = await (await route.fetch()).text();
      // The same events, one byte longer: not the file the build checked.
      await route.fulfill({ status: 200, contentType: 'application/geo+json', body: `${published}\n` });
    });
    const requested = parserRequests(page);
    await openStory(page, '/?t=2021-08-26T18:00Z');
    await expect(eventMarker(page, 'abbey-gate-bombing')).toBeAttached();
    await expect(page.locator('.data-notice')).toHaveCount(0);
    expect(requested).toHaveLength(1);
  });
});
