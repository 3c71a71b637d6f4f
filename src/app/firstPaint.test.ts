// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { handOverFirstPaint } from './firstPaint';

/** A page with its first paint and an empty root that the app will fill, watched; returns the root. */
function pageWithFirstPaint(): HTMLElement {
  document.body.innerHTML = '<div id="first-paint"><h1>Title</h1></div><div id="root"></div>';
  const root = document.getElementById('root') as HTMLElement;
  handOverFirstPaint(root);
  return root;
}

/** Whether the first paint is still there once the app's change has been observed (a microtask later). */
async function firstPaintAfter(root: HTMLElement, appHtml: string): Promise<boolean> {
  root.innerHTML = appHtml;
  await Promise.resolve();
  return document.getElementById('first-paint') !== null;
}

describe('handOverFirstPaint', () => {
  it('keeps the first paint while the app shows its loading notice, and removes it once the app shows more', async () => {
    const root = pageWithFirstPaint();
    expect(await firstPaintAfter(root, '<main><p class="loading">Loading the map…</p></main>')).toBe(true);
    expect(await firstPaintAfter(root, '<main><h1>Title</h1><div class="map"></div></main>')).toBe(false);
  });

  it('hands over to a page that says the story could not be loaded', async () => {
    const root = pageWithFirstPaint();
    const failure = '<div class="load-failure" role="alert"><h1>The story could not be loaded</h1></div>';
    expect(await firstPaintAfter(root, failure)).toBe(false);
  });
});
