import AxeBuilder from '@axe-core/playwright';
import { SUB_PATH } from '../scripts/serve.mjs';
import {
  at,
  clickEventMarker,
  eventMarker,
  eventPopup,
  expect,
  openStory,
  placeMarker,
  revealMarker,
  test,
} from './support';

const ROCKET = 'rocket-attack-0830-launch';
const ROCKET_QUOTE = 'Caliphate soldiers targeted Kabul International Airport with six rockets';
const AFTER_ROCKETS = at('2021-08-30T04:00Z');
// The source article (30 Aug, zone unknown) counts from the end of that day in UTC−12: 31 Aug 12:00 UTC.
const AFTER_SOURCE_ARTICLE = at('2021-08-31T12:00Z');

test.describe('the map', () => {
  test('opens a place’s details from its marker, and closes them when an event’s open: one at a time', async ({
    page,
  }) => {
    await openStory(page, AFTER_ROCKETS);
    await (await revealMarker(page, placeMarker(page, 'abbey-gate'))).click();
    const placeDetails = page.locator('.leaflet-popup.place-popup, .map-sheet.place-popup');
    await expect(placeDetails).toContainText('Abbey Gate');
    await clickEventMarker(page, ROCKET);
    await expect(eventPopup(page)).toContainText('Rockets fired');
    await expect(placeDetails).toHaveCount(0);
  });

  test('draws the embedded basemap, the airport and the story layers, with no request off localhost', async ({
    page,
  }) => {
    await openStory(page, at('2021-08-31T12:00Z'));
    // The embedded basemap: canvas polygons, town names, the runway polygon, the scale bar.
    await expect(page.locator('.leaflet-embeddedFill-pane canvas')).toBeAttached();
    await expect(page.locator('.leaflet-storyContext-pane path.place-strip')).toHaveCount(1);
    await expect(page.locator('.leaflet-control-scale-line')).toBeVisible();
    await expect(page.locator('.map-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.map-attribution')).toContainText('geoBoundaries');
    await expect(page.locator('.map-attribution')).toContainText('OurAirports');
    // Story layers: airport places and events (those sharing a point stacked under one marker).
    await expect(placeMarker(page, 'abbey-gate')).toHaveAttribute('data-label', 'Abbey Gate');
    // No source locates the East Gate: it is not drawn.
    await expect(placeMarker(page, 'east-gate')).toHaveCount(0);
    for (const id of ['abbey-gate-bombing', 'kabul-drone-strike-0829', ROCKET]) {
      await expect(await revealMarker(page, eventMarker(page, id))).toBeVisible();
    }
    // Estimated locations have an uncertainty circle.
    await expect(page.locator('.leaflet-uncertainty-pane path.uncertainty-circle')).not.toHaveCount(0);
  });

  test('opens with town names at low zoom and the Kabul district outline at city zoom', async ({ page }) => {
    await openStory(page, at('2021-08-31T12:00Z', 'view=34.5,68.5,6'));
    await expect(page.locator('.town-label', { hasText: /^Kabul$/ })).toBeVisible();
    await expect(page.locator('.district-label')).toHaveCount(0);
    await page.goto(at('2021-08-31T12:00Z', 'view=34.56,69.2,12'));
    await expect(page.locator('.district-label', { hasText: 'Bagrami district' })).toBeAttached();
  });

  test('opens the rocket attack popup with a click, quoting the source article with its attribution', async ({
    page,
  }) => {
    await openStory(page, AFTER_SOURCE_ARTICLE);
    await clickEventMarker(page, ROCKET);
    const popup = eventPopup(page);
    await expect(popup).toBeVisible();
    await expect(popup.getByRole('heading', { level: 2 })).toContainText('Rockets fired at Kabul airport');
    await popup.getByRole('button', { name: /^Show all \d+ sources/ }).click();
    const quote = popup.locator('figure[data-source-article="true"]', { hasText: ROCKET_QUOTE });
    await expect(quote.locator('blockquote')).toHaveText(ROCKET_QUOTE);
    await expect(quote.locator('figcaption')).toContainText('ISIS-K');
    await expect(quote.locator('figcaption')).toContainText('the source article (outlet not identified)');
    await expect(popup).toContainText('Mon 30 Aug 2021, around 06:40 (± 30 min) Kabul time');
    await expect(popup.locator('.badge-estimate')).toHaveText('approximate');
    await expect(popup.locator('.distances')).toContainText('of the airport reference point');
    // Links leave in a new tab without handing over the page.
    const link = popup.locator('a.external-link').first();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // A click on the map closes it.
    await page.locator('.map').click({ position: { x: 30, y: 300 } });
    await expect(popup).toHaveCount(0);
  });

  test('opens the rocket attack popup from the keyboard: Tab to the marker, Enter', async ({ page }) => {
    await openStory(page, AFTER_ROCKETS);
    const marker = eventMarker(page, ROCKET);
    await expect(marker).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('button', { name: /^Rockets fired at Kabul airport/ })).toHaveCount(1);
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toBeFocused();
    // Reuters' report of 29 Aug (Washington) is among the sources that may have been published by then.
    await popup.getByRole('button', { name: /^Show all/ }).click();
    await expect(popup.locator('blockquote', { hasText: 'as many as 5 rockets were fired' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
  });

  test('hides a layer’s markers when its toggle is turned off', async ({ page }) => {
    await openStory(page, AFTER_ROCKETS);
    await expect(eventMarker(page, ROCKET)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Attacks' }).uncheck();
    await expect(eventMarker(page, ROCKET)).toHaveCount(0);
    await expect(eventMarker(page, 'abbey-gate-bombing')).toHaveCount(0);
    await expect(eventMarker(page, 'kabul-drone-strike-0829')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Airport' }).uncheck();
    await expect(placeMarker(page, 'abbey-gate')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Attacks' }).check();
    await expect(eventMarker(page, ROCKET)).toBeVisible();
  });

  test('shows an event with no place in the list and beside the map, never on it', async ({ page }) => {
    // The day before the statement's release (29 Aug, 08:30 Kabul).
    await openStory(page, at('2021-08-28T12:00Z'));
    await expect(eventMarker(page, 'joint-statement-0829')).toHaveCount(0);
    const entry = page.locator('.event-row[data-event-id="joint-statement-0829"]');
    await expect(entry).toContainText('not on the map');
    await entry.click();
    const details = page.getByRole('region', { name: 'Event details' });
    // At the statement's release its reports, dated by day, may be out: it is named, and marked as such.
    await expect(details.locator('.popup-title')).toContainText('Joint statement');
    await expect(details.locator('.popup-pending')).toContainText('time of day not known');
    // Its place is named once it was reported.
    await expect(details).toContainText('US Department of State');
    // The differing counts of signatories were all published on 30 Aug (zone unknown): from 31 Aug 12:00 UTC they
    // stand side by side.
    await page.goto(at('2021-08-31T12:00Z', 'event=joint-statement-0829'));
    await expect(details.getByRole('heading', { name: 'Accounts differ' })).toBeVisible();
  });

  test('has no serious or critical accessibility violations, with a popup open', async ({ page }) => {
    await openStory(page, AFTER_ROCKETS);
    await clickEventMarker(page, ROCKET);
    await expect(eventPopup(page)).toHaveCSS('opacity', '1');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  for (const width of [375, 1280]) {
    test(`looks right at ${width} px wide`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await openStory(page, at('2021-08-30T04:00Z', `event=${ROCKET}`));
      await expect(eventPopup(page)).toBeVisible();
      // Nothing overflows the page sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('.time-controls')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`map-${width}.png`), fullPage: true, animations: 'disabled' });
    });
  }

  test('works from a sub-path, as a newsroom hosts it', async ({ page }) => {
    await openStory(page, `${SUB_PATH}?t=2021-08-30T04:00Z`);
    await expect(eventMarker(page, ROCKET)).toBeVisible();
    await expect(page.locator('.leaflet-embeddedFill-pane canvas')).toBeAttached();
  });
});

test.describe('online basemaps', () => {
  test.use({ allowExternalRequests: true });

  test('are requested only once chosen, with their attribution, and failing tiles leave the embedded map', async ({
    page,
    externalRequests,
  }) => {
    await openStory(page, AFTER_ROCKETS);
    await page.waitForTimeout(500);
    expect(externalRequests).toEqual([]);
    await page.getByRole('radio', { name: /OpenStreetMap/ }).check();
    await expect
      .poll(() => externalRequests.some((url) => url.startsWith('https://tile.openstreetmap.org/')))
      .toBe(true);
    await expect(page.locator('.map-attribution')).toContainText('OpenStreetMap contributors');
    // This machine has no route out: the tiles fail, the map says so and keeps the embedded basemap.
    await expect(page.getByText('The online map tiles could not be loaded')).toBeVisible();
    await expect(page.locator('.leaflet-embeddedFill-pane canvas')).toBeVisible();
    await page.getByRole('radio', { name: /Satellite/ }).check();
    await expect
      .poll(() => externalRequests.some((url) => url.startsWith('https://server.arcgisonline.com/')))
      .toBe(true);
    await expect(page.locator('.map-attribution')).toContainText('Esri');
  });
});
