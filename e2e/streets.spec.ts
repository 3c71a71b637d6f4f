/**
 * The street basemap, on the Monaco fixture story (e2e/fixtures/monaco-story: fictional incidents, test data),
 * whose basemap `npm run basemap` built from the committed OpenStreetMap extract. Built to dist-monaco/ and served
 * on its own port (e2e/ports.ts).
 */
import type { Page } from '@playwright/test';
import { MONACO } from './ports';
import { at, eventMarker, expect, openStory, test } from './support';

test.use({ baseURL: MONACO });

/** Noon on the day of the fictional incidents: all four are on the map. */
const NOON = '2024-05-20T10:00Z';
/** Over Port Hercule, where the incidents are. */
const harbour = (zoom: number, extra = '') => at(NOON, `view=43.7352,7.4240,${zoom}${extra}`);

/** The street style's colours (src/map/basemapStyle.ts, STREET_COLOURS), as the tiles are painted with them. */
const LIGHT = { land: '#f3f1ec', sea: '#c6d9e6', road: '#ffffff', building: '#e0dad1' };
const DARK = { land: '#23282e', sea: '#172836', road: '#3d444d', building: '#2f353d' };

/** Once every street tile in view is drawn: how many of its pixels have each colour (exactly). */
async function streetPixels(page: Page, colours: Record<string, string>): Promise<Record<string, number>> {
  const tiles = page.locator('.leaflet-embeddedStreets-pane canvas.leaflet-tile');
  await expect(tiles.first()).toBeAttached();
  await expect
    .poll(() => tiles.evaluateAll((canvases) => canvases.every((c) => c.classList.contains('leaflet-tile-loaded'))))
    .toBe(true);
  return tiles.evaluateAll((canvases, wanted) => {
    const counts: Record<string, number> = Object.fromEntries(Object.keys(wanted).map((name) => [name, 0]));
    const rgb = Object.entries(wanted).map(([name, hex]) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return { name, r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
    });
    for (const canvas of canvases as HTMLCanvasElement[]) {
      if (canvas.width === 0) continue;
      const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
      for (let i = 0; i < data.length; i += 4) {
        for (const colour of rgb) {
          if (data[i] === colour.r && data[i + 1] === colour.g && data[i + 2] === colour.b && data[i + 3] === 255) {
            counts[colour.name] = (counts[colour.name] ?? 0) + 1;
          }
        }
      }
    }
    return counts;
  }, colours);
}

/** The street names a reader sees now (the map lays them out in the frame after a move). */
async function shownStreetNames(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page
    .locator('.map-label-icon:not(.is-crowded) > .street-label')
    .evaluateAll((labels) => labels.map((label) => label.textContent ?? ''));
}

interface Quad {
  readonly what: string;
  readonly corners: readonly (readonly [number, number])[];
}

/** Every shown name and marker as the quadrilateral it covers on screen (a street name is turned along its road). */
async function shownQuads(page: Page): Promise<{ names: Quad[]; markers: Quad[]; storyNames: Quad[] }> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const quad = (element: HTMLElement, what: string) => {
      const box = element.getBoundingClientRect();
      const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
      const angle = (Number(element.dataset.angle ?? 0) * Math.PI) / 180;
      const [w, h] = element.dataset.angle
        ? [element.offsetWidth / 2, element.offsetHeight / 2]
        : [box.width / 2, box.height / 2];
      const corners = [
        [-w, -h],
        [w, -h],
        [w, h],
        [-w, h],
      ].map(
        ([x = 0, y = 0]) =>
          [cx + x * Math.cos(angle) - y * Math.sin(angle), cy + x * Math.sin(angle) + y * Math.cos(angle)] as const,
      );
      return { what, corners };
    };
    const shown = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => !element.closest('.is-crowded, .is-stacked-under') && element.getBoundingClientRect().width > 0,
      );
    return {
      names: shown('.leaflet-embeddedLabels-pane .map-label').map((e) => quad(e, e.textContent ?? '')),
      markers: shown('.leaflet-marker-pane .event-marker, .leaflet-marker-pane .place-marker').map((e) =>
        quad(e, e.getAttribute('aria-label') ?? ''),
      ),
      storyNames: shown('.leaflet-storyLabels-pane .map-label, .leaflet-marker-pane .map-label').map((e) =>
        quad(e, e.textContent ?? ''),
      ),
    };
  });
}

/** Whether two convex quadrilaterals overlap by more than a pixel (separating axis test). */
function overlap(a: Quad, b: Quad): boolean {
  for (const shape of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x1, y1] = shape.corners[i] as readonly [number, number];
      const [x2, y2] = shape.corners[(i + 1) % 4] as readonly [number, number];
      const [nx, ny] = [y2 - y1, x1 - x2];
      const length = Math.hypot(nx, ny) || 1;
      const project = (q: Quad) => q.corners.map(([x, y]) => (x * nx + y * ny) / length);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) - 1 <= Math.min(...pb) || Math.max(...pb) - 1 <= Math.min(...pa)) return false;
    }
  }
  return true;
}

test.describe('the street basemap, from an OpenStreetMap extract', () => {
  test('is a test story, and says so', async ({ page }) => {
    await openStory(page, harbour(16));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Test story (fictional incidents): Monaco harbour',
    );
    await expect(page.locator('header')).toContainText('none of these incidents happened');
  });

  for (const zoom of [15, 16, 17]) {
    test(`draws land, sea and roads at zoom ${zoom}, buildings from zoom 16 and street names from zoom 16`, async ({
      page,
    }) => {
      await openStory(page, harbour(zoom));
      const pixels = await streetPixels(page, LIGHT);
      expect(pixels.land).toBeGreaterThan(1000);
      expect(pixels.sea).toBeGreaterThan(1000);
      expect(pixels.road).toBeGreaterThan(500);
      if (zoom >= 16) expect(pixels.building).toBeGreaterThan(1000);
      // (A few antialiased pixels of other edges may match by chance; the buildings are thousands.)
      else expect(pixels.building).toBeLessThan(300);
      if (zoom >= 16) {
        await expect.poll(async () => (await shownStreetNames(page)).length).toBeGreaterThan(1);
        // Written along their roads: turned to the road's angle.
        const turned = await page
          .locator('.map-label-icon:not(.is-crowded) > .street-label')
          .evaluateAll(
            (labels) => labels.filter((label) => /rotate\(/.test((label as HTMLElement).style.transform)).length,
          );
        expect(turned).toBeGreaterThan(0);
      } else {
        // Neighbourhoods are named, not streets.
        await expect(page.locator('.map-label-icon:not(.is-crowded) > .street-place-label').first()).toBeVisible();
        expect(await shownStreetNames(page)).toEqual([]);
      }
      await expect(page.locator('.street-water-label', { hasText: 'Port Hercule' })).toBeVisible();
    });
  }

  for (const zoom of [16, 17]) {
    test(`at zoom ${zoom}, names never overlap each other or the story's markers and names, which stay on top`, async ({
      page,
    }) => {
      await openStory(page, harbour(zoom));
      await expect.poll(async () => (await shownStreetNames(page)).length).toBeGreaterThan(1);
      const { names, markers, storyNames } = await shownQuads(page);
      expect(markers.length).toBeGreaterThan(0);
      expect(storyNames.map((name) => name.what)).toContain('Test harbour office');
      const clashes: string[] = [];
      for (const [i, name] of names.entries()) {
        for (const other of [...names.slice(i + 1), ...markers, ...storyNames]) {
          if (overlap(name, other)) clashes.push(`${name.what} / ${other.what}`);
        }
      }
      expect(clashes).toEqual([]);
      // The story's marker is what a reader's pointer finds at its point, over any basemap name.
      const fire = eventMarker(page, 'test-yacht-fire');
      const box = await fire.boundingBox();
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x, y)?.closest('.event-marker')?.getAttribute('data-event-id'),
        [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2] as const,
      );
      expect(hit).toBe('test-yacht-fire');
    });
  }

  test('credits OpenStreetMap under the ODbL, and asks nothing of any other site', async ({
    page,
    externalRequests,
  }) => {
    const tiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/geodata/basemap/streets/')) tiles.push(request.url());
    });
    await openStory(page, harbour(16));
    await streetPixels(page, LIGHT);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((url) => url.startsWith(`${MONACO}/geodata/basemap/streets/15/`))).toBe(true);
    await expect(page.locator('.map-attribution')).toContainText(/© OpenStreetMap contributors.* \(ODbL 1\.0\)/);
    await expect(
      page.locator('.map-attribution').getByRole('link', { name: '© OpenStreetMap contributors' }),
    ).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright');
    await page.goto(`/embed.html?${harbour(16).split('?')[1]}`);
    await expect(page.locator('.map-label-icon:not(.is-crowded) > .street-label').first()).toBeVisible();
    expect(externalRequests).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`in the ${theme} theme at ${width} px: its own colours, legible names (screenshots)`, async ({
        page,
      }, testInfo) => {
        await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
        await openStory(page, harbour(16, `&theme=${theme}`));
        const pixels = await streetPixels(page, theme === 'dark' ? DARK : LIGHT);
        expect((pixels.land ?? 0) + (pixels.building ?? 0)).toBeGreaterThan(1000);
        expect(pixels.sea).toBeGreaterThan(1000);
        await expect.poll(async () => (await shownStreetNames(page)).length).toBeGreaterThan(0);
        // Names are at least 11 px: legible on a phone.
        const sizes = await page
          .locator('.map-label-icon:not(.is-crowded) > .map-label')
          .evaluateAll((labels) => labels.map((label) => Number.parseFloat(getComputedStyle(label).fontSize)));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
        await page.screenshot({ path: testInfo.outputPath(`streets-${theme}-${width}.png`), animations: 'disabled' });
      });
    }
  }
});
