/**
 * A story written only as sheets (e2e/fixtures/sheets-story/sheets/: the template filled in with test data in
 * Boston harbor, America/New_York), built as any story is: the build reads its sheets. What a reader sees must be
 * what the sheets say: kinds and layers, a line and a polygon, a dispute, figures, a correction, a chapter.
 */
import { SHEETS } from './ports';
import { at, clickEventMarker, eventPopup, expect, openStory, placeMarker, test, timeSlider } from './support';

test.use({ baseURL: SHEETS });

/** 8 Oct 2024 14:00 in New York (UTC−4): every source, figure and the correction are published. */
const AFTER_CORRECTION = at('2024-10-08T18:00Z');

test.describe('a story written only as sheets', () => {
  test('its legend lists the kinds sheet’s kinds and the places sheet’s places, in the layers sheet’s layers', async ({
    page,
  }) => {
    await openStory(page, at('2024-10-05T20:00Z'));
    const rows = page.locator('.layer-panel .layer-row');
    const legend = await rows.evaluateAll((elements) =>
      elements.map((row) => ({
        layer: row.querySelector('label')?.textContent?.trim() ?? '',
        entries: [...row.querySelectorAll('ul.legend > li')].map((item) => item.textContent?.trim() ?? ''),
      })),
    );
    expect(legend).toEqual([
      { layer: 'Incidents', entries: ['Flood', 'Power outage'] },
      { layer: 'Responses', entries: ['Rescue', 'Statement'] },
      { layer: 'Harbor places', entries: ['Test seawall', 'Test harbor zone', 'Harbor office'] },
    ]);
    // The line and the polygon of the places sheet (WKT in its geometry column), and its point.
    await expect(page.locator('.leaflet-storyContext-pane path.place-line')).toHaveCount(1);
    await expect(page.locator('.leaflet-storyContext-pane path.place-area')).toHaveCount(1);
    await expect(placeMarker(page, 'harbor-office')).toHaveAttribute('data-label', 'Test harbor office');
    // The basemap the importer chose for a new story, credited without anyone writing the credit.
    await expect(page.locator('.map-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.map-attribution')).toContainText('GeoNames');
  });

  test('a popup gives the sheets’ times in the story’s zone, the sources, the dispute and the correction', async ({
    page,
  }) => {
    await openStory(page, AFTER_CORRECTION);
    await clickEventMarker(page, 'test-surge');
    const popup = eventPopup(page);
    // The title after the correction, and its status.
    await expect(popup.locator('.popup-title')).toHaveText(
      'Test data: a storm surge floods the pier, four meters high',
    );
    await expect(popup.locator('.badge-status')).toHaveText('Confirmed');
    // "2024-10-05 14:20" in the events sheet, a local time in America/New_York.
    await expect(popup).toContainText('Sat, Oct 5, 2024, 14:20 – 20:00 New York time');
    await expect(popup.locator('.distances')).toContainText('north-east of the test harbor office');
    const correction = popup.locator('.correction');
    await expect(correction).toContainText('Correction, Tue, Oct 8, 2024');
    await expect(correction).toContainText('TEST-CORRECTION the harbor board measured four meters.');
    const differ = popup.locator('.accounts-differ');
    await expect(differ.getByRole('heading', { name: 'Accounts differ' })).toBeVisible();
    const waves = differ.locator('.comparison', { hasText: 'Wave height' });
    await expect(
      waves.locator('.comparison-answer', { hasText: 'Test harbor master' }).locator('.answer-value'),
    ).toHaveText('3 m');
    await expect(waves.locator('.comparison-answer', { hasText: 'Test Wire' }).locator('.answer-value')).toHaveText(
      '5 m',
    );
    // The wire's report is retracted by the correction (retracts_sources: wire).
    await expect(popup.locator('.source.is-retracted')).toContainText('TEST-WIRE');
    await expect(popup.locator('blockquote', { hasText: 'TEST-FIRST-REPORT water is over the pier' })).toBeVisible();
  });

  test('before its first report an event is not named, and its sources come as they were published', async ({
    page,
  }) => {
    // 14:30 New York time: the surge has started, the harbor master's report (14:45) is not out yet.
    await openStory(page, at('2024-10-05T18:30Z'));
    await clickEventMarker(page, 'test-surge');
    await expect(eventPopup(page).locator('.popup-title')).toHaveText('Flood, not yet reported');
    await expect(eventPopup(page)).not.toContainText('TEST-FIRST-REPORT');
  });

  test('the chart shows the figures sheet’s series with the story sheet’s title and unit', async ({ page }) => {
    await openStory(page, AFTER_CORRECTION);
    const chart = page.getByRole('region', { name: 'Test data: boats damaged' });
    await expect(chart).toContainText('at least 11 boats');
    await expect(chart).toContainText('boats damaged (test figures)');
  });

  test('the guided story opens the chapters sheet’s chapter, with its caption and cited source', async ({ page }) => {
    await openStory(page, at('2024-10-05T20:00Z'));
    await page.getByRole('button', { name: 'Start the story' }).click();
    const chapters = page.getByRole('region', { name: 'Guided story' });
    await expect(chapters).toContainText('Chapter 1 of 1');
    await expect(chapters).toContainText('Test chapter: the surge');
    await expect(chapters).toContainText('TEST-CAPTION the fixture surge floods the pier.');
    await expect(chapters).toContainText('Test harbor master');
    // "2024-10-05 15:00" in the chapters sheet: a local time in the story's zone.
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat, Oct 5, 2024, 15:00 New York time');
    await expect(eventPopup(page).locator('.popup-title')).toHaveText('Test data: a storm surge floods the pier');
  });
});
