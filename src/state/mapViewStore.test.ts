import { describe, expect, it } from 'vitest';
import { createMapViewStore } from './mapViewStore';

describe('createMapViewStore', () => {
  it('starts at the view it is given, or at none (the story opening frame)', () => {
    expect(createMapViewStore().getView()).toBeNull();
    expect(createMapViewStore({ lat: 34.5, lon: 69.2, zoom: 12 }).getView()).toEqual({
      lat: 34.5,
      lon: 69.2,
      zoom: 12,
    });
  });

  it('tells its subscribers when the view changes, and only then', () => {
    const store = createMapViewStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.setView({ lat: 34.5, lon: 69.2, zoom: 12 });
    store.setView({ lat: 34.5, lon: 69.2, zoom: 12 });
    store.setView({ lat: 34.5, lon: 69.2, zoom: 13 });
    unsubscribe();
    store.setView({ lat: 34.6, lon: 69.2, zoom: 13 });
    expect(calls).toBe(2);
    expect(store.getView()).toEqual({ lat: 34.6, lon: 69.2, zoom: 13 });
  });
});
