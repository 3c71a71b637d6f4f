import { describe, expect, it } from 'vitest';
import { loadedTestStory, TEST_LAYER_IDS } from '../test/storyReducer';
import { buildTimeAxis } from '../time/timeAxis';
import { buildTimeIndex } from '../time/timeIndex';
import { type AppState, DEFAULT_STATE } from './appState';
import { reconcileLinkedEvent } from './reconcileLinkedEvent';
import { applySharedState, parseAutoplay, parseUrlState, serializeUrlState } from './urlState';

// One continuous segment from 14 to 31 Aug (no scale break).
const axis = buildTimeAxis([Date.parse('2021-08-14T00:00:00+04:30'), Date.parse('2021-08-31T00:00:00+04:30')], {
  timeZone: 'Asia/Kabul',
  breakAfterMs: 30 * 86_400_000,
});
const context = {
  axis,
  eventIds: new Set(['abbey-gate-bombing', 'rocket-attack-0830-launch']),
  area: [60, 29, 75, 39] as const,
  layerIds: TEST_LAYER_IDS,
};
const { appReducer, loaded } = loadedTestStory(axis);

describe('URL state', () => {
  it('round-trips a shared moment', () => {
    const state: AppState = {
      ...loaded,
      time: Date.parse('2021-08-30T02:10:00Z'),
      selectedId: 'rocket-attack-0830-launch',
      layers: { airport: false, attacks: true, strikes: true, other: false },
      basemap: 'satellite',
      zone: 'utc',
      showPast: false,
      theme: 'dark',
    };
    const view = { lat: 34.56583, lon: 69.21306, zoom: 13.5 };
    const query = serializeUrlState(state, DEFAULT_STATE, [], view);
    expect(query).toBe(
      't=2021-08-30T02:10Z&event=rocket-attack-0830-launch&layers=attacks,strikes&basemap=satellite&view=34.56583,69.21306,13.5&tz=utc&past=0&theme=dark',
    );
    const shared = parseUrlState(`?${query}`, context);
    expect(applySharedState(loaded, shared)).toEqual({ ...state, selectionOrigin: 'url' });
    expect(shared.view).toEqual(view);
  });

  it('leaves defaults out of the link', () => {
    expect(serializeUrlState(loaded, DEFAULT_STATE)).toBe('t=2021-08-13T19:30Z');
  });

  it('writes "none" when every layer is off, and reads it back', () => {
    const none = { ...loaded, layers: { airport: false, attacks: false, strikes: false, other: false } };
    expect(parseUrlState(`?${serializeUrlState(none, DEFAULT_STATE)}`, context).layers).toEqual(none.layers);
  });

  it.each([
    ['t=yesterday', 'time'],
    ['t=2021-08-20T10:00', 'time'],
    ['event=unknown-id', 'selectedId'],
    ['event=%3Cscript%3Ealert(1)%3C/script%3E', 'selectedId'],
    ['layers=attacks,bogus', 'layers'],
    ['basemap=javascript:alert(1)', 'basemap'],
    ['view=999,69,12', 'view'],
    ['view=34.5,69.2,99', 'view'],
    ['view=34.5,69.2', 'view'],
    ['view=1e3,69.2,12', 'view'],
    ['tz=Mars/Olympus', 'zone'],
    ['past=maybe', 'showPast'],
    ['theme=sepia', 'theme'],
  ])('ignores %s, keeping the default %s', (query) => {
    expect(parseUrlState(`?${query}`, context)).toEqual({});
  });

  it('takes the valid parameters of a partly broken link', () => {
    expect(parseUrlState('?t=2021-08-20T10:00Z&event=nope&tz=utc&view=x', context)).toEqual({
      time: Date.parse('2021-08-20T10:00:00Z'),
      zone: 'utc',
    });
  });

  it('never throws, whatever the query', () => {
    for (const query of ['?%', '?t=%E0%A4%A', '?&&&==&', `?t=${'9'.repeat(5000)}`, '?view=,,,']) {
      expect(() => parseUrlState(query, context)).not.toThrow();
    }
  });

  it('reads autoplay only as 1 or true', () => {
    expect(parseAutoplay('?autoplay=1')).toBe(true);
    expect(parseAutoplay('?autoplay=true')).toBe(true);
    expect(parseAutoplay('?autoplay=yes')).toBe(false);
    expect(parseAutoplay('')).toBe(false);
  });
});

describe('the reducer', () => {
  it('ignores a deselection meant for an event that is no longer the selected one', () => {
    const selected = appReducer(loaded, { type: 'select', id: 'abbey-gate-bombing', origin: 'pointer' });
    expect(appReducer(selected, { type: 'deselect', id: 'rocket-attack-0830-launch' }).selectedId).toBe(
      'abbey-gate-bombing',
    );
    expect(appReducer(selected, { type: 'deselect', id: 'abbey-gate-bombing' }).selectedId).toBeNull();
    expect(appReducer(selected, { type: 'deselect' }).selectedId).toBeNull();
  });
});

describe('honest links', () => {
  // Two segments: 14 Aug, and 17 Sep; the break between them is not on the timeline.
  const broken = buildTimeAxis([Date.parse('2021-08-14T00:00:00Z'), Date.parse('2021-09-17T00:00:00Z')], {
    timeZone: 'UTC',
  });
  const [first, second] = broken.segments;

  it('snaps a time in a scale break to the nearest moment on the timeline, and says so', () => {
    const early = parseUrlState('?t=2021-08-20T00:00Z', { ...context, axis: broken });
    expect(early.time).toBe(first?.end);
    expect(early.notes).toEqual([
      { kind: 'timeSnapped', requested: Date.parse('2021-08-20T00:00:00Z'), shown: first?.end },
    ]);
    const late = parseUrlState('?t=2021-09-10T00:00Z', { ...context, axis: broken });
    expect(late.time).toBe(second?.start);
    expect(late.notes?.[0]).toMatchObject({ kind: 'timeSnapped', shown: second?.start });
  });

  it('says nothing about a time on the timeline', () => {
    expect(parseUrlState('?t=2021-08-14T10:00Z', { ...context, axis: broken }).notes).toBeUndefined();
  });

  const index = buildTimeIndex([
    { id: 'abbey-gate-bombing', start: Date.parse('2021-08-26T13:18:00Z') },
    { id: 'rocket-attack-0830-launch', start: Date.parse('2021-08-30T02:10:00Z') },
  ]);
  const events = {
    index,
    defaultTime: axis.start,
    defaultShowPast: true,
    layerOf: () => 'attacks' as const,
    // The rocket attack's first report may be out 2 h after it; the bombing's, an hour after.
    firstReportAt: (ordinal: number) => (index.starts[ordinal] as number) + (ordinal === 1 ? 2 : 1) * 3_600_000,
  };

  it('opens a link to an event with no time at its first report, and says nothing', () => {
    const shared = reconcileLinkedEvent(parseUrlState('?event=rocket-attack-0830-launch', context), events);
    expect(shared.time).toBe(Date.parse('2021-08-30T04:10:00Z'));
    expect(shared.notes).toBeUndefined();
  });

  it('opens a time outside the story at its nearest end, and says so', () => {
    const before = parseUrlState('?t=2020-01-01T00:00Z', context);
    expect(before.time).toBe(axis.start);
    expect(before.notes?.[0]?.kind).toBe('timeOutside');
    expect(parseUrlState('?t=2030-01-01T00:00Z', context).time).toBe(axis.end);
  });

  it('moves the time to the first report of a linked event that has not happened yet at it, and says so', () => {
    const shared = reconcileLinkedEvent(
      parseUrlState('?t=2021-08-20T00:00Z&event=rocket-attack-0830-launch', context),
      events,
    );
    expect(shared.time).toBe(Date.parse('2021-08-30T04:10:00Z'));
    expect(shared.notes).toEqual([
      {
        kind: 'timeMovedToEvent',
        eventId: 'rocket-attack-0830-launch',
        requested: Date.parse('2021-08-20T00:00:00Z'),
        shown: Date.parse('2021-08-30T04:10:00Z'),
      },
    ]);
  });

  it('moves the time to a past event’s report when the link hides past events, but not otherwise', () => {
    const later = '?t=2021-08-30T12:00Z&event=abbey-gate-bombing';
    expect(reconcileLinkedEvent(parseUrlState(later, context), events).time).toBe(Date.parse('2021-08-30T12:00Z'));
    expect(reconcileLinkedEvent(parseUrlState(`${later}&past=0`, context), events).time).toBe(
      Date.parse('2021-08-26T14:18:00Z'),
    );
  });

  it('says why a linked event cannot be shown when the link turns its layer off', () => {
    const shared = reconcileLinkedEvent(
      parseUrlState('?t=2021-08-30T12:00Z&event=abbey-gate-bombing&layers=strikes', context),
      events,
    );
    expect(shared.notes).toEqual([{ kind: 'eventLayerOff', eventId: 'abbey-gate-bombing', layer: 'attacks' }]);
  });
});
