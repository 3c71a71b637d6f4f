import { test as base, expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

export interface StoryFixtures {
  /** Hosts other than localhost that the page tried to reach (tests that choose online tiles allow them). */
  externalRequests: string[];
  /** Uncaught errors in the page. Every test fails on one. */
  pageErrors: string[];
  allowExternalRequests: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Playwright's test, plus the checks every story test makes: no page errors, no request off localhost. */
export const test = base.extend<StoryFixtures>({
  allowExternalRequests: [false, { option: true }],
  externalRequests: [
    async ({ page, allowExternalRequests }, use) => {
      const external: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
          external.push(request.url());
        }
      });
      await use(external);
      if (!allowExternalRequests) expect(external, 'requests that left localhost').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a page of the site and waits until the story has loaded and its markers are drawn. */
export async function openStory(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: /^Events/ })).toBeVisible();
  await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
}

/** An event's marker on the map. */
export function eventMarker(page: Page, id: string): Locator {
  return page.locator(`.leaflet-marker-pane .event-marker[data-event-id="${id}"]`);
}

/** A place's marker on the map (the Airport layer). */
export function placeMarker(page: Page, id: string): Locator {
  return page.locator(`.leaflet-marker-pane .place-marker[data-place-id="${id}"]`);
}

/**
 * Brings a marker out of the stack it may be in, as a reader would: activating a stack's top marker spreads a
 * stack at one point, or zooms in on markers that crowd each other. Returns the marker, drawn on its own.
 */
export async function revealMarker(page: Page, marker: Locator): Promise<Locator> {
  const state = () =>
    marker.evaluate((element) => {
      const data = (element as HTMLElement).dataset;
      if (element.classList.contains('is-stacked-under')) return `under:${data.under ?? ''}`;
      return data.stackCount ? 'top' : 'alone';
    });
  // The map lays its markers out in the frame after a change: read the stacks once that frame is drawn.
  const laidOut = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (let attempt = 0; attempt < 5; attempt++) {
    await laidOut();
    const now = await state();
    if (now === 'alone') return marker;
    const top =
      now === 'top'
        ? marker
        : page.locator(
            `.leaflet-marker-pane :is([data-event-id="${now.slice(6)}"], [data-place-id="${now.slice(6)}"]):not(.is-stacked-under)`,
          );
    await top.first().click();
    await expect.poll(state).not.toBe(now);
  }
  throw new Error('the marker stayed in its stack');
}

/** Clicks an event's marker, out of its stack if need be. */
export async function clickEventMarker(page: Page, id: string): Promise<void> {
  await (await revealMarker(page, eventMarker(page, id))).click();
}

/** The open event details: a popup, or on a narrow map the sheet over its bottom. */
export function eventPopup(page: Page): Locator {
  return page.locator('.leaflet-popup.event-popup, .map-sheet.event-popup');
}

/** Opens the Share / Embed dialog (on a phone, from the header's menu first). */
export async function openShareDialog(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Share and view' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
}

/** The time slider (of a page, or of an embed's frame). */
export function timeSlider(page: Page | FrameLocator): Locator {
  return page.getByRole('slider', { name: 'Time' });
}

/** A link to a moment: "2021-08-30T04:00Z" etc. */
export function at(time: string, extra = ''): string {
  return `/?t=${encodeURIComponent(time)}${extra ? `&${extra}` : ''}`;
}
