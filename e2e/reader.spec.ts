import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { HOST } from './ports';
import {
  at,
  clickEventMarker,
  eventMarker,
  eventPopup,
  expect,
  openShareDialog,
  openStory,
  placeMarker,
  revealMarker,
  test,
  timeSlider,
} from './support';

/** The widths a reader meets, with a window height each: desktop, tablet, phone, small phone. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 800, height: 1000 },
  { width: 375, height: 740 },
  { width: 320, height: 640 },
] as const;
const THEMES = ['light', 'dark'] as const;
const ROCKET = 'rocket-attack-0830-launch';
/** 30 Aug, 08:30 Kabul: after the rocket attack (its popup is the longest: 25 sources). */
const AFTER_ROCKETS = '2021-08-30T04:00Z';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the open details' head is (kind and status, title, time, place), whether each part of it is on top at
 * its centre (nothing drawn over it: scale bar, zoom buttons, notices), and where the selected marker is and
 * whether it is on top at its centre (not covered by its own details).
 */
async function measureDetails(page: Page) {
  return page.evaluate(() => {
    const details = document.querySelector<HTMLElement>('.leaflet-popup.event-popup, .map-sheet.event-popup');
    const box = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const onTop = (element: Element, within: Element) => {
      const r = element.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 8));
      return hit !== null && within.contains(hit);
    };
    if (!details) return null;
    const body = details.querySelector('.event-popup-body');
    const parts = ['.popup-kind', '.popup-title', '.popup-time', '.popup-place > p:first-child, p.popup-place']
      .map((selector) => body?.querySelector(selector))
      .filter((part): part is Element => !!part);
    const marker = document.querySelector('.event-symbol[data-selected="true"]')?.closest('.leaflet-marker-icon');
    // The map and the attribution under it (a sheet covers both); markers are on the map itself.
    const frame = document.querySelector('.map-frame');
    const area = document.querySelector('.map-area');
    return {
      sheet: details.classList.contains('map-sheet'),
      details: box(details),
      head: parts.map(box),
      headOnTop: parts.every((part) => onTop(part, details)),
      marker: marker ? box(marker) : null,
      markerOnTop: marker ? onTop(marker, marker) : false,
      map: frame ? box(frame) : null,
      area: area ? box(area) : null,
      viewport: { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight },
    };
  });
}

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5;

/** Waits until the details' head is whole in the window and on the map, uncovered, and its marker shows. */
async function expectHeadInView(page: Page) {
  await expect(eventPopup(page)).toBeVisible();
  await expect
    .poll(
      async () => {
        const m = await measureDetails(page);
        if (!m?.map || !m.area || m.head.length < 3) return 'no details';
        const problems = [];
        if (!m.head.every((part) => inside(part, m.viewport))) problems.push('head outside the window');
        if (!m.head.every((part) => inside(part, m.map as Box))) problems.push('head outside the map');
        if (!m.headOnTop) problems.push('something drawn over the head');
        if (!m.marker || !inside(m.marker, m.area)) problems.push('marker off the map');
        else if (!m.markerOnTop || (m.sheet && m.marker.bottom > m.details.top + 0.5)) problems.push('marker covered');
        return problems.join(', ') || 'in view';
      },
      { timeout: 8000 },
    )
    .toBe('in view');
}

for (const screen of SCREENS) {
  for (const theme of THEMES) {
    test.describe(`at ${screen.width}×${screen.height}, ${theme}`, () => {
      test.use({ viewport: screen, colorScheme: theme });

      test('opens an event’s details in view from every entry point: marker, list, tick, next, link, keyboard', async ({
        page,
      }) => {
        const heads: string[] = [];
        const record = async (entry: string) => {
          await expectHeadInView(page);
          const m = await measureDetails(page);
          heads.push(`${entry}: head top ${Math.round(m?.head[0]?.top ?? -1)} px (${m?.sheet ? 'sheet' : 'popup'})`);
        };
        await openStory(page, at(AFTER_ROCKETS));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await clickEventMarker(page, ROCKET);
        await record('marker');

        await openStory(page, at(AFTER_ROCKETS));
        await page.locator(`.event-row[data-event-id="${ROCKET}"]`).click();
        await record('list');

        await openStory(page, at(AFTER_ROCKETS));
        // Ticks a few pixels apart overlap on a phone: the strip takes the one nearest the pointer.
        const tick = await page.locator(`.event-tick[data-event-id="${ROCKET}"]`).boundingBox();
        if (!tick) throw new Error('no tick');
        await page.mouse.click(tick.x + tick.width / 2, tick.y + tick.height / 2);
        await record('tick');

        // 30 Aug, 06:30 Kabul: the next event starts at 06:40.
        await openStory(page, at('2021-08-30T02:00Z'));
        await page.getByRole('button', { name: 'Next event' }).click();
        await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Mon 30 Aug 2021, 06:40 Kabul time');
        await record('next');

        await openStory(page, at(AFTER_ROCKETS, `event=${ROCKET}`));
        await record('link');

        await openStory(page, at(AFTER_ROCKETS));
        await (await revealMarker(page, eventMarker(page, ROCKET))).focus();
        await page.keyboard.press('Enter');
        await expect(eventPopup(page).locator('.popup-title')).toBeFocused();
        await record('keyboard');
        test.info().annotations.push({ type: 'heads', description: heads.join('; ') });
      });

      test('bounds long details before and after "Show all", scrolls them inside, and never the page', async ({
        page,
      }) => {
        // The whole record as known today: all 25 of the rocket attack's sources.
        await openStory(page, at(AFTER_ROCKETS, `event=${ROCKET}&known=now`));
        await expectHeadInView(page);
        const scroller = eventPopup(page).locator('.leaflet-popup-content, .map-sheet-body');
        const measure = () =>
          scroller.evaluate((element) => ({
            client: element.clientHeight,
            scroll: element.scrollHeight,
            box: element.closest('.leaflet-popup, .map-sheet')?.getBoundingClientRect().height ?? 0,
            map: document.querySelector('.map-frame')?.getBoundingClientRect().height ?? 0,
          }));
        const before = await measure();
        expect(before.box).toBeLessThanOrEqual(Math.min(900, before.map));
        await eventPopup(page)
          .getByRole('button', { name: /^Show all \d+ sources/ })
          .click();
        await expect.poll(async () => (await measure()).scroll).toBeGreaterThan(before.scroll);
        const after = await measure();
        // Bounded as before: the 25 sources scroll inside the same box.
        expect(after.box).toBeLessThanOrEqual(Math.min(900, after.map));
        expect(after.scroll).toBeGreaterThan(after.client);
        test.info().annotations.push({
          type: 'details height',
          description: `${Math.round(before.box)} px (content ${before.scroll}) before "Show all", ${Math.round(after.box)} px (content ${after.scroll}) after, of a ${Math.round(after.map)} px map`,
        });
        // Scrolling the details does not scroll the page: the map stays where it is.
        const pageScroll = await page.evaluate(() => window.scrollY);
        await scroller.hover();
        await page.mouse.wheel(0, 4000);
        await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
        expect(await page.evaluate(() => window.scrollY)).toBe(pageScroll);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Nothing in the details, not even text only a screen reader reads, makes the page longer.
        const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
        const withDetails = await pageHeight();
        await page.keyboard.press('Escape');
        await expect(eventPopup(page)).toHaveCount(0);
        expect(withDetails).toBe(await pageHeight());
      });

      // At 1280 and 375 px, light and dark (the issue's bar; 800 and 320 px are the same layouts).
      if (screen.width !== 1280 && screen.width !== 375) return;
      test('passes axe’s target-size and colour-contrast rules with details open', async ({ page }) => {
        await openStory(page, at(AFTER_ROCKETS, `event=${ROCKET}`));
        await expectHeadInView(page);
        await expect(eventPopup(page)).toHaveCSS('opacity', '1');
        const results = await new AxeBuilder({ page }).withRules(['target-size', 'color-contrast']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    });
  }
}

test.describe('the embed on a phone', () => {
  for (const screen of [SCREENS[2], SCREENS[3]]) {
    test(`opens details in view from a link, a marker and Next, at ${screen.width} px`, async ({ page }) => {
      await page.setViewportSize(screen);
      const embed = (query: string) => `/embed.html?t=${AFTER_ROCKETS}${query}`;
      await page.goto(embed(`&event=${ROCKET}`));
      await expectHeadInView(page);
      await page.goto(embed(''));
      await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
      await clickEventMarker(page, ROCKET);
      await expectHeadInView(page);
      await page.goto('/embed.html?t=2021-08-30T02:00Z');
      await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
      await page.getByRole('button', { name: 'Next event' }).click();
      await expectHeadInView(page);
    });
  }
});

test.describe('on a phone', () => {
  for (const screen of [SCREENS[2], SCREENS[3]]) {
    test(`the first screen holds the title, at least 200 px of map and the time controls, at ${screen.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      await openStory(page, at(AFTER_ROCKETS));
      const title = await page.getByRole('heading', { level: 1 }).boundingBox();
      const map = await page.locator('.map-area').boundingBox();
      const slider = await timeSlider(page).boundingBox();
      const play = await page.getByRole('button', { name: 'Play' }).boundingBox();
      if (!title || !map || !slider || !play) throw new Error('missing');
      expect(title.y).toBeGreaterThanOrEqual(0);
      expect(map.y).toBeGreaterThan(title.y);
      expect(Math.min(map.y + map.height, screen.height) - map.y).toBeGreaterThanOrEqual(200);
      expect(slider.y + slider.height).toBeLessThanOrEqual(screen.height);
      expect(play.y + play.height).toBeLessThanOrEqual(screen.height);
      // The event list follows the first screen.
      const list = (await page.locator('.event-list-section').boundingBox()) as { y: number };
      expect(list.y).toBeGreaterThanOrEqual(play.y + play.height);
      test.info().annotations.push({
        type: 'first screen',
        description: `map ${Math.round(map.height)} px from ${Math.round(map.y)}; Play ends at ${Math.round(play.y + play.height)} px`,
      });
    });

    test(`the header's menu opens and closes from the keyboard, the focus back on its button, at ${screen.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      await openStory(page, at(AFTER_ROCKETS));
      const toggle = page.getByRole('button', { name: 'Share and view' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(page.locator('#header-actions')).toContainText('Copy link');
      const inMenu = await page.evaluate(() =>
        document.getElementById('header-actions')?.contains(document.activeElement),
      );
      expect(inMenu).toBe(true);
      await page.keyboard.press('Escape');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(toggle).toBeFocused();
    });

    test(`Next to an event with no place on the map shows its details, Next still in reach, at ${screen.width} px`, async ({
      page,
    }) => {
      await page.setViewportSize(screen);
      // The next event after 29 Aug 04:40 Kabul is a statement in Washington: its details show beside the map.
      await openStory(page, at('2021-08-29T00:10Z'));
      const next = page.getByRole('button', { name: 'Next event' });
      await next.click();
      const details = page.locator('.placeless-details');
      await expect(details).toBeVisible();
      await expect(details.locator('.popup-title')).not.toBeEmpty();
      const box = await details.boundingBox();
      const nextBox = await next.boundingBox();
      if (!box || !nextBox) throw new Error('missing');
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(Math.min(box.y + box.height, screen.height) - box.y).toBeGreaterThanOrEqual(Math.min(box.height, 150));
      expect(nextBox.y).toBeGreaterThanOrEqual(0);
      expect(nextBox.y + nextBox.height).toBeLessThanOrEqual(screen.height);
    });

    test(`tapping a list entry brings the map and the details into view, at ${screen.width} px`, async ({ page }) => {
      await page.setViewportSize(screen);
      await openStory(page, at(AFTER_ROCKETS));
      const row = page.locator('.event-row[data-event-id="kabul-drone-strike-0829"]');
      await row.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
      await row.click();
      await expectHeadInView(page);
      // In a sheet, with the marker above it (expectHeadInView checks it is whole and uncovered).
      expect((await measureDetails(page))?.sheet).toBe(true);
    });
  }
});

test.describe('the map’s markers and labels', () => {
  test('keep events at their true points at country zoom: stacked with a count, never displaced', async ({ page }) => {
    await openStory(page, at('2021-08-31T12:00Z', 'view=34.5,68.5,7'));
    const drawn = page.locator('.leaflet-marker-pane .event-marker:not(.is-stacked-under)');
    await expect(drawn.first()).toBeVisible();
    // No marker is moved off its point: every drawn marker is at its projected point.
    const offsets = await page
      .locator('.leaflet-marker-pane .event-marker')
      .evaluateAll((markers) => markers.map((marker) => (marker as HTMLElement).style.translate));
    expect(offsets.every((offset) => offset === '' || offset === '0px 0px')).toBe(true);
    const stacked = page.locator('.leaflet-marker-pane .event-marker[data-stack-count]');
    await expect(stacked.first()).toBeVisible();
    const count = Number(await stacked.first().getAttribute('data-stack-count'));
    expect(count).toBeGreaterThan(5);
    await expect(stacked.first()).toHaveAttribute('aria-label', /and \d+ more/);
    // Activating the crowd zooms in on it.
    const zoomBefore = await page.evaluate(() => new URL(location.href).searchParams.get('view'));
    await stacked.first().click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('view'))).not.toBe(zoomBefore);
  });

  test('spread a stack at one point on demand, each event a target of its own', async ({ page }) => {
    // Abbey Gate at city zoom: the bombing, the reported second blast, the gate and the hotel share one point.
    await openStory(page, at('2021-08-27T12:00Z', 'view=34.5586,69.2203,14'));
    const bombing = eventMarker(page, 'abbey-gate-bombing');
    await expect(bombing).toHaveAttribute('data-stack-count', '4');
    await bombing.click();
    await expect(bombing).not.toHaveAttribute('data-stack-count');
    await expect(eventMarker(page, 'baron-hotel-second-blast-retracted')).toBeVisible();
    await expect(placeMarker(page, 'baron-hotel')).toBeVisible();
    await expect(eventPopup(page)).toHaveCount(0);
    await bombing.click();
    await expect(eventPopup(page).locator('.popup-title')).toContainText('Abbey Gate');
  });

  test('name two places at one point apart, the estimate as an estimate, and never overlap labels', async ({
    page,
  }) => {
    for (const zoom of [13, 14, 15, 16]) {
      await openStory(page, at('2021-08-27T12:00Z', `view=34.5586,69.2203,${zoom}`));
      const gate = page.locator('.place-label', { hasText: /^Abbey Gate$/ });
      const hotel = page.locator('.place-label', { hasText: /^Baron Hotel \(approx\.\)$/ });
      await expect(gate).toBeVisible();
      await expect(hotel).toBeVisible();
      const boxes = await page
        .locator('.map-label-icon:not(.is-crowded) > .map-label')
        .evaluateAll((labels) =>
          labels.map((label) => label.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0),
        );
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, `labels ${i} and ${j} overlap at zoom ${zoom}`).toBe(false);
        }
      }
    }
  });

  test('name a place only once a report of an event there is published, and the airport at the opening view', async ({
    page,
  }) => {
    const house = page.locator('.neighbourhood-label', { hasText: 'Ahmadi family house' });
    // 29 Aug, 16:30 Kabul: the drone strike (16:53) has not happened yet.
    await openStory(page, at('2021-08-29T12:00Z'));
    await expect(page.locator('.place-label', { hasText: /International Airport$/ })).toBeVisible();
    await expect(house).toHaveCount(0);
    // Once it has, knowing what we know now.
    await openStory(page, at('2021-08-29T13:00Z', 'known=now'));
    await expect(house).toBeVisible();
    // As known then, once the first reports are out.
    await openStory(page, at('2021-08-31T00:00Z'));
    await expect(house).toHaveText('Ahmadi family house, Khwaja Burgha (approx.)');
    await expect(house).toBeVisible();
  });

  test('draw a large uncertainty circle faint, and in full for the selected event', async ({ page }) => {
    await openStory(page, at(AFTER_ROCKETS));
    const circle = page.locator(`.leaflet-uncertainty-pane path.uncertainty-of-${ROCKET}`);
    await expect(circle).toHaveAttribute('fill-opacity', '0.03');
    await clickEventMarker(page, ROCKET);
    await expect(circle).toHaveAttribute('fill-opacity', '0.16');
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the full page follows the system, and the reader’s choice, kept in the link', async ({ page }) => {
    await openStory(page, at(AFTER_ROCKETS));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light');
  });
});

test.describe('links', () => {
  test.use({ viewport: SCREENS[0] });

  test('a time in a gap of the timeline snaps to the nearest moment shown, and says so', async ({ page }) => {
    // 1 Oct: two weeks after the 17 Sep admission, months before the Feb 2022 findings.
    await openStory(page, at('2021-10-01T00:00Z'));
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sun 19 Sep 2021, 00:00 Kabul time');
    const notice = page.locator('.link-notice');
    await expect(notice).toContainText('falls in a gap of the timeline');
    await expect(notice).toContainText('Sun 19 Sep 2021, 00:00 Kabul time');
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('an event not yet on the map at the link’s time moves the time to its start, and says so', async ({ page }) => {
    await openStory(page, at('2021-08-20T00:00Z', `event=${ROCKET}`));
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Mon 30 Aug 2021, 06:40 Kabul time');
    await expect(page.locator('.link-notice')).toContainText('is not on the map at the link’s time');
    await expectHeadInView(page);
  });

  test('an event whose layer the link turns off is not shown, and the notice says why', async ({ page }) => {
    await openStory(page, at(AFTER_ROCKETS, `event=${ROCKET}&layers=strikes`));
    await expect(page.locator('.link-notice')).toContainText('the link turns its layer, Attacks, off');
    await expect(eventPopup(page)).toHaveCount(0);
  });
});

test.describe('the header', () => {
  test('says "Copied" without moving anything', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openStory(page, at(AFTER_ROCKETS));
    const header = page.locator('.app-header');
    // The Share dialog's code loads a moment after the page: its button is inert (and in place) until then.
    await expect(page.getByRole('button', { name: 'Share / Embed' })).toBeEnabled();
    const before = await header.boundingBox();
    const share = await page.getByRole('button', { name: 'Share / Embed' }).boundingBox();
    await page.locator('.app-header').getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('.app-header .copy-status')).not.toBeEmpty();
    expect(await header.boundingBox()).toEqual(before);
    expect(await page.getByRole('button', { name: 'Share / Embed' }).boundingBox()).toEqual(share);
  });
});

test.describe('paced playback', () => {
  test('never leaves the reader more than 3 s without news, holds each event and each first report, and highlights it', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.clock.install();
    await openStory(page, at('2021-08-13T19:30Z'));
    await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'));
    await expect(page.getByLabel('Playback speed')).toHaveValue('paced');
    // What a reader is shown (an event appearing; a title, status, note or figure becoming known), the slider's time,
    // whether a marker is highlighted and whether playback ended, read at once.
    const read = () =>
      page.evaluate(() => ({
        seen: [...document.querySelectorAll('.event-row')]
          .map((row) => (row.getAttribute('data-phase') === 'upcoming' ? '' : row.textContent))
          .join('|')
          .concat(document.querySelector('.chart-status')?.textContent ?? '')
          // What became known is announced (the playback caption says it too).
          .concat(document.querySelector('[data-testid="live-announcer"]')?.textContent ?? ''),
        time: document.querySelector('[role="slider"]')?.getAttribute('aria-valuetext') ?? '',
        highlighted: document.querySelector('.event-symbol.is-appearing') !== null,
        ended: document.querySelector('button[aria-label="Play"]') !== null,
      }));
    const started = () => page.locator('.event-row:not([data-phase="upcoming"])').count();
    await page.getByRole('button', { name: 'Play' }).click();
    const STEP = 100;
    const changes: number[] = [0];
    let last = await read();
    let stillSince = 0;
    const holds: number[] = [];
    let elapsed = 0;
    let highlighted = false;
    while (elapsed < 240_000) {
      await page.clock.runFor(STEP);
      elapsed += STEP;
      const now = await read();
      if (now.seen !== last.seen) {
        changes.push(elapsed);
      }
      if (now.time !== last.time) {
        if (elapsed - STEP - stillSince >= 1400) holds.push(elapsed - STEP - stillSince);
        stillSince = elapsed;
      }
      highlighted ||= now.highlighted;
      last = now;
      if (now.ended) break;
    }
    changes.push(elapsed);
    const stretches = changes.slice(1).map((at, i) => at - (changes[i] as number));
    const longest = Math.max(...stretches);
    test.info().annotations.push({
      type: 'paced playback',
      description: `${changes.length - 2} changes, ${holds.length} holds, longest still stretch ${longest / 1000} s, total ${elapsed / 1000} s`,
    });
    expect(await started()).toBe(await page.locator('.event-row').count());
    // At most 3 s (plus one step of this measurement) without news.
    expect(longest).toBeLessThanOrEqual(3000 + STEP);
    // A hold of about 1.5 s at each distinct event start, and more at the moments reports came out.
    const starts = new Set(
      await page.locator('.event-row time').evaluateAll((times) => times.map((each) => each.getAttribute('datetime'))),
    );
    expect(holds.length).toBeGreaterThan(starts.size);
    expect(highlighted).toBe(true);
    await expect(page.getByTestId('live-announcer')).toContainText(/New event|Now known/);
  });
});

test.describe('several embeds in one article', () => {
  test('each carries its own id, and every iframe sizes itself from its own messages', async ({ page }) => {
    const snippets: string[] = [];
    for (const moment of ['2021-08-26T14:00Z', '2021-08-30T04:00Z']) {
      await openStory(page, at(moment));
      await openShareDialog(page);
      const dialog = page.getByRole('dialog', { name: 'Share this moment' });
      await dialog.getByLabel('Initial height (px)').fill('320');
      snippets.push(await dialog.getByLabel('Embed code').inputValue());
    }
    const ids = snippets.map((snippet) => /<iframe id="([^"]+)"/.exec(snippet)?.[1]);
    expect(new Set(ids).size).toBe(2);
    // The editor may set an id of their own.
    await page.getByLabel('Frame id (unique on the page)').fill('my-map-2');
    await expect(page.getByLabel('Embed code')).toHaveValue(/id="my-map-2"/);
    await page.getByLabel('Frame id (unique on the page)').fill('2-bad id');
    await expect(page.getByLabel('Embed code')).toHaveValue('');

    await page.setViewportSize({ width: 700, height: 1400 });
    await page.goto(`${HOST}/article.html?body=${encodeURIComponent(snippets.join('\n<p>Between the maps.</p>\n'))}`);
    for (const id of ids) {
      const iframe = page.locator(`iframe#${id}`);
      await expect(page.frameLocator(`iframe#${id}`).locator('.event-marker').first()).toBeAttached();
      // Sized from its own content: taller than the 320 px it started at, and no scrollbar inside.
      await expect
        .poll(async () => {
          const frameHeight = (await iframe.boundingBox())?.height ?? 0;
          const content = await page
            .frameLocator(`iframe#${id}`)
            .locator('.embed')
            .evaluate((element) => element.getBoundingClientRect().height);
          return frameHeight > 320 && Math.abs(frameHeight - content) <= 1;
        })
        .toBe(true);
    }
  });

  test('an embed further down the article sizes itself before the reader scrolls to it', async ({ page }) => {
    await openStory(page, at('2021-08-30T04:00Z'));
    await openShareDialog(page);
    const snippet = await page.getByRole('dialog', { name: 'Share this moment' }).getByLabel('Embed code').inputValue();
    const id = /<iframe id="([^"]+)"/.exec(snippet)?.[1] as string;
    await page.setViewportSize({ width: 700, height: 1000 });
    await page.goto(
      `${HOST}/article.html?body=${encodeURIComponent(`<div style="height:1500px">An article's opening.</div>${snippet}`)}`,
    );
    const frame = page.frameLocator(`iframe#${id}`);
    await expect(frame.locator('.event-marker').first()).toBeAttached();
    // Off screen, where Chromium runs no ResizeObserver for another origin's frame; the page is never scrolled.
    await expect
      .poll(async () => {
        const frameHeight = await page
          .locator(`iframe#${id}`)
          .evaluate((element) => element.getBoundingClientRect().height);
        const content = await frame.locator('.embed').evaluate((element) => element.getBoundingClientRect().height);
        return Math.abs(frameHeight - content) <= 1;
      })
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
