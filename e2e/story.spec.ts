import { at, eventMarker, eventPopup, expect, openStory, placeMarker, test, timeSlider } from './support';

test.describe('conflicting accounts and corrections', () => {
  test('the rocket attack popup shows both rocket counts side by side', async ({ page }) => {
    // 1 Sep 2021, 17:30 Kabul: the ISIS-K claim (30 Aug), the Pentagon (30 Aug) and AFP (31 Aug) are all published.
    await openStory(page, at('2021-09-01T13:00Z', 'event=rocket-attack-0830-launch'));
    const differ = eventPopup(page).locator('.accounts-differ');
    await expect(differ.getByRole('heading', { name: 'Accounts differ' })).toBeVisible();
    const fired = differ.locator('.comparison', { hasText: 'Rockets fired' });
    await expect(fired.locator('.comparison-answer', { hasText: 'ISIS-K' }).locator('.answer-value')).toHaveText('6');
    await expect(fired.locator('.comparison-answer', { hasText: 'Pentagon' }).locator('.answer-value')).toHaveText('5');
    const intercepted = differ.locator('.comparison', { hasText: 'Rockets intercepted' });
    // AFP's indirect speech, reporting the Taliban official at the scene.
    await expect(intercepted.locator('.comparison-answer', { hasText: 'AFP' })).toContainText('all');
    await expect(
      intercepted.locator('.comparison-answer', { hasText: 'Pentagon' }).locator('.answer-value'),
    ).toHaveText('1');
    // Sources grouped by who said it.
    await expect(eventPopup(page).locator('.party-name', { hasText: /^ISIS-K$/ })).toHaveCount(1);
  });

  test('the drone strike popup shows its correction only once CENTCOM’s admission is published', async ({ page }) => {
    // 18 Sep 2021, 08:00 Kabul: CENTCOM's admission (a briefing of 17 Sep, dated by day in Washington) counts
    // from the end of 17 Sep there, 08:30 Kabul time.
    await openStory(page, at('2021-09-18T03:30Z', 'event=kabul-drone-strike-0829'));
    const popup = eventPopup(page);
    await expect(popup.locator('.popup-title')).toContainText('drone strike');
    await expect(popup.locator('.correction')).toHaveCount(0);
    await expect(popup.locator('.badge-retracted')).toHaveCount(0);
    await timeSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat 18 Sep 2021, 09:00 Kabul time');
    const correction = popup.locator('.correction');
    await expect(correction).toContainText('Correction, Sat 18 Sep 2021');
    await expect(correction).toContainText('tragic mistake');
    await popup.getByRole('button', { name: /^Show all \d+ sources/ }).click();
    await expect(popup.locator('.source.is-retracted', { hasText: 'multiple suicide bombers' }).first()).toBeVisible();
    await correction.getByRole('button', { name: /admits/ }).click();
    await expect(popup.locator('.popup-title')).toContainText('tragic mistake');
  });

  test('details that change while the reader is in them keep their place, and a press on them still counts', async ({
    page,
  }) => {
    // The drone strike's details at 08:00 Kabul on 18 Sep, scrolled down to "Show all"; the correction arrives
    // (09:00) while the reader's button is pressed and before it is released.
    await openStory(page, at('2021-09-18T03:30Z', 'event=kabul-drone-strike-0829'));
    const popup = eventPopup(page);
    const showAll = popup.getByRole('button', { name: /^Show all \d+ sources/ });
    await showAll.scrollIntoViewIfNeeded();
    const pressed = await showAll.boundingBox();
    if (!pressed) throw new Error('"Show all" has no box');
    await page.mouse.move(pressed.x + 8, pressed.y + pressed.height / 2);
    await page.mouse.down();
    await timeSlider(page).dispatchEvent('keydown', { key: 'ArrowRight' });
    await expect(popup.locator('.correction')).toContainText('tragic mistake');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Still under the pointer: the details were neither scrolled back to their top nor rebuilt.
    const released = await popup.locator('.show-all-sources').boundingBox();
    expect(Math.abs((released?.y ?? Number.NaN) - pressed.y)).toBeLessThan(2);
    await page.mouse.up();
    await expect(popup.locator('.show-all-sources')).toHaveAttribute('aria-expanded', 'true');
    await expect(popup.locator('.source.is-retracted', { hasText: 'multiple suicide bombers' }).first()).toBeAttached();
  });

  test('the Baron Hotel blast is reported at first and marked retracted once the Pentagon corrected it', async ({
    page,
  }) => {
    // Kirby's tweet is out by 26 Aug 17:06 UTC (the page quoting it); this is 27 Aug 10:30 Kabul time.
    await openStory(page, at('2021-08-27T06:00Z', 'event=baron-hotel-second-blast-retracted'));
    const popup = eventPopup(page);
    await expect(popup.locator('.badge-status')).toHaveText('Reported');
    await expect(eventMarker(page, 'baron-hotel-second-blast-retracted').locator('.event-symbol')).toHaveAttribute(
      'data-status',
      'reported',
    );
    await timeSlider(page).focus();
    // Taylor's denial came at 10:47 Washington time on 27 Aug (C-SPAN's record of the briefing).
    await page.keyboard.press('PageUp');
    await expect(popup.locator('.badge-status')).toHaveText('Retracted');
    await expect(popup.locator('.correction')).toContainText('Correction, Fri 27 Aug 2021, 10:47 New York time');
    await expect(eventMarker(page, 'baron-hotel-second-blast-retracted').locator('.event-symbol')).toHaveAttribute(
      'data-status',
      'retracted',
    );
    await expect(page.locator('.event-row[data-event-id="baron-hotel-second-blast-retracted"]')).toContainText(
      'retracted',
    );
  });

  test('places no source locates are named but not plotted, and estimates say so', async ({ page }) => {
    await openStory(page, at('2021-08-30T04:00Z', 'event=rocket-attack-0830-launch'));
    await expect(eventPopup(page)).toContainText('Chahr-e-Shaheed');
    await expect(page.locator('.map-label', { hasText: 'Chahr-e-Shaheed' })).toHaveCount(0);
    await expect(placeMarker(page, 'baron-hotel')).toHaveAttribute(
      'data-label',
      'Baron Hotel (UK processing centre) (approximate)',
    );
    // The East and North Gates are known by name only: no source locates them, so they are not drawn.
    await expect(placeMarker(page, 'north-gate')).toHaveCount(0);
    await expect(placeMarker(page, 'east-gate')).toHaveCount(0);
  });

  test('distances the story relies on come from the data', async ({ page }) => {
    // A popup names the place once the event was first reported (the strike: 30 Aug 16:30; the bombing: 27 Aug 08:30).
    await openStory(page, at('2021-08-30T12:00Z', 'event=kabul-drone-strike-0829'));
    await expect(eventPopup(page).locator('.distances')).toContainText(
      '3.0 km north-west of the airport reference point',
    );
    await page.goto(at('2021-08-27T04:00Z', 'event=abbey-gate-bombing'));
    await expect(eventPopup(page).locator('.distances')).toContainText(
      '1.0 km south-east of the airport reference point',
    );
  });
});

test.describe('the evacuation chart', () => {
  test('moves its cursor with the slider and says the latest reported total', async ({ page }) => {
    // Austin's total of 25 Aug is out by 15:19 UTC (Mint's page); this is three hours later.
    await openStory(page, at('2021-08-25T18:00Z'));
    const chart = page.getByRole('region', { name: 'People evacuated' });
    await expect(chart).toContainText('Reported by Wed 25 Aug 2021: about 82,300');
    const cursor = page.getByTestId('chart-cursor');
    const before = Number(await cursor.getAttribute('x1'));
    await timeSlider(page).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
    await expect(chart).toContainText('Reported by Sun 29 Aug 2021: about 114,400');
    expect(Number(await cursor.getAttribute('x1'))).toBeGreaterThan(before);
    await chart.getByText('The figures and how they were counted').click();
    await expect(chart.getByRole('table')).toContainText('114,400');
    // Austin's final figure was published on 2 Sep: not yet known on 30 Aug.
    await expect(chart.getByRole('table')).not.toContainText('124,334');
    await expect(chart.getByRole('img')).toHaveAttribute(
      'aria-label',
      /People evacuated: the figures published by this moment/,
    );
  });
});
