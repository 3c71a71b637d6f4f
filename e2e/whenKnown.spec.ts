import { at, eventPopup, expect, openStory, test, timeSlider } from './support';

/**
 * Honest about when, in both directions, on the Kabul story's own data: nothing shows before it could have been
 * published, and nothing is called unpublished once it may have been.
 */
const BOMBING = 'abbey-gate-bombing';
const STRIKE = 'kabul-drone-strike-0829';

test.describe('the Kabul story, as known then', () => {
  for (const [id, moment, title] of [
    [BOMBING, '2021-08-26T14:00Z', 'Explosion outside Kabul airport'],
    [STRIKE, '2021-08-29T14:00Z', 'US drone strike on a vehicle in Kabul'],
  ] as const) {
    test(`40 minutes or so after ${id}, it is named and counted as reported, never "not yet reported"`, async ({
      page,
    }) => {
      // 18:30 Kabul time.
      await openStory(page, at(moment, `event=${id}`));
      const popup = eventPopup(page);
      await expect(popup.locator('.popup-title')).toHaveText(title);
      await expect(popup).not.toContainText('not yet reported');
      await expect(popup).not.toContainText('Nothing about this had been published');
      await expect(popup.locator('.badge-status')).not.toHaveText('Not yet reported');
      // The list agrees with the popup.
      await expect(page.locator(`.event-row[data-event-id="${id}"] .row-title`)).toHaveText(title);
    });
  }

  test('a link to an event with no time opens where it was first reported, and says what is known', async ({
    page,
  }) => {
    await openStory(page, `/?event=${BOMBING}`);
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('Explosion outside Kabul airport');
    await expect(popup).not.toContainText('Nothing about this had been published');
    // Its first report is dated by day: the page says it may not be out yet at this very moment.
    await expect(popup.locator('.popup-pending')).toContainText('First reported 26 Aug 2021, time of day not known');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 17:48 Kabul time');
  });

  test('a link to a time outside the story opens at its nearest end, and says so', async ({ page }) => {
    await openStory(page, at('2030-01-01T00:00Z'));
    await expect(page.locator('.link-notice')).toContainText('is outside the story');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', /Jun 2022/);
  });

  test('the 17 Sep admission is dated as the briefing was held, and shown from then, not the next morning', async ({
    page,
  }) => {
    const admission = 'drone-strike-admission-0917';
    // 17 Sep, 23:00 Kabul: the briefing (about 15:05 Washington time, 23:35 Kabul) has not begun.
    await openStory(page, at('2021-09-17T18:30Z', `event=${STRIKE}`));
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toHaveText('US drone strike on a vehicle in Kabul');
    await expect(popup).not.toContainText('tragic mistake');
    // 17 Sep, 23:40 Kabul: the admission is out, under its own date.
    await openStory(page, at('2021-09-17T19:10Z', `event=${STRIKE}`));
    await expect(popup.locator('.popup-title')).toContainText('“a tragic mistake”');
    await expect(popup.locator('.correction')).toContainText('Correction, Fri 17 Sep 2021, around 15:05 New York time');
    await expect(popup.locator('.correction')).not.toContainText('18 Sep');
    // And on 18 Sep the record stands as it did.
    await openStory(page, at('2021-09-18T06:00Z', `event=${admission}`));
    await expect(popup.locator('.popup-title')).toContainText('tragic mistake');
    await expect(popup.locator('.source .published-date').first()).toContainText('Fri 17 Sep 2021');
  });

  test('the Abbey Gate toll never appears to fall: sampled every 6 hours from 26 Aug to 2 Sep', async ({ page }) => {
    test.setTimeout(120_000);
    const seen: string[] = [];
    let highest = 0;
    for (let t = Date.parse('2021-08-26T18:00:00Z'); t <= Date.parse('2021-09-02T12:00:00Z'); t += 6 * 3_600_000) {
      const moment = `${new Date(t).toISOString().slice(0, 16)}Z`;
      await openStory(page, at(moment, `event=${BOMBING}`));
      await expect(eventPopup(page).locator('.popup-title')).toBeVisible();
      const values = await page
        .locator(
          '.figure-series[data-series="afghans-killed"] dd > .figure-value, .figure-series[data-series="afghans-killed"] .figure-latest .figure-value',
        )
        .allTextContents();
      const shown = Math.max(0, ...values.map((value) => Number(value.replace(/\D/g, ''))));
      seen.push(`${moment}: ${values.join(' / ') || '—'}`);
      // Where reports of different numbers were given around the same time, each shows; the highest never falls.
      expect(shown, seen.join('\n')).toBeGreaterThanOrEqual(highest);
      highest = shown;
    }
    test.info().annotations.push({ type: 'Afghans killed', description: seen.join('; ') });
    expect(highest).toBeGreaterThanOrEqual(169);
  });
});
