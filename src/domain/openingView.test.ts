import { describe, expect, it } from 'vitest';
import { openingCentre, openingCentrePixel, openingViewFile, openingZoom, parseOpeningViewFile } from './openingView';

/** The Kabul story's initial_bounds. */
const BOUNDS = [69.115, 34.505, 69.245, 34.6] as const;

describe('the map’s opening view', () => {
  it('opens at the zoom Leaflet’s fitBounds gives, in half steps (as measured in Chromium)', () => {
    // Map boxes of the full page and the embed at 375, 412, 800 and 1280 px, and the zoom the live map opened at.
    expect(openingZoom(BOUNDS, 375, 514)).toBe(11.5);
    expect(openingZoom(BOUNDS, 412, 514)).toBe(12);
    expect(openingZoom(BOUNDS, 800, 521)).toBe(12.5);
    expect(openingZoom(BOUNDS, 895, 577)).toBe(12.5);
    expect(openingZoom(BOUNDS, 800, 461)).toBe(12);
    expect(openingZoom(BOUNDS, 1280, 461)).toBe(12);
    // Within 1% of a half step counts as on it, as in Leaflet; never beyond the map's zoom range.
    expect(openingZoom(BOUNDS, 2 ** 20, 2 ** 20)).toBe(18);
    expect(openingZoom([-180, -80, 180, 80], 10, 10)).toBe(4);
  });

  it('centres on the bounds’ middle in Web Mercator, not in degrees of latitude', () => {
    const [lat, lon] = openingCentre(BOUNDS);
    expect(lon).toBeCloseTo(69.18, 10);
    expect(lat).toBeGreaterThan((34.505 + 34.6) / 2);
    expect(lat).toBeCloseTo(34.5525135588, 8);
  });

  it('draws the centre where Leaflet rounds it: off the box’s middle by at most half a pixel', () => {
    for (const [width, height] of [
      [375, 514],
      [412, 515],
      [895, 577],
      [1535, 822],
    ] as const) {
      const [x, y] = openingCentrePixel(BOUNDS, 12.5, width, height);
      expect(Math.abs(x - width / 2)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(y - height / 2)).toBeLessThanOrEqual(0.5);
    }
  });

  it('names its images by zoom, theme and size, and reads the names back', () => {
    const image = { zoom: 12.5, theme: 'dark', width: 600, height: 822 } as const;
    expect(openingViewFile(image)).toBe('snapshots/opening-z12.5-dark-600x822.webp');
    expect(parseOpeningViewFile(`http://localhost/${openingViewFile(image)}`)).toEqual(image);
    expect(parseOpeningViewFile('snapshots/2021-08-26-abbey-gate.png')).toBeUndefined();
  });
});
