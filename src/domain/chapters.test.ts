import { describe, expect, it } from 'vitest';
import { AREA, collection, validEvent, validSource } from '../test/storyFixtures';
import { chapterSchema, checkChapters } from './chapters';
import { toChapters } from './configFromData';
import { parseEvents } from './parseEvents';

const { events } = parseEvents(
  'events.geojson',
  collection(
    validEvent('first', {
      start: '2021-08-26T17:48:00+04:30',
      time_precision: 'minute',
      time_uncertainty_min: undefined,
      sources: [
        validSource({ published: '2021-08-26T19:00:00+04:30' }),
        validSource({ published: '2021-09-17T23:30:00+04:30' }),
      ],
    }),
    validEvent('last', { start: '2021-08-31T00:00:00+04:30' }),
  ),
);

const chapter = (overrides: Record<string, unknown> = {}) => ({
  id: 'bombing',
  title: 'The bombing',
  caption: 'What happened at the gate.',
  at: '2021-08-26T20:00:00+04:30',
  view: { center: [69.22, 34.56], zoom: 14 },
  highlight: ['first'],
  cites: [{ event: 'first', source: 0 }],
  ...overrides,
});

function check(...raw: Record<string, unknown>[]) {
  const parsed = raw.map((each) => chapterSchema.parse(each));
  const result = checkChapters('story.json', toChapters(parsed), events, AREA);
  return {
    ids: result.chapters.map((each) => each.id),
    problems: result.problems.map((p) => `${p.field}: ${p.message}`),
  };
}

describe('chapters', () => {
  it('accepts a chapter whose events exist, inside the story’s time and area, citing what was published by then', () => {
    expect(
      check(
        chapter(),
        chapter({ id: 'span', until: '2021-08-30T00:00:00+04:30', view: { bounds: [69.1, 34.5, 69.3, 34.6] } }),
      ),
    ).toEqual({ ids: ['bombing', 'span'], problems: [] });
  });

  it('refuses a caption that cites a source published after the chapter opens, saying when it would pass', () => {
    expect(check(chapter({ cites: [{ event: 'first', source: 1 }] })).problems).toEqual([
      'chapters[0].cites[0].source: a chapter may cite only what may have been published by the moment it opens (2021-08-26T15:30:00Z): this source was published 2021-09-17T23:30:00+04:30, from 2021-09-17T19:00:00Z at the earliest. Open the chapter then or later, cite another source, or tell the chapter with hindsight ("knowledge": "now")',
    ]);
  });

  it('checks the citations against the chapter’s opening moment, not the end of its span', () => {
    const late = { cites: [{ event: 'first', source: 1 }], until: '2021-08-30T00:00:00+04:30' };
    expect(check(chapter(late)).problems).toHaveLength(1);
  });

  it('lets a chapter told with hindsight cite anything, and says so in its model', () => {
    const result = check(chapter({ knowledge: 'now', cites: [{ event: 'first', source: 1 }] }));
    expect(result.problems).toEqual([]);
    expect(toChapters([chapterSchema.parse(chapter({ knowledge: 'now' }))])[0]?.knowledge).toBe('now');
    expect(toChapters([chapterSchema.parse(chapter())])[0]?.knowledge).toBe('then');
  });

  it('names every problem: unknown events, moments outside the story, views outside its area, duplicate ids', () => {
    const result = check(
      chapter(),
      chapter({
        highlight: ['nope'],
        open: 'missing',
        at: '2022-01-01T00:00:00+04:30',
        view: { center: [10, 50], zoom: 12 },
      }),
    );
    expect(result.ids).toEqual(['bombing']);
    expect(result.problems).toEqual([
      'chapters[1].id: duplicate chapter id "bombing": ids must be unique',
      "chapters[1].at: expected a moment inside the story's time span (from its first event to its last)",
      'chapters[1].view.center: expected a centre inside the story area [60, 29, 75, 39]',
      'chapters[1].highlight[0]: expected the id of an event, got "nope"',
      'chapters[1].open: expected the id of an event, got "missing"',
    ]);
  });

  it('refuses an empty caption in the schema', () => {
    const result = chapterSchema.safeParse(chapter({ caption: '  ' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('got an empty string');
  });
});
