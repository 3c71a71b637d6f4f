import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { eventMarker, eventPopup, expect, openStory, test } from './support';

/**
 * What was known when, tested on the engine with a fixture event: a first report (26 Aug 18:50 Kabul time), a
 * denial with a new figure and title (27 Aug 19:00), a date-only report (28 Aug, Kabul: visible from 29 Aug 00:00),
 * and the editor's hindsight.
 */
const fixture = readFileSync(new URL('./fixtures/known-events.geojson', import.meta.url), 'utf8');

test.beforeEach(async ({ page }) => {
  await page.route('**/geodata/events.geojson', (route) =>
    route.fulfill({ status: 200, contentType: 'application/geo+json', body: fixture }),
  );
});

async function openAt(page: Page, time: string, extra = ''): Promise<string> {
  await openStory(page, `/?t=${time}&event=fixture-blast${extra}`);
  await expect(eventPopup(page)).toBeVisible();
  return (await page.locator('body').textContent()) ?? '';
}

test.describe('what was known when', () => {
  test('before anything was published, the event is on the map but unnamed, and no later word is in the page', async ({
    page,
  }) => {
    const text = await openAt(page, '2021-08-26T13:30Z');
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Attack, not yet reported');
    await expect(popup).toContainText('Nothing about this had been published yet');
    // Named by its kind only (a stack at its point adds how many more are there).
    await expect(eventMarker(page, 'fixture-blast')).toHaveAttribute('data-label', 'Attack, not yet reported');
    // Not even its status is in the markup: the editor's status is a finding of later.
    await expect(popup.locator('.event-popup-body')).toHaveAttribute('data-status', 'unreported');
    await expect(eventMarker(page, 'fixture-blast').locator('.event-symbol')).toHaveAttribute(
      'data-status',
      'unreported',
    );
    for (const later of [
      'Test data: second blast',
      'FIRST-REPORT',
      'DENIAL',
      'DATE-ONLY',
      'CORRECTION',
      'HINDSIGHT',
      '170',
    ]) {
      expect(text, `"${later}" must not be in the page yet`).not.toContain(later);
    }
  });

  test('the first report shows from its publication, with its figure, and nothing published after it', async ({
    page,
  }) => {
    const text = await openAt(page, '2021-08-26T14:30Z');
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Test data: second blast reported');
    await expect(popup.locator('.badge-status')).toHaveText('Reported');
    await expect(popup.locator('blockquote')).toHaveText(['FIRST-REPORT-WORDS there were two explosions']);
    await expect(popup.locator('.figures')).toContainText('at least 13');
    for (const later of ['DENIAL', 'DATE-ONLY', 'CORRECTION', 'HINDSIGHT', '170', 'then denied']) {
      expect(text, `"${later}" must not be in the page yet`).not.toContain(later);
    }
  });

  test('the denial changes title, status, figure and answers at its moment, and is attributed to the copy', async ({
    page,
  }) => {
    await openAt(page, '2021-08-27T14:30Z');
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Test data: second blast reported, then denied');
    await expect(popup.locator('.badge-status')).toHaveText('Retracted');
    await expect(popup.locator('.correction')).toContainText('CORRECTION-WORDS');
    await expect(popup.locator('.source.is-retracted blockquote')).toHaveText(/FIRST-REPORT-WORDS/);
    await expect(popup.locator('.figures dd').first()).toContainText('at least 170');
    await popup.locator('.figure-earlier summary').click();
    await expect(popup.locator('.figure-earlier')).toContainText('at least 13');
    await expect(popup.locator('.accounts-differ .comparison-answer')).toHaveCount(2);
    await expect(popup.locator('.accounts-differ')).toContainText('27 Aug 2021');
    await expect(popup).toContainText('Original agency, via a copy on Copying site');
    await popup.locator('.account-history summary').click();
    await expect(popup.locator('.account-history li')).toHaveCount(4);
    expect(await page.locator('body').textContent()).not.toContain('DATE-ONLY');
  });

  test('a date-only report shows through its day in the publisher’s zone, marked until that day is over', async ({
    page,
  }) => {
    // 28 Aug in Kabul (UTC+04:30) runs from 27 Aug 19:30 to 28 Aug 19:30 UTC.
    expect(await openAt(page, '2021-08-27T19:29Z')).not.toContain('DATE-ONLY');
    expect(await openAt(page, '2021-08-27T19:30Z')).toContain('DATE-ONLY-WORDS');
    const dated = eventPopup(page).locator('.source', { hasText: 'DATE-ONLY-WORDS' }).locator('.published-date');
    await expect(dated).toHaveText('28 Aug 2021, time of day not known');
    await openAt(page, '2021-08-28T19:30Z');
    await expect(dated).toHaveText('28 Aug 2021');
  });

  test('"What we know now" shows the whole record, labelled, with the hindsight; the switch puts it in the link', async ({
    page,
  }) => {
    await openAt(page, '2021-08-26T13:30Z', '&known=now');
    const popup = eventPopup(page);
    await expect(popup.locator('.known-now-label')).toBeVisible();
    await expect(popup.locator('.popup-title')).toHaveText('Test data: second blast reported, then denied');
    await expect(popup.locator('.hindsight')).toContainText('HINDSIGHT-WORDS');
    await expect(popup).toContainText('DATE-ONLY-WORDS');
    await page.getByRole('radio', { name: 'As known then' }).check();
    await expect(popup.locator('.popup-title')).toHaveText('Attack, not yet reported');
    await expect(page).not.toHaveURL(/known=now/);
    await page.getByRole('radio', { name: 'What we know now' }).check();
    await expect(page).toHaveURL(/known=now/);
    await expect(popup.locator('.hindsight')).toContainText('HINDSIGHT-WORDS');
  });
});
