import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HOST, SITE } from './ports';
import { eventPopup, expect, openShareDialog, test, timeSlider } from './support';

/** The engine's guided story, on fixture data: three chapters over the fixture events of known.spec.ts. */
const story = readFileSync(new URL('./fixtures/chapters-story.json', import.meta.url), 'utf8');
const events = readFileSync(new URL('./fixtures/known-events.geojson', import.meta.url), 'utf8');

async function routeFixtures(page: Page): Promise<void> {
  await page.route('**/geodata/story.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: story }),
  );
  await page.route('**/geodata/events.geojson', (route) =>
    route.fulfill({ status: 200, contentType: 'application/geo+json', body: events }),
  );
}

/** The map's centre and zoom, as the full page writes them into its address (view=lat,lon,zoom). */
async function mapView(page: Page): Promise<{ lat: number; lon: number; zoom: number }> {
  await expect(page).toHaveURL(/view=/);
  const [lat, lon, zoom] = (new URL(page.url()).searchParams.get('view') ?? '').split(',').map(Number);
  return { lat: lat as number, lon: lon as number, zoom: zoom as number };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Guided story' });

test.describe('the guided story', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await routeFixtures(page);
  });

  test('steps through every chapter: slider time, map view, caption, highlighted and opened events', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the story' }).click();
    const chapters = panel(page);
    await expect(chapters).toContainText('Chapter 1 of 3');
    await expect(chapters.getByRole('heading', { name: 'Test chapter one' })).toBeFocused();
    await expect(chapters).toContainText('CAPTION-ONE');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Thu 26 Aug 2021, 18:00 Kabul time');
    // The address follows the map once it has moved there.
    await expect.poll(async () => (await mapView(page)).zoom).toBe(15);
    const first = await mapView(page);
    expect(first.lat).toBeCloseTo(34.5586, 3);
    expect(first.lon).toBeCloseTo(69.2203, 3);
    await expect(page.locator('.event-symbol.is-highlighted')).toHaveCount(1);
    // The chapter names the event only as it was known then: nothing had been published yet.
    await expect(chapters.getByRole('button', { name: 'Attack, not yet reported' })).toBeVisible();

    await chapters.getByRole('button', { name: 'Next chapter' }).click();
    await expect(chapters).toContainText('Chapter 2 of 3');
    await expect(chapters).toContainText('CAPTION-TWO');
    await expect(chapters).toContainText('Original agency, via a copy on Copying site');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 20:00 Kabul time');
    await expect(eventPopup(page).locator('.popup-title')).toHaveText('Test data: second blast reported, then denied');
    await expect.poll(async () => (await mapView(page)).zoom).toBeLessThan(15);
    await expect(page).toHaveURL(/chapter=denial/);

    await chapters.getByRole('button', { name: 'Next chapter' }).click();
    await expect(chapters).toContainText('Chapter 3 of 3');
    await expect(chapters.getByRole('button', { name: 'Next chapter' })).toBeDisabled();
    // A span chapter opens at the span's end when the reader prefers reduced motion.
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Tue 31 Aug 2021, 12:00 Kabul time');
    await expect(page.getByRole('checkbox', { name: /Attacks/ })).not.toBeChecked();

    await chapters.getByRole('button', { name: 'Chapter 1: Test chapter one' }).click();
    await expect(chapters).toContainText('Chapter 1 of 3');
    await chapters.getByRole('button', { name: 'Previous chapter' }).isDisabled();
  });

  test('pauses when the reader scrubs, resumes where it was, and exits to free exploration', async ({ page }) => {
    await page.goto('/?chapter=denial');
    const chapters = panel(page);
    await expect(chapters).toContainText('Chapter 2 of 3');
    await timeSlider(page).focus();
    await page.keyboard.press('PageUp');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Sat 28 Aug 2021, 20:00 Kabul time');
    await expect(chapters).toContainText('paused');
    await expect(page).not.toHaveURL(/chapter=/);
    await chapters.getByRole('button', { name: 'Resume story' }).click();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 20:00 Kabul time');
    await expect(chapters.getByRole('button', { name: 'Resume story' })).toHaveCount(0);
    await chapters.getByRole('button', { name: 'Exit story' }).click();
    await expect(page.getByRole('button', { name: 'Start the story' })).toBeVisible();
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 20:00 Kabul time');
  });

  test('a chapter link opens the chapter in the embed too', async ({ page }) => {
    await page.goto('/embed.html?chapter=denial');
    await expect(panel(page)).toContainText('Chapter 2 of 3');
    await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 20:00 Kabul time');
  });

  test('the embed follows goto messages from its parent page, and ignores a sibling frame and bad shapes', async ({
    page,
  }) => {
    const embed = `${SITE}/embed.html`;
    await page.goto(
      `${HOST}/article.html?body=${encodeURIComponent(
        `<iframe id="map" src="${embed}" style="width:800px;height:700px;border:0"></iframe>` +
          `<iframe id="sibling" srcdoc="<p>a sibling frame</p>" style="width:10px;height:10px"></iframe>`,
      )}`,
    );
    const frame = page.frameLocator('#map');
    await expect(frame.getByRole('button', { name: 'Start the story' })).toBeVisible();
    const post = (data: unknown) =>
      page.evaluate(
        ([message, origin]) => {
          const map = document.getElementById('map') as HTMLIFrameElement;
          map.contentWindow?.postMessage(message, origin as string);
        },
        [data, SITE] as const,
      );
    await post({ 'map-goto': { chapter: 'later' } });
    await expect(frame.getByRole('region', { name: 'Guided story' })).toContainText('Chapter 3 of 3');
    await post({ 'map-goto': { chapter: 1 } });
    await expect(frame.getByRole('region', { name: 'Guided story' })).toContainText('Chapter 1 of 3');
    await post({ 'map-goto': { t: '2021-08-27T14:30:00Z', event: 'fixture-blast' } });
    await expect(timeSlider(frame)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 19:00 Kabul time');
    await expect(frame.locator('.leaflet-popup .popup-title')).toContainText('then denied');
    // Bad shapes change nothing.
    for (const bad of [{ 'map-goto': { chapter: 99 } }, { 'map-goto': { t: 'soon' } }, 'map-goto', { goto: 1 }]) {
      await post(bad);
    }
    // A sibling frame (same page, not the parent) is ignored.
    await page.evaluate((origin) => {
      const sibling = document.getElementById('sibling') as HTMLIFrameElement;
      const script = sibling.contentDocument?.createElement('script');
      if (!script || !sibling.contentDocument) return;
      script.textContent = `window.parent.frames[0].postMessage({"map-goto": {"chapter": "later"}}, ${JSON.stringify(origin)});`;
      sibling.contentDocument.body.appendChild(script);
    }, SITE);
    await page.waitForTimeout(500);
    await expect(timeSlider(frame)).toHaveAttribute('aria-valuetext', 'Fri 27 Aug 2021, 19:00 Kabul time');
  });
});

test.describe('the Kabul story’s chapters', () => {
  const CHAPTERS = [
    ['Kabul falls, and the airlift begins in chaos', 'Wed 18 Aug 2021, 12:00 Kabul time'],
    ['A bombing at Abbey Gate, and a second blast that was withdrawn', 'Sat 28 Aug 2021, 09:00 Kabul time'],
    ['A US drone strike in Nangarhar', 'Sun 29 Aug 2021, 01:00 Kabul time'],
    ['A US drone strike on a car in Kabul', 'Tue 31 Aug 2021, 16:45 Kabul time'],
    ['Rockets at the airport: six claimed, five counted', 'Tue 31 Aug 2021, 17:00 Kabul time'],
    ['The last flight out', 'Wed 1 Sep 2021, 17:00 Kabul time'],
    ['Three weeks later: “a tragic mistake”', 'Sat 18 Sep 2021, 09:00 Kabul time'],
  ] as const;

  test('steps through all seven chapters; a chapter set before 17 Sep says nothing of the admission', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the story' }).click();
    const chapters = panel(page);
    for (const [index, [title, time]] of CHAPTERS.entries()) {
      await expect(chapters).toContainText(`Chapter ${index + 1} of ${CHAPTERS.length}`);
      await expect(chapters.getByRole('heading', { name: title })).toBeFocused();
      await expect(timeSlider(page)).toHaveAttribute('aria-valuetext', time);
      if (index < CHAPTERS.length - 1) {
        // Nothing published after the chapter's moment is anywhere in the page.
        expect(await page.locator('body').textContent()).not.toContain('tragic mistake');
        await chapters.getByRole('button', { name: 'Next chapter' }).click();
      }
    }
    await expect(eventPopup(page).locator('.popup-title')).toContainText('up to 10 civilians');
  });

  test('an article’s scroll drives the embed through the chapters (examples/scrolly.html)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${HOST}/scrolly.html?embed=${encodeURIComponent(`${SITE}/embed.html?controls=minimal`)}`);
    const frame = page.frameLocator('#story-map');
    await expect(frame.getByRole('region', { name: 'Guided story' })).toBeVisible();
    for (const step of [0, 1, 4, 6, 2]) {
      // Scroll the step to the middle of the screen, as a reader would.
      await page.evaluate((n) => {
        const target = document.querySelectorAll('.step')[n] as HTMLElement;
        const box = target.getBoundingClientRect();
        window.scrollTo(0, window.scrollY + box.top - window.innerHeight / 2 + box.height / 2);
      }, step);
      await expect(frame.getByRole('region', { name: 'Guided story' })).toContainText(
        `Chapter ${step + 1} of ${CHAPTERS.length}`,
      );
      await expect(frame.getByRole('heading', { name: CHAPTERS[step]?.[0] })).toBeVisible();
    }
  });

  test('the scrollytelling example frames only its own site’s embed, or one it lists', async ({ page }) => {
    for (const foreign of ['https://evil.example/embed.html', `${SITE.replace('localhost', '127.0.0.1')}/embed.html`]) {
      await page.goto(`${HOST}/scrolly.html?embed=${encodeURIComponent(foreign)}`);
      const src = (await page.locator('#story-map').getAttribute('src')) ?? '';
      expect(new URL(src).origin).toBe(HOST);
    }
  });
});

test.describe('a chapter shared and embedded', () => {
  test('the dialog embeds the chapter’s own page, whose no-JavaScript and print image is the chapter’s', async ({
    page,
    request,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?chapter=abbey-gate');
    await expect(panel(page)).toContainText('Chapter 2 of 7');
    await openShareDialog(page);
    const dialog = page.getByRole('dialog', { name: 'Share this moment' });
    const snippet = await dialog.getByLabel('Embed code').inputValue();
    expect(snippet).toContain('embed-chapter-abbey-gate.html?');
    expect(snippet).toContain('chapter=abbey-gate');
    expect(await dialog.getByLabel('Link to this moment').inputValue()).toContain('chapter=abbey-gate');
    const html = await (await request.get('/embed-chapter-abbey-gate.html')).text();
    expect(html).toContain('<img src="snapshots/chapter-abbey-gate.png"');
    expect(html).toContain('content: url("snapshots/chapter-abbey-gate.png")');
    expect((await request.get('/snapshots/chapter-abbey-gate.png')).status()).toBe(200);
    // Without JavaScript, the chapter's page shows the chapter's image.
    const context = await page.context().browser()?.newContext({ javaScriptEnabled: false });
    const noScript = await context?.newPage();
    await noScript?.goto(`${SITE}/embed-chapter-abbey-gate.html?chapter=abbey-gate`);
    await expect(noScript?.locator('noscript img, .static-fallback img') ?? page.locator('none')).toHaveAttribute(
      'src',
      'snapshots/chapter-abbey-gate.png',
    );
    await context?.close();
  });
});

test.describe('the guided story with motion', () => {
  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    test(`a chapter flies to its view without counting as the reader’s move, and plays to its end, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      // The Kabul story's Abbey Gate chapter, asked for by the article around the embed once the reader has been on
      // the page a while: its event's details open (and would move the map) as the map flies to the chapter; then
      // it plays on to 28 Aug 09:00 and stops.
      await page.goto(
        `${HOST}/article.html?body=${encodeURIComponent(
          `<iframe id="map" src="${SITE}/embed.html?id=m1" style="width:100%;height:${height - 40}px;border:0"></iframe>`,
        )}`,
      );
      const frame = page.frameLocator('#map');
      await expect(frame.locator('.leaflet-container')).toBeVisible();
      await expect(frame.locator('.town-label').first()).toBeAttached();
      await page.waitForTimeout(1500);
      await page.evaluate(
        ([origin]) =>
          (document.getElementById('map') as HTMLIFrameElement).contentWindow?.postMessage(
            { 'map-goto': { chapter: 'abbey-gate' } },
            origin as string,
          ),
        [SITE] as const,
      );
      const chapters = frame.getByRole('region', { name: 'Guided story' });
      await expect(chapters).toContainText('Chapter 2 of');
      await expect(frame.locator('.event-popup')).toBeVisible();
      await expect(frame.getByRole('slider').first()).toHaveAttribute(
        'aria-valuetext',
        'Sat 28 Aug 2021, 09:00 Kabul time',
        { timeout: 20_000 },
      );
      await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
      await expect(chapters).not.toContainText('paused');
    });
  }
});
