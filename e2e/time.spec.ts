import {
  at,
  clickEventMarker,
  eventMarker,
  eventPopup,
  expect,
  openStory,
  revealMarker,
  test,
  timeSlider,
} from './support';

const BOMBING = 'abbey-gate-bombing';

test.describe('the time slider', () => {
  test('shows the Abbey Gate bombing only from 26 Aug 17:48 Kabul time', async ({ page }) => {
    // 26 Aug 16:59 Kabul = 12:29 UTC
    await openStory(page, at('2021-08-26T12:29Z'));
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 16:59 Kabul time');
    await expect(eventMarker(page, BOMBING)).toHaveCount(0);
    await timeSlider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 17:59 Kabul time');
    // On the map, on top of the stack of what happened at Abbey Gate.
    await expect(eventMarker(page, BOMBING)).toBeVisible();
    await expect(eventMarker(page, BOMBING)).toHaveAttribute('data-stack-count', /^\d+$/);
  });

  test('moves with the keyboard: arrows an hour, Page keys a day, Home and End to the ends', async ({ page }) => {
    await openStory(page, at('2021-08-26T12:00Z'));
    const slider = timeSlider(page);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 15:30 Kabul time');
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 15:30 Kabul time');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Wed 25 Aug 2021, 15:30 Kabul time');
    await expect(page.locator('.time-readout')).toHaveText('Wed 25 Aug 2021, 15:30 Kabul time');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Sat 14 Aug 2021, 00:00 Kabul time');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /2022/);
  });

  test('follows the pointer while it drags, not only on release', async ({ page }) => {
    await openStory(page, at('2021-08-14T00:00Z'));
    const track = page.locator('.slider-track-area');
    const box = await track.boundingBox();
    if (!box) throw new Error('no track');
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2, { steps: 4 });
    const during = await timeSlider(page).getAttribute('aria-valuetext');
    expect(during).not.toBe('Sat 14 Aug 2021, 00:00 Kabul time');
    await expect(page.locator('.time-readout')).toHaveText(during ?? '');
    await page.mouse.up();
  });

  test('plays and pauses', async ({ page }) => {
    await openStory(page, at('2021-08-20T00:00Z'));
    const slider = timeSlider(page);
    const before = await slider.getAttribute('aria-valuenow');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect
      .poll(async () => Number(await slider.getAttribute('aria-valuenow')))
      .toBeGreaterThan(Number(before) + 60);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await slider.getAttribute('aria-valuenow');
    await page.waitForTimeout(400);
    expect(await slider.getAttribute('aria-valuenow')).toBe(paused);
  });

  test('jumps to the previous and next event', async ({ page }) => {
    await openStory(page, at('2021-08-26T12:00Z'));
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 17:48 Kabul time');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 00:00 Kabul time');
  });

  test('keeps the keyboard on Next and Previous when they reach the last and the first event', async ({ page }) => {
    await openStory(page, at('2022-02-03T00:00Z'));
    const next = page.getByRole('button', { name: 'Next event' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(next).toBeDisabled();
    await expect(next).toBeFocused();
    const reached = await timeSlider(page).getAttribute('aria-valuetext');
    await page.keyboard.press('Enter');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', reached ?? '');
    await openStory(page, at('2021-08-14T00:00Z'));
    const previous = page.getByRole('button', { name: 'Previous event' });
    await previous.focus();
    for (let presses = 0; presses < 5 && !(await previous.isDisabled()); presses++) await page.keyboard.press('Enter');
    await expect(previous).toBeDisabled();
    await expect(previous).toBeFocused();
  });

  test('jumps to an event from its tick on the timeline', async ({ page }) => {
    await openStory(page, at('2021-08-14T00:00Z'));
    await page.locator(`.event-tick[data-event-id="${BOMBING}"]`).click();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 17:48 Kabul time');
    // At the moment of the blast its reports, dated by day, may already be out: it is named as the first report
    // named it (Kirby: “an explosion outside Kabul airport”), and marked so.
    const popup = eventPopup(page).locator(`[data-event-id="${BOMBING}"]`);
    await expect(popup.locator('.popup-title')).toHaveText('Explosion outside Kabul airport');
    await expect(popup.locator('.popup-pending')).toContainText('time of day not known');
  });

  test('takes a tick tapped beside it on a phone, where a tick is narrower than a finger', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openStory(page, at('2021-08-14T00:00Z'));
    const tick = await page.locator('.event-tick[data-event-id="abbey-gate-investigation-findings"]').boundingBox();
    if (!tick) throw new Error('no tick');
    await page.mouse.click(tick.x + tick.width / 2 - 10, tick.y + tick.height / 2);
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', /Feb 2022/);
  });

  test('keeps an open popup open while playing, as long as its event is shown', async ({ page }) => {
    await openStory(page, at('2021-08-26T14:00Z'));
    await page.getByRole('button', { name: 'Play' }).click();
    // Opened from the keyboard during playback, the popup takes the focus; playback must not take it away.
    await (await revealMarker(page, eventMarker(page, BOMBING))).focus();
    await page.keyboard.press('Enter');
    await expect(eventPopup(page).locator('.popup-title')).toBeFocused();
    const popupElement = await eventPopup(page).elementHandle();
    await expect.poll(async () => (await timeSlider(page).getAttribute('aria-valuetext')) ?? '').toContain('27 Aug');
    await expect(eventPopup(page)).toBeVisible();
    // The very same popup, not a new one, with the focus still in it.
    expect(await popupElement?.evaluate((element) => element.isConnected)).toBe(true);
    await expect(eventPopup(page).locator('.popup-title')).toBeFocused();
    await page.keyboard.press('Escape');
    // Closed, the focus goes back to the marker it came from.
    await expect(eventMarker(page, BOMBING)).toBeFocused();
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  test('does not play on its own under reduced motion, even when a link asks', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    await openStory(page, at('2021-08-20T00:00Z', 'autoplay=1'));
    await page.waitForTimeout(600);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Fri 20 Aug 2021, 04:30 Kabul time');
    await context.close();
  });

  test('plays on its own when a link asks and motion is fine', async ({ page }) => {
    await openStory(page, at('2021-08-20T00:00Z', 'autoplay=1'));
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  });

  test('shows times in the chosen zone', async ({ page }) => {
    await openStory(page, at('2021-08-26T13:18Z', `event=${BOMBING}`));
    await expect(eventPopup(page)).toContainText('Thu 26 Aug 2021, around 17:48 (± 5 min) Kabul time');
    await page.getByLabel('Times in').selectOption('utc');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 13:18 UTC');
    await expect(eventPopup(page)).toContainText('around 13:18 (± 5 min) UTC');
    await page.getByLabel('Times in').selectOption('local');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 09:18 your time');
    await expect(page.locator('.event-row[data-event-id="abbey-gate-bombing"] time')).toHaveText('26 Aug ~09:18');
  });

  test('announces the events that appear while playing or scrubbing, in one message', async ({ page }) => {
    await openStory(page, at('2021-08-26T12:00Z'));
    await timeSlider(page).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    // Named as it was known at that moment: its reports, dated by day, may be out.
    await expect(page.getByTestId('live-announcer')).toContainText('Explosion outside Kabul airport');
  });
});

test.describe('the event list', () => {
  test('jumps the slider, pans to the event and opens its popup', async ({ page }) => {
    await openStory(page, at('2021-08-14T00:00Z'));
    const entry = page.locator('.event-row[data-event-id="kabul-drone-strike-0829"]');
    await expect(entry).toHaveAttribute('data-phase', 'upcoming');
    await entry.click();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sun 29 Aug 2021, 16:53 Kabul time');
    await expect(eventPopup(page).locator('.popup-title')).toHaveText('US drone strike on a vehicle in Kabul');
    await expect(eventPopup(page).locator('.popup-title')).toBeFocused();
    await expect(entry).toHaveAttribute('data-phase', 'current');
    await expect(page.locator('.event-row[data-event-id="airlift-start"]')).toHaveAttribute('data-phase', 'past');
    // Closed, the focus goes back to the entry.
    await page.keyboard.press('Escape');
    await expect(eventPopup(page)).toHaveCount(0);
    await expect(entry).toBeFocused();
  });

  test('opens an event already on the map at the reader’s moment, with what was known by then', async ({ page }) => {
    // 31 Aug, 16:30 Kabul: the bombing of 26 Aug is on the map, long reported.
    await openStory(page, at('2021-08-31T12:00Z'));
    await page.locator(`.event-row[data-event-id="${BOMBING}"]`).click();
    await expect(eventPopup(page).locator('.popup-title')).not.toContainText('not yet reported');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Tue 31 Aug 2021, 16:30 Kabul time');
  });
});

test.describe('shareable moments', () => {
  test('a deep link restores the time and opens the selected event', async ({ page }) => {
    await openStory(page, at('2021-08-30T04:00Z', 'event=rocket-attack-0830-launch&layers=attacks,strikes&tz=utc'));
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Mon 30 Aug 2021, 04:00 UTC');
    await expect(eventPopup(page).locator('.popup-title')).toContainText('Rockets fired');
    await expect(page.getByRole('checkbox', { name: 'Other events' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Airport' })).not.toBeChecked();
  });

  test('keeps the address bar on the current moment while the reader moves', async ({ page }) => {
    await openStory(page, at('2021-08-26T12:00Z'));
    await timeSlider(page).focus();
    await page.keyboard.press('PageUp');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2021-08-27T12:00Z');
    await clickEventMarker(page, 'abbey-gate-bombing');
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('abbey-gate-bombing');
  });

  test('ignores garbage in the address and opens the default view without errors', async ({ page }) => {
    await openStory(
      page,
      '/?t=yesterday&event=%3Cscript%3E&layers=bogus,attacks&basemap=http://evil.example&view=999,abc,99&tz=Mars/Base&past=maybe&autoplay=%00',
    );
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat 14 Aug 2021, 00:00 Kabul time');
    await expect(page.getByRole('checkbox', { name: 'Attacks' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Other events' })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Embedded map/ })).toBeChecked();
    await expect(eventPopup(page)).toHaveCount(0);
  });

  test('copies the current link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openStory(page, at('2021-08-26T12:00Z'));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Copied')).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('t')).toBe('2021-08-26T12:00Z');
  });
});
