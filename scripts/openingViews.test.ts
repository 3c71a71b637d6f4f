import { describe, expect, it } from 'vitest';
import { openingViewFile, openingZoom, parseOpeningViewFile } from '../src/domain/openingView';
import { mapBox, openingViewMarkup, planOpeningViews } from './openingViews';

const BOUNDS = [69.115, 34.505, 69.245, 34.6] as const;

describe('images of the opening view', () => {
  const plan = planOpeningViews(BOUNDS);

  it('are planned for every zoom either page opens at, in light and dark, each as large as its boxes', () => {
    for (const page of ['full', 'embed'] as const) {
      for (const width of [320, 375, 412, 600, 800, 1024, 1280, 1920]) {
        const box = mapBox(page, width, width < 900 ? 800 : 900);
        const zoom = openingZoom(BOUNDS, box.width, box.height);
        for (const theme of ['light', 'dark']) {
          const fits = plan.filter((image) => image.zoom === zoom && image.theme === theme);
          expect(
            fits.some(
              (image) => image.width >= Math.min(box.width, 1600) && image.height >= Math.min(box.height, 1000),
            ),
            `${page} ${width} ${theme}`,
          ).toBe(true);
        }
      }
    }
  });

  it('are written into each page as a <picture> whose source for a width opens at that width’s zoom', () => {
    const html = openingViewMarkup('full', BOUNDS, plan.map(openingViewFile)).text;
    const sources = [...html.matchAll(/<source media="([^"]*)" srcset="([^"]*)" \/>/g)].map(([, media, file]) => ({
      media: media ?? '',
      image: parseOpeningViewFile(file ?? ''),
    }));
    expect(sources.length).toBeGreaterThan(2);
    // The light source for 412 px (Lighthouse's phone) is the zoom-12 image, the dark one before it.
    const at412 = sources.filter(({ media }) => {
      const from = Number(/min-width: (\d+)/.exec(media)?.[1] ?? 0);
      const to = Number(/max-width: ([\d.]+)/.exec(media)?.[1] ?? Number.POSITIVE_INFINITY);
      return from <= 412 && to >= 412;
    });
    expect(at412.map(({ media, image }) => [media.includes('dark'), image?.zoom, image?.theme])).toEqual([
      [true, 12, 'dark'],
      [false, 12, 'light'],
    ]);
    expect(html).toMatch(
      /<img class="opening-view" id="opening-view" alt="" fetchpriority="high" src="snapshots\/opening-z12-light-\d+x\d+\.webp" data-bounds="69.115,34.505,69.245,34.6" \/><\/picture>$/,
    );
  });

  it('are left out of a story that has none', () => {
    expect(openingViewMarkup('embed', BOUNDS, ['snapshots/2021-08-26-abbey-gate.png']).text).toBe('');
  });
});
