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

/** The open event popup. */
export function eventPopup(page: Page): Locator {
  return page.locator('.leaflet-popup.event-popup');
}

/** The time slider (of a page, or of an embed's frame). */
export function timeSlider(page: Page | FrameLocator): Locator {
  return page.getByRole('slider', { name: 'Time' });
}

/** A link to a moment: "2021-08-30T04:00Z" etc. */
export function at(time: string, extra = ''): string {
  return `/?t=${encodeURIComponent(time)}${extra ? `&${extra}` : ''}`;
}
