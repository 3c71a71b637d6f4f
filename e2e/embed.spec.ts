import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import { SUB_PATH } from '../scripts/serve.mjs';
import { HOST, SITE } from './ports';
import { at, eventPopup, expect, openShareDialog, openStory, revealMarker, test } from './support';

/** The embed page, and a host page on another origin (e2e/hostServer.mjs). */
const EMBED = `${SITE}/embed.html`;

/** Opens an article page on the host origin with the given HTML in its body; it records the messages it receives. */
async function openHostPage(page: Page, body: string): Promise<void> {
  await page.goto(`${HOST}/article.html?body=${encodeURIComponent(body)}`);
}

async function messages(page: Page): Promise<{ origin: string; data: unknown }[]> {
  return page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
}

async function embedReady(frame: FrameLocator): Promise<void> {
  await expect(frame.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
}

test.describe('the embed in a host page', () => {
  for (const width of [375, 800]) {
    test(`reports its height in all three formats and resizes its iframe, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openStory(page, at('2021-08-30T04:00Z'));
      await openShareDialog(page);
      const snippet = await page.getByLabel('Embed code').inputValue();
      const id = await page.getByLabel('Frame id (unique on the page)').inputValue();
      expect(snippet).toContain(`<iframe id="${id}"`);
      await openHostPage(page, snippet);
      const iframe = page.locator(`iframe#${id}`);
      const frame = page.frameLocator(`iframe#${id}`);
      await embedReady(frame);
      /** The latest height the embed reported in the Datawrapper format. */
      const latestHeight = async () =>
        (await messages(page))
          .map((m) => (m.data as Record<string, Record<string, number>>)?.['datawrapper-height']?.[id])
          .filter((height) => height !== undefined)
          .pop();
      // Once loaded, the map, slider and controls are taller than the loading notice.
      await expect.poll(latestHeight).toBeGreaterThan(300);
      const received = await messages(page);
      expect(received.every((message) => message.origin === SITE)).toBe(true);
      const amp = received.map((m) => m.data as Record<string, unknown>).find((d) => d?.sentinel === 'amp');
      const pym = received.map((m) => m.data).find((d) => typeof d === 'string' && d.startsWith('pymxPYMx'));
      expect(amp).toMatchObject({ sentinel: 'amp', type: 'embed-size' });
      expect(pym).toMatch(new RegExp(`^pymxPYMx${id}xPYMxheightxPYMx\\d+$`));
      // The snippet's script gives the iframe the height the embed reports last.
      await expect
        .poll(async () => {
          const height = await latestHeight();
          const box = await iframe.boundingBox();
          return height !== undefined && box !== null && Math.abs(box.height - height) <= 1;
        })
        .toBe(true);
      // The content fits its frame: no scrollbar inside.
      const inner = await frame.locator('.embed').evaluate((element) => element.getBoundingClientRect().height);
      expect(Math.abs(inner - ((await iframe.boundingBox())?.height ?? 0))).toBeLessThanOrEqual(1);
      // The map, slider and popups work inside the frame.
      const slider = frame.getByRole('slider', { name: 'Time' });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', 'Mon 30 Aug 2021, 09:30 Kabul time');
      await frame.locator('.leaflet-marker-pane .event-marker[data-event-id="rocket-attack-0830-launch"]').click();
      await expect(frame.locator('.event-popup blockquote').first()).toBeVisible();
    });
  }

  test('works with a real Pym.js parent: answers its width message with the height', async ({ page }) => {
    await openHostPage(
      page,
      `<div id="map-container"></div><script src="/pym.v1.min.js"></script>
       <script>window.pymParent = new pym.Parent('map-container', '${EMBED}?t=2021-08-26T14:00Z', { title: 'Map' });</script>`,
    );
    const frame = page.frameLocator('#map-container iframe');
    await embedReady(frame);
    const iframe = page.locator('#map-container iframe');
    await expect(iframe).toHaveAttribute('src', /childId=map-container/);
    await expect
      .poll(async () => Number.parseInt((await iframe.getAttribute('height')) ?? '', 10))
      .toBeGreaterThan(300);
    const pymHeights = (await messages(page)).filter(
      (m) => typeof m.data === 'string' && m.data.startsWith('pymxPYMxmap-containerxPYMxheightxPYMx'),
    );
    expect(pymHeights.length).toBeGreaterThan(0);
    // Pym sends the width again on resize; the embed answers with its (new) height.
    const before = pymHeights.length;
    await page.setViewportSize({ width: 500, height: 800 });
    await expect
      .poll(
        async () =>
          (await messages(page)).filter((m) => typeof m.data === 'string' && m.data.includes('xPYMxheightxPYMx'))
            .length,
      )
      .toBeGreaterThan(before);
  });

  test('the snippet from the dialog, pasted into a blank page, shows the map at the chosen moment', async ({
    page,
  }) => {
    // The strike was reported from 30 Aug 12:00 UTC (CENTCOM's statement of 29 Aug, zone unknown).
    await openStory(page, at('2021-08-30T13:30Z', 'event=kabul-drone-strike-0829'));
    await openShareDialog(page);
    const dialog = page.getByRole('dialog', { name: 'Share this moment' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Controls').selectOption('full');
    const snippet = await dialog.getByLabel('Embed code').inputValue();
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('title="Interactive map: The end of the Kabul airlift');
    expect(snippet).toContain('width:100%');
    // The height is typed as a reader types, key by key, and kept within bounds once the field is left.
    const height = dialog.getByLabel('Initial height (px)');
    await height.selectText();
    await page.keyboard.type('800');
    await expect(height).toHaveValue('800');
    await expect(dialog.getByLabel('Embed code')).toHaveValue(/height:800px/);
    await height.selectText();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect(height).toHaveValue('320');
    await height.selectText();
    await page.keyboard.type('800');
    // Shown as text, never run in the dialog.
    await expect(dialog.locator('iframe')).toHaveCount(0);
    await openHostPage(page, snippet);
    const frame = page.frameLocator('iframe');
    await embedReady(frame);
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      'Mon 30 Aug 2021, 18:00 Kabul time',
    );
    await expect(frame.locator('.leaflet-popup.event-popup .popup-title')).toContainText('drone strike');
    await expect(frame.getByRole('heading', { name: /^Events/ })).toBeVisible();
  });

  test('ignores messages it does not understand', async ({ page }) => {
    await openHostPage(
      page,
      `<iframe id="f" title="Map" src="${EMBED}?t=2021-08-26T14:00Z" style="width:100%;height:500px"></iframe>`,
    );
    const frame = page.frameLocator('#f');
    await embedReady(frame);
    const before = (await messages(page)).length;
    await page.evaluate(() => {
      const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow;
      for (const data of ['hello', { navigate: 'https://evil.example' }, 'pymxPYMxotherxPYMxwidthxPYMx300', null, 42]) {
        target?.postMessage(data, '*');
      }
    });
    await page.waitForTimeout(300);
    expect((await messages(page)).length).toBe(before);
    await expect(frame.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      'Thu 26 Aug 2021, 18:30 Kabul time',
    );
  });
});

test('a flood of 10,000 goto messages leaves the embed answering the reader, and ends at the last one', async ({
  page,
}) => {
  // Jumps rather than flights: each request is carried out at once, as fast as the embed can.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHostPage(
    page,
    `<iframe id="f" title="Map" src="${EMBED}?controls=full" style="width:900px;height:900px;border:0"></iframe>`,
  );
  const frame = page.frameLocator('#f');
  await embedReady(frame);
  const embed = page.frame({ url: /\/embed\.html/ });
  // In the embed: how long after the browser took the reader's click the page handled it.
  await embed?.evaluate(() => {
    window.addEventListener(
      'click',
      (event) => {
        (window as unknown as { __clickDelay?: number }).__clickDelay = performance.now() - event.timeStamp;
      },
      { capture: true, once: true },
    );
  });
  await page.evaluate((origin) => {
    const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow;
    // Every chapter in turn, the last message Abbey Gate (chapter 2).
    for (let i = 0; i < 10_000; i++) {
      target?.postMessage({ 'map-goto': { chapter: i === 9_999 ? 'abbey-gate' : (i % 7) + 1 } }, origin);
    }
  }, SITE);
  // While the messages come in, the reader opens the layers and legend.
  const layers = frame.locator('.layers-details');
  await layers.locator('summary').click();
  await expect(layers).toHaveAttribute('open', '');
  await expect(frame.getByRole('region', { name: 'Guided story' })).toContainText('Chapter 2 of 7');
  await expect(
    frame.getByRole('heading', { name: 'A bombing at Abbey Gate, and a second blast that was withdrawn' }),
  ).toBeVisible();
  const delay = await embed?.evaluate(() => (window as unknown as { __clickDelay?: number }).__clickDelay);
  expect(delay).toBeDefined();
  console.log(`a click during a flood of 10,000 goto messages was handled ${Math.round(delay ?? 0)} ms after input`);
});

test.describe('the embed page', () => {
  test('is compact, links to the full map at the same moment, and opens every link outside the frame', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/embed.html?t=2021-08-30T04:00Z&event=rocket-attack-0830-launch`);
    await expect(eventPopup(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The end of the Kabul airlift');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Events/ })).toHaveCount(0);
    const full = page.getByRole('link', { name: /Open the full map/ });
    await expect(full).toHaveAttribute('href', /index\.html\?t=2021-08-30T04:00Z&event=rocket-attack-0830-launch/);
    // Every link that navigates (not Leaflet's zoom and close buttons, which are links to "#").
    const links = await page.locator('a[href]:not([href^="#"])').all();
    expect(links.length).toBeGreaterThan(4);
    for (const link of links) await expect(link).toHaveAttribute('target', '_blank');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('sets a strict Content-Security-Policy: its own origin, plus only the tile server a link chose', async ({
    page,
    externalRequests,
  }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${e.effectiveDirective} ${e.blockedURI}`,
        ),
      );
    });
    /** Asks the page for an image from a host; resolves once the browser has refused or tried it. */
    const loadImage = (url: string) =>
      page.evaluate(
        (src) =>
          new Promise<void>((resolve) => {
            const image = new Image();
            image.onload = image.onerror = () => resolve();
            image.src = src;
          }),
        url,
      );
    const response = await page.goto('/embed.html?t=2021-08-30T04:00Z&event=rocket-attack-0830-launch');
    await expect(eventPopup(page)).toBeVisible();
    // The header (any page may frame the embed by default) and the same policy as a <meta> fallback, then the
    // embed's own narrower image policy.
    const header = response?.headers()['content-security-policy'] ?? '';
    expect(header).toContain("script-src 'self';");
    expect(header).not.toContain('frame-ancestors');
    const policies = () =>
      page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .evaluateAll((metas) => metas.map((meta) => (meta as HTMLMetaElement).content));
    expect(await policies()).toEqual([header, "img-src 'self' data:"]);
    await loadImage('https://tile.openstreetmap.org/1/0/0.png');
    expect(violations).toEqual(['img-src https://tile.openstreetmap.org/1/0/0.png']);
    violations.length = 0;
    await page.goto('/embed.html?basemap=osm');
    expect(await policies()).toEqual([header, "img-src 'self' data: https://tile.openstreetmap.org"]);
    const probe = 'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/1/0/0';
    await loadImage(probe);
    expect(violations).toEqual([`img-src ${probe}`]);
    // Playwright lists the refused probe as a request; the browser never sent it (the violation says so).
    await page.close();
    expect(
      externalRequests.filter((url) => url !== probe && !url.startsWith('https://tile.openstreetmap.org/')),
    ).toEqual([]);
    externalRequests.length = 0;
  });

  test('uses no cookies and no storage', async ({ page }) => {
    await page.goto('/embed.html?t=2021-08-26T14:00Z&event=abbey-gate-bombing');
    await expect(eventPopup(page)).toBeVisible();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(300);
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await page.context().cookies()).toEqual([]);
  });

  test('can be used with the keyboard and passes an axe scan', async ({ page }) => {
    await page.goto('/embed.html?t=2021-08-30T04:00Z');
    await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
    const slider = page.getByRole('slider', { name: 'Time' });
    await slider.focus();
    await page.keyboard.press('PageDown');
    await expect(slider).toHaveAttribute('aria-valuetext', 'Sun 29 Aug 2021, 08:30 Kabul time');
    await (
      await revealMarker(page, page.locator('.leaflet-marker-pane .event-marker[data-event-id="abbey-gate-bombing"]'))
    ).focus();
    await page.keyboard.press('Enter');
    await expect(eventPopup(page).locator('.popup-title')).toBeFocused();
    // Let the popup finish fading in: half-faded text would be measured at half contrast.
    await expect(eventPopup(page)).toHaveCSS('opacity', '1');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('follows the theme option, and the reader’s colour scheme with theme=auto', async ({ browser }) => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const page = await dark.newPage();
    await page.goto('/embed.html?theme=auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/embed.html?theme=light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await dark.close();
  });

  test('falls back to defaults for invalid options', async ({ page }) => {
    await page.goto('/embed.html?controls=everything&theme=%3Cscript%3E&id=%22%3E&childId=1&autoplay=sure&t=soon');
    await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
    await expect(page.locator('.embed')).toHaveAttribute('data-controls', 'minimal');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Time' })).toHaveAttribute(
      'aria-valuetext',
      'Sat 14 Aug 2021, 00:00 Kabul time',
    );
  });

  test('loads all its assets from a sub-path', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${SUB_PATH}embed.html?t=2021-08-30T04:00Z`);
    await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
    await expect(page.locator('.leaflet-embeddedFill-pane canvas')).toBeAttached();
    expect(failed).toEqual([]);
  });

  test('publishes a static fallback: noscript image, social preview, print image and oEmbed', async ({
    page,
    request,
  }) => {
    await page.goto('/embed.html');
    const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(preview).toMatch(/snapshots\/2021-08-30-rockets\.png$/);
    expect((await request.get(`/${preview}`)).status()).toBe(200);
    const noscript = await page.locator('noscript').innerHTML();
    expect(noscript).toContain('snapshots/2021-08-30-rockets.png');
    const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(`/${oembedHref}`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain('<iframe');
    for (const file of ['2021-08-26-abbey-gate', '2021-08-29-drone-strike', '2021-08-31-end']) {
      expect((await request.get(`/snapshots/${file}.png`)).status()).toBe(200);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.embed')).toBeHidden();
  });

  test('does not play on its own under reduced motion, even with autoplay=1', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/embed.html?autoplay=1&t=2021-08-20T00:00Z');
    await expect(page.locator('.leaflet-marker-pane .event-marker').first()).toBeAttached();
    await page.waitForTimeout(500);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await context.close();
  });
});
