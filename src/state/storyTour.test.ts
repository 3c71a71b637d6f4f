import { describe, expect, it } from 'vitest';
import type { Chapter } from '../domain/chapters';
import { loadedTestStory } from '../test/storyReducer';
import { buildTimeAxis } from '../time/timeAxis';
import type { AppState } from './appState';

const at = (iso: string) => Date.parse(iso);
// One moment a day: no scale breaks between the chapters.
const days = Array.from({ length: 18 }, (_, day) => at('2021-08-14T00:00:00Z') + day * 86_400_000);
const axis = buildTimeAxis(days, { timeZone: 'UTC' });

const chapters: Chapter[] = [
  {
    id: 'one',
    title: 'One',
    caption: 'First.',
    at: at('2021-08-16T12:00:00Z'),
    view: { center: [69.2, 34.5], zoom: 12 },
    highlight: [],
    cites: [],
    knowledge: 'then',
  },
  {
    id: 'two',
    title: 'Two',
    caption: 'Second.',
    at: at('2021-08-26T13:00:00Z'),
    until: at('2021-08-27T13:00:00Z'),
    view: { bounds: [69.1, 34.5, 69.3, 34.6] },
    highlight: ['blast'],
    open: 'blast',
    layers: ['attacks'],
    cites: [],
    knowledge: 'then',
  },
];

const { appReducer, loaded } = loadedTestStory(axis);
const enter = (state: AppState, index: number, reducedMotion = false) =>
  appReducer(state, { type: 'enterChapter', chapter: chapters[index] as Chapter, index, reducedMotion });

describe('the guided story', () => {
  it('entering a chapter moves the slider to its moment', () => {
    const state = enter(loaded, 0);
    expect(state.tour).toEqual({ index: 0, paused: false, entry: 1, readerKnown: 'then' });
    expect(state.time).toBe(chapters[0]?.at);
    expect(state.playing).toBe(false);
  });

  it('a span chapter plays through its span and stops at its end, opens its event and shows its layers', () => {
    let state = enter(loaded, 1);
    expect(state.playing).toBe(true);
    expect(state.selectedId).toBe('blast');
    expect(state.layers).toEqual({ airport: false, attacks: true, strikes: false, other: false });
    state = appReducer(state, { type: 'playbackFrame', elapsedMs: 60_000 });
    expect(state.time).toBe(chapters[1]?.until);
    expect(state.playing).toBe(false);
    expect(state.tour?.paused).toBe(false);
  });

  it('under reduced motion a span chapter opens at its end and nothing plays', () => {
    const state = enter(loaded, 1, true);
    expect(state.playing).toBe(false);
    expect(state.time).toBe(chapters[1]?.until);
  });

  it.each([
    ['scrubs', { type: 'setTime', time: at('2021-08-20T00:00:00Z') }, null],
    ['steps', { type: 'stepTime', deltaMs: 3_600_000 }, null],
    ['plays', { type: 'play' }, null],
    // The reader's own view of the map or of the layers leaves the time to the chapter: its span still ends it.
    ['pans or zooms', { type: 'readerMovedMap' }, chapters[1]?.until],
    ['opens another event', { type: 'select', id: 'other', origin: 'pointer' }, null],
    ['toggles a layer', { type: 'setLayer', layer: 'attacks', visible: false }, chapters[1]?.until],
  ] as const)('pauses when the reader %s, and resuming re-enters the chapter', (_what, action, playUntil) => {
    const paused = appReducer(enter(loaded, 1), action);
    expect(paused.tour).toMatchObject({ index: 1, paused: true });
    expect(paused.playUntil).toBe(playUntil);
    const resumed = enter(paused, paused.tour?.index ?? 0);
    expect(resumed.tour).toMatchObject({ index: 1, paused: false, entry: 2 });
    expect(resumed.time).toBe(chapters[1]?.at);
  });

  it('opening an event the chapter names does not pause it', () => {
    const state = appReducer(enter(loaded, 1), { type: 'select', id: 'blast', origin: 'list', keepTour: true });
    expect(state.tour?.paused).toBe(false);
  });

  it('a chapter told with hindsight shows what we know now, and leaving it gives the reader their own choice back', () => {
    const told: Chapter[] = [chapters[0] as Chapter, { ...(chapters[1] as Chapter), knowledge: 'now' }];
    const entered = appReducer(loaded, {
      type: 'enterChapter',
      chapter: told[1] as Chapter,
      index: 1,
      reducedMotion: true,
    });
    expect(entered.known).toBe('now');
    const back = appReducer(entered, {
      type: 'enterChapter',
      chapter: told[0] as Chapter,
      index: 0,
      reducedMotion: true,
    });
    expect(back.known).toBe('then');
    expect(appReducer(entered, { type: 'exitTour' }).known).toBe('then');
  });

  it('exiting leaves the reader free at the current moment', () => {
    const inChapter = enter(loaded, 0);
    const exited = appReducer(inChapter, { type: 'exitTour' });
    expect(exited.tour).toBeNull();
    expect(exited.time).toBe(inChapter.time);
  });
});
