/**
 * The story engine, tested through a second story: the fixture in e2e/fixtures/test-story (test data in Valparaíso,
 * America/Santiago, kinds fire / protest / statement), built to dist-fixture/ and served on its own port. Whatever
 * these tests see comes from that folder's data; the Kabul specs test the Kabul data.
 */
import type { Page } from '@playwright/test';
import { FIXTURE } from './ports';
import { at, eventMarker, eventPopup, expect, openStory, placeMarker, test, timeSlider } from './support';

test.use({ baseURL: FIXTURE });

const FIRE = 'test-fire';
/** 4 Feb 12:00 in Santiago (UTC−3 in February): the fire, the protest's day and the statement have all started. */
const SECOND_DAY = at('2024-02-04T15:00Z');
/** Words of the Kabul story that no text of another story's page may hold. */
const KABUL_WORDS = /kabul|airport|runway|evacuat/i;

/** The legend as a reader reads it: each story layer's name, then what it lists. */
async function readLegend(page: Page): Promise<{ layer: string; entries: string[] }[]> {
  const rows = page.locator('.layer-panel .layer-row');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((elements) =>
    elements.map((row) => ({
      layer: row.querySelector('label')?.textContent?.trim() ?? '',
      entries: [...row.querySelectorAll('ul.legend > li')].map((item) => item.textContent?.trim() ?? ''),
    })),
  );
}

/** Every text of the page a reader or a crawler can see: the body's text, the title and the <meta> contents. */
async function pageTexts(page: Page): Promise<{ where: string; text: string }[]> {
  return page.evaluate(() => [
    { where: 'body', text: document.body.innerText },
    { where: 'title', text: document.title },
    ...[...document.querySelectorAll('meta[content]')].map((meta) => ({
      where: `meta ${meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('http-equiv')}`,
      text: meta.getAttribute('content') ?? '',
    })),
  ]);
}

/** The texts that name the Kabul story, with where they are. */
function kabulMentions(texts: { where: string; text: string }[]): string[] {
  return texts.flatMap(({ where, text }) =>
    text
      .split('\n')
      .filter((line) => KABUL_WORDS.test(line))
      .map((line) => `${where}: ${line.trim()}`),
  );
}

test.describe('the engine, on the fixture story', () => {
  test('the legend lists exactly the story’s layers, kinds and places, with their labels', async ({ page }) => {
    await openStory(page, SECOND_DAY);
    expect(await readLegend(page)).toEqual([
      { layer: 'Incidents', entries: ['Fire'] },
      { layer: 'Civic life', entries: ['Protest', 'Statement'] },
      { layer: 'Harbour places', entries: ['Test coast road', 'Test harbour zone', 'Test harbour office'] },
    ]);
    // Each kind's symbol is the story's: the fire's shape and colour as story.json chose them.
    await expect(eventMarker(page, FIRE).locator('.event-symbol')).toBeVisible();
    await expect(page.locator('.event-row[data-event-id="test-fire"]')).toContainText('Test data: fire at the harbour');
  });

  test('toggling a layer hides its markers and places, and only those', async ({ page }) => {
    await openStory(page, at('2024-02-05T12:00Z'));
    await expect(eventMarker(page, FIRE)).toBeAttached();
    await expect(eventMarker(page, 'test-protest')).toBeAttached();
    await page.getByRole('checkbox', { name: 'Incidents' }).uncheck();
    await expect(eventMarker(page, FIRE)).toHaveCount(0);
    await expect(eventMarker(page, 'test-fire-out')).toHaveCount(0);
    await expect(eventMarker(page, 'test-protest')).toBeAttached();
    await page.getByRole('checkbox', { name: 'Harbour places' }).uncheck();
    await expect(placeMarker(page, 'harbour-office')).toHaveCount(0);
    await expect(page.locator('.leaflet-storyContext-pane path.place-area')).toHaveCount(0);
    await expect(page.locator('.leaflet-storyContext-pane path.place-line')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Incidents' }).check();
    await expect(eventMarker(page, FIRE)).toBeAttached();
    await expect(page).toHaveURL(/layers=incidents(%2C|,)civic/);
  });

  test('shows times in the story’s zone, named after its city, by default', async ({ page }) => {
    await page.goto('/');
    // The fixture's locale is en-US: month before day.
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', /^\w{3}, Feb \d+, 2024, \d\d:\d\d Santiago time$/);
    await expect(page.getByRole('combobox', { name: 'Times in' })).toHaveValue('story');
    await expect(page.getByRole('combobox', { name: 'Times in' }).locator('option:checked')).toHaveText(
      'Santiago time',
    );
    // The fire's first minute, 14:20 in Santiago (UTC−3 in its summer).
    await openStory(page, at('2024-02-03T17:20Z'));
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat, Feb 3, 2024, 14:20 Santiago time');
    await expect(page.locator('.event-row[data-event-id="test-fire"]')).toContainText('Feb 3 14:20');
  });

  test('an event’s popup gives its distances in the story’s words, from its reference place and line', async ({
    page,
  }) => {
    await openStory(page, at('2024-02-04T15:00Z', `event=${FIRE}`));
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Test data: fire at the harbour warehouses');
    await expect(popup).toContainText('Sat, Feb 3, 2024, 14:20 Santiago time');
    await expect(popup.locator('.distances')).toHaveText(
      '450 m north-west of the harbour office · 150 m from the coast road',
    );
  });

  test('draws the polygon place as an area and the line place as a line, with their names', async ({ page }) => {
    await openStory(page, SECOND_DAY);
    await expect(page.locator('.leaflet-storyContext-pane path.place-area')).toHaveCount(1);
    await expect(page.locator('.leaflet-storyContext-pane path.place-line')).toHaveCount(1);
    // A line place is a plain line: the runway-style strip is only one line style among others.
    await expect(page.locator('.leaflet-storyContext-pane path.place-strip')).toHaveCount(0);
    await expect(page.locator('.area-label', { hasText: 'Test harbour zone' })).toBeAttached();
    await expect(placeMarker(page, 'harbour-office')).toHaveAttribute('data-label', 'Test harbour office');
  });

  test('an event with no place is listed as not on the map, and opens beside it', async ({ page }) => {
    // The day before the statement (4 Feb, 12:00 in Santiago).
    await openStory(page, at('2024-02-03T17:20Z'));
    await expect(eventMarker(page, 'test-statement')).toHaveCount(0);
    const entry = page.locator('.event-row[data-event-id="test-statement"]');
    await expect(entry).toContainText('not on the map');
    await entry.click();
    const details = page.getByRole('region', { name: 'Event details' });
    // The list jumps to the statement's moment, 12:00; its first report came at 12:30, a click away.
    await expect(details.locator('.popup-title')).toHaveText('Statement, not yet reported');
    await details.getByRole('button', { name: /^Go to the first report/ }).click();
    await expect(details.locator('.popup-title')).toHaveText("Test data: the ministry's statement");
    await expect(details).toContainText('Test ministry, Santiago (not on the map)');
    await expect(details.locator('blockquote')).toHaveText('TEST-STATEMENT the harbour will reopen');
  });

  test('as known then: the dispute and the correction appear when they were published, not before', async ({
    page,
  }) => {
    // 4 Feb 23:30 in Santiago: the investigators' report, dated 5 Feb there, may be published from 5 Feb 00:00.
    await openStory(page, at('2024-02-05T02:30Z', `event=${FIRE}`));
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Test data: fire at the harbour warehouses');
    await expect(popup.locator('.badge-status')).toHaveText('Reported');
    await expect(popup.locator('.accounts-differ')).toHaveCount(0);
    await expect(popup.locator('.correction')).toHaveCount(0);
    await expect(popup).not.toContainText('TEST-FAULT');
    await timeSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Mon, Feb 5, 2024, 00:30 Santiago time');
    // Inside the report's day: shown, and marked as dated without a time of day.
    await expect(popup.locator('.popup-pending')).toContainText('Correction dated Feb 5, 2024, time of day not known');
    await expect(popup.locator('.popup-title')).toHaveText(
      'Test data: fire at the harbour warehouses, started by an electrical fault',
    );
    await expect(popup.locator('.badge-status')).toHaveText('Confirmed');
    const differ = popup.locator('.accounts-differ');
    await expect(differ.getByRole('heading', { name: 'Accounts differ' })).toBeVisible();
    const cause = differ.locator('.comparison', { hasText: 'Cause of the fire' });
    await expect(
      cause.locator('.comparison-answer', { hasText: 'Test port authority' }).locator('.answer-value'),
    ).toHaveText('arson');
    await expect(
      cause.locator('.comparison-answer', { hasText: 'Test investigators' }).locator('.answer-value'),
    ).toHaveText('electrical fault');
    const correction = popup.locator('.correction');
    await expect(correction).toContainText('Correction, Feb 5, 2024, time of day not known');
    await expect(correction).toContainText('TEST-CORRECTION investigators found an electrical fault, not arson.');
    await expect(popup.locator('.source.is-retracted')).toContainText('TEST-ARSON');
    // Once the day is over in Santiago, the same record without the mark.
    await page.keyboard.press('PageUp');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Tue, Feb 6, 2024, 00:30 Santiago time');
    await expect(correction).toContainText('Correction, Feb 5, 2024');
    await expect(correction).not.toContainText('time of day not known');
    await expect(popup.locator('.popup-pending')).toHaveCount(0);
  });

  test('what we know now: the whole record, labelled, with the hindsight', async ({ page }) => {
    await openStory(page, at('2024-02-03T18:00Z', `event=${FIRE}&known=now`));
    const popup = eventPopup(page);
    await expect(popup).toContainText('What we know now: the whole record');
    await expect(popup.locator('.badge-status')).toHaveText('Confirmed');
    await expect(popup.locator('.correction')).toContainText('TEST-CORRECTION');
    await expect(popup).toContainText('TEST-FAULT an electrical fault started it');
    await expect(popup).toContainText('TEST-HINDSIGHT written for the fixture.');
    await page.getByRole('radio', { name: 'As known then' }).check();
    await expect(popup.locator('.correction')).toHaveCount(0);
    await expect(popup).not.toContainText('TEST-HINDSIGHT');
  });

  test('the chart shows the story’s title, series and unit', async ({ page }) => {
    await openStory(page, at('2024-02-04T15:00Z'));
    const chart = page.getByRole('region', { name: 'Test data: hectares burnt' });
    await expect(chart).toContainText('Reported by Sat, Feb 3, 2024: about 2 hectares (hectares burnt (test figures))');
    await expect(chart).toContainText('hectares burnt (test figures)');
    await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /^Test data: hectares burnt: the figures/);
    // The investigators' 11 ha (published 5 Feb) is not yet known on 4 Feb.
    await chart.getByText('The figures and how they were counted').click();
    await expect(chart.getByRole('table')).not.toContainText('11');
  });

  test('the guided story steps into the fixture’s chapter', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the story' }).click();
    const chapters = page.getByRole('region', { name: 'Guided story' });
    await expect(chapters).toContainText('Chapter 1 of 1');
    await expect(chapters).toContainText('Test chapter: the fire starts');
    await expect(chapters).toContainText('TEST-CAPTION');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat, Feb 3, 2024, 15:00 Santiago time');
  });

  for (const width of [375, 1280]) {
    test(`fits at ${width} px wide, with an event’s details open`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
      await openStory(page, at('2024-02-06T12:00Z', `event=${FIRE}`));
      await expect(eventPopup(page).locator('.popup-title')).toContainText('Test data: fire at the harbour');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('.time-controls')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`fixture-${width}.png`), animations: 'disabled' });
    });
  }

  test('the story’s own texts, popups included, name nothing of the Kabul story', async ({ page }) => {
    await openStory(page, at('2024-02-06T12:00Z'));
    // Every event's popup, as known now (the whole record): markers, the placeless details beside the map.
    await page.getByRole('radio', { name: 'What we know now' }).check();
    const texts: { where: string; text: string }[] = [];
    for (const id of ['test-fire', 'test-protest', 'test-statement', 'test-fire-out']) {
      await page.locator(`.event-row[data-event-id="${id}"]`).click();
      const details = page.locator('.leaflet-popup.event-popup, .map-sheet.event-popup, .placeless-details');
      await expect(details.locator('.popup-title')).toContainText('Test data');
      texts.push({ where: `details of ${id}`, text: await details.innerText() });
    }
    // What the story's data fills: the header, the legend, the time controls, the chart, the list.
    for (const selector of ['header', '.layer-panel', '.time-controls', '.figure-chart', '.event-list']) {
      const part = page.locator(selector).first();
      await expect(part).toBeAttached();
      texts.push({ where: selector, text: await part.innerText() });
    }
    expect(kabulMentions(texts)).toEqual([]);
  });

  test('no text in the page, its title or its metadata names the Kabul story', async ({ page }) => {
    await openStory(page, at('2024-02-06T12:00Z', `event=${FIRE}&known=now`));
    await expect(eventPopup(page)).toBeVisible();
    expect(kabulMentions(await pageTexts(page))).toEqual([]);
    // The fixture quotes no source article: the credits say nothing of one.
    await expect(page.locator('.app-credit')).toContainText('Test data written for the engine');
    await expect(page.locator('.app-credit')).not.toContainText('source article');
    await page.goto('/embed.html?t=2024-02-06T12:00Z');
    await expect(timeSlider(page)).toBeVisible();
    expect(kabulMentions(await pageTexts(page))).toEqual([]);
  });

  test('makes no request outside localhost, from the full page or the embed', async ({ page, externalRequests }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openStory(page, at('2024-02-05T12:00Z', `event=${FIRE}`));
    await expect(eventPopup(page)).toBeVisible();
    await page.goto('/embed.html?t=2024-02-05T12:00Z');
    await expect(timeSlider(page)).toBeVisible();
    // The fixture's own data was loaded (and nothing else from elsewhere).
    expect(requested.some((url) => url.startsWith(`${FIXTURE}/geodata/events.geojson`))).toBe(true);
    expect(externalRequests).toEqual([]);
  });
});
