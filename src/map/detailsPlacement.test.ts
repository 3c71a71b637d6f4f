import { describe, expect, it } from 'vitest';
import { detailsPan } from './detailsPlacement';

const view = { width: 800, height: 500 };
const insets = { top: 10, right: 10, bottom: 44, left: 52 };
const marker = (x: number, y: number) => ({ left: x - 14, top: y - 14, right: x + 14, bottom: y + 14 });
/** A popup of the given size above a marker at (x, y), its tip ending just above the marker. */
const popupAbove = (x: number, y: number, width: number, height: number) => ({
  left: x - width / 2,
  top: y - 16 - height,
  right: x + width / 2,
  bottom: y - 16,
});

describe('detailsPan', () => {
  it('does not move a map whose details and marker are in view', () => {
    expect(detailsPan(view, marker(400, 400), popupAbove(400, 400, 300, 300), insets)).toEqual([0, 0]);
  });

  it('brings a popup whose head is above the map down, so that the head shows first', () => {
    const [dx, dy] = detailsPan(view, marker(400, 250), popupAbove(400, 250, 300, 400), insets);
    expect(dx).toBe(0);
    expect(250 - 16 - 400 + dy).toBe(insets.top);
    // The marker still fits below it.
    expect(250 + 14 + dy).toBeLessThanOrEqual(view.height - insets.bottom);
  });

  it('keeps the head when popup and marker cannot both fit: the marker gives way', () => {
    const [, dy] = detailsPan(view, marker(400, 300), popupAbove(400, 300, 300, 480), insets);
    expect(300 - 16 - 480 + dy).toBe(insets.top);
  });

  it('moves a popup clear of the zoom buttons on the left and of the edge on the right', () => {
    expect(detailsPan(view, marker(100, 400), popupAbove(100, 400, 300, 200), insets)[0]).toBe(52 - (100 - 150));
    expect(detailsPan(view, marker(750, 400), popupAbove(750, 400, 300, 200), insets)[0]).toBe(800 - 10 - 900);
  });

  it('brings an off-screen marker into view', () => {
    const [dx, dy] = detailsPan(view, marker(-900, 2000), popupAbove(-900, 2000, 300, 200), insets);
    expect(-900 - 150 + dx).toBeGreaterThanOrEqual(insets.left);
    expect(2000 + 14 + dy).toBeLessThanOrEqual(view.height - insets.bottom);
  });

  it('for a sheet, puts the marker in the part of the map the sheet leaves free', () => {
    const sheet = { ...insets, left: 10, bottom: 300 + 10 };
    const [, dy] = detailsPan(view, marker(400, 350), undefined, sheet);
    expect(350 + 14 + dy).toBeLessThanOrEqual(view.height - 310);
    expect(350 - 14 + dy).toBeGreaterThanOrEqual(insets.top);
  });
});
