// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { handOverFirstPaint } from './firstPaint';

const nextMicrotask = () => Promise.resolve();

describe('handOverFirstPaint', () => {
  it('keeps the first paint while the app shows its loading notice, and removes it once the app shows more', async () => {
    document.body.innerHTML = '<div id="first-paint"><h1>Title</h1></div><div id="root"></div>';
    const root = document.getElementById('root') as HTMLElement;
    handOverFirstPaint(root);
    root.innerHTML = '<main><p class="loading">Loading the map…</p></main>';
    await nextMicrotask();
    expect(document.getElementById('first-paint')).not.toBeNull();
    root.innerHTML = '<main><h1>Title</h1><div class="map"></div></main>';
    await nextMicrotask();
    expect(document.getElementById('first-paint')).toBeNull();
  });

  it('hands over to a page that says the story could not be loaded', async () => {
    document.body.innerHTML = '<div id="first-paint"></div><div id="root"></div>';
    const root = document.getElementById('root') as HTMLElement;
    handOverFirstPaint(root);
    root.innerHTML = '<div class="load-failure" role="alert"><h1>The story could not be loaded</h1></div>';
    await nextMicrotask();
    expect(document.getElementById('first-paint')).toBeNull();
  });
});
