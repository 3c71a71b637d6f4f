import { describe, expect, it } from 'vitest';
import { buildPacedPlan } from '../time/playback';
import { buildTimeAxis } from '../time/timeAxis';
import { createAppReducer, DEFAULT_STATE } from './appState';

const axis = buildTimeAxis([Date.parse('2021-08-14T00:00:00Z'), Date.parse('2021-08-20T00:00:00Z')], {
  timeZone: 'UTC',
});
const appReducer = createAppReducer({ axis, plan: buildPacedPlan(axis, []) });
const loaded = appReducer(DEFAULT_STATE, { type: 'storyLoaded' });

describe('place selection', () => {
  it('opens a place, closing an open event, and remembers how it was opened', () => {
    const event = appReducer(loaded, { type: 'select', id: 'blast', origin: 'list' });
    const place = appReducer(event, { type: 'selectPlace', id: 'gate', origin: 'keyboard' });
    expect(place).toMatchObject({ selectedPlaceId: 'gate', selectedId: null, selectionOrigin: 'keyboard' });
  });

  it('closes a place when an event opens', () => {
    const place = appReducer(loaded, { type: 'selectPlace', id: 'gate', origin: 'pointer' });
    expect(appReducer(place, { type: 'select', id: 'blast', origin: 'pointer' }).selectedPlaceId).toBeNull();
  });

  it('closes a place only if it is still the one open', () => {
    const place = appReducer(loaded, { type: 'selectPlace', id: 'gate', origin: 'pointer' });
    expect(appReducer(place, { type: 'deselectPlace', id: 'runway' }).selectedPlaceId).toBe('gate');
    expect(appReducer(place, { type: 'deselectPlace', id: 'gate' }).selectedPlaceId).toBeNull();
    expect(appReducer(place, { type: 'deselectPlace' }).selectedPlaceId).toBeNull();
  });
});
