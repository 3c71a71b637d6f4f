import { describe, expect, it } from 'vitest';
import { collection, validEvent, validSource } from '../test/storyFixtures';
import { selectEventAsKnown, selectHeadline, shownStatus } from './knownAt';
import { parseEvents } from './parseEvents';
import type { StoryEvent } from './storyEvent';

const utc = (iso: string) => Date.parse(iso);

function parseOne(properties: Record<string, unknown>): StoryEvent {
  const { events, problems } = parseEvents('events.geojson', collection(validEvent('second-blast', properties)));
  expect(problems).toEqual([]);
  return events[0] as StoryEvent;
}

/** A blast first reported on the evening of 26 Aug, denied at a briefing on 27 Aug, reviewed in 2022. */
const blast = () =>
  parseOne({
    title: 'Second explosion reported near the hotel',
    start: '2021-08-26T17:48:00+04:30',
    time_precision: 'minute',
    time_uncertainty_min: undefined,
    status: 'reported',
    questions: [{ key: 'explosions', label: 'Explosions' }],
    sources: [
      validSource({
        party: 'Pentagon (Kirby)',
        quote: 'at least one other explosion at or near the Baron Hotel',
        published: '2021-08-26T10:20:00-04:00',
        published_zone: 'America/New_York',
        answers: { explosions: 2 },
      }),
      validSource({
        party: 'Pentagon (Taylor)',
        quote: 'we do not believe that there was a second explosion',
        published: '2021-08-27T10:30:00-04:00',
        published_zone: 'America/New_York',
        answers: { explosions: 1 },
      }),
      validSource({ party: 'Reporter', quote: 'a day later', published: '2021-08-27', published_zone: 'Asia/Kabul' }),
      validSource({ party: 'Review', quote: 'one bomber', published: '2022-02-04' }),
    ],
    figures: [
      { series: 'killed', label: 'People killed', value: 60, qualifier: 'at least', source: 0 },
      { series: 'killed', label: 'People killed', value: 170, qualifier: 'at least', source: 1 },
    ],
    corrections: [
      {
        type: 'denial',
        at: '2021-08-27T10:30:00-04:00',
        at_zone: 'America/New_York',
        summary: 'The Pentagon said there was no second explosion.',
        by_source: 1,
        retracts_sources: [0],
        status_after: 'retracted',
        title_after: 'Second explosion reported, then denied',
      },
    ],
    hindsight: 'Written with what we know now.',
  });

describe('selectEventAsKnown', () => {
  it('shows nothing published yet at the moment of the event, and no later text anywhere', () => {
    const record = selectEventAsKnown(blast(), utc('2021-08-26T13:18:00Z'), 'then');
    expect(record.sources).toEqual([]);
    expect(record.figures).toEqual([]);
    expect(record.corrections).toEqual([]);
    expect(record.history).toEqual([]);
    expect(record.hindsight).toBeUndefined();
    expect(JSON.stringify(record)).not.toContain('do not believe');
  });

  it('shows the first report from its publication moment, with its figure and answer, still "reported"', () => {
    const record = selectEventAsKnown(blast(), utc('2021-08-26T14:20:00Z'), 'then');
    expect(record.sources.map((member) => member.index)).toEqual([0]);
    expect(record.status).toBe('reported');
    expect(record.title).toBe('Second explosion reported near the hotel');
    expect(
      record.figures.map((series) => [series.latest.map((known) => known.figure.value), series.earlier.length]),
    ).toEqual([[[60], 0]]);
    expect(record.comparisons[0]?.answers.map((answer) => answer.value)).toEqual([2]);
    expect(record.comparisons[0]?.differs).toBe(false);
  });

  it('applies the denial at its moment: status, title, retracted claim, the newer figure, the differing answers', () => {
    const record = selectEventAsKnown(blast(), utc('2021-08-27T14:30:00Z'), 'then');
    expect(record.status).toBe('retracted');
    expect(record.title).toBe('Second explosion reported, then denied');
    // The reporter's piece dated 27 Aug (Kabul) may be out too, marked as dated without a time.
    expect(record.sources.map((member) => [member.index, member.retracted, member.pending])).toEqual([
      [0, true, false],
      [1, false, false],
      [2, false, true],
    ]);
    expect(record.figures[0]?.latest.map((known) => known.figure.value)).toEqual([170]);
    expect(record.figures[0]?.earlier.map((known) => known.figure.value)).toEqual([60]);
    expect(record.comparisons[0]?.differs).toBe(true);
    expect(record.history.map((item) => item.kind)).toEqual(['first-report', 'figure', 'figure', 'denial']);
  });

  it('a minute before the denial, none of it shows', () => {
    const record = selectEventAsKnown(blast(), utc('2021-08-27T14:29:00Z'), 'then');
    expect(record.status).toBe('reported');
    expect(record.corrections).toEqual([]);
    expect(record.sources.map((member) => member.index)).toEqual([0, 2]);
  });

  it('shows a date-only publication through its day in the publisher’s zone, marked until the day is over', () => {
    const startOfDayKabul = utc('2021-08-26T19:30:00Z'); // 27 Aug 00:00 in Kabul (UTC+04:30)
    const endOfDayKabul = utc('2021-08-27T19:30:00Z');
    const at = (t: number) => selectEventAsKnown(blast(), t, 'then').sources;
    expect(at(startOfDayKabul - 1).map((m) => m.index)).toEqual([0]);
    expect(at(startOfDayKabul).map((m) => [m.index, m.pending])).toEqual([
      [0, false],
      [2, true],
    ]);
    expect(at(endOfDayKabul).find((m) => m.index === 2)?.pending).toBe(false);
  });

  it('without a zone, the day runs from its start in UTC+14 to its end in UTC−12', () => {
    const event = blast();
    expect(event.sources[3]?.published.earliest).toBe(utc('2022-02-03T10:00:00Z'));
    expect(event.sources[3]?.published.latest).toBe(utc('2022-02-05T12:00:00Z'));
    expect(selectEventAsKnown(event, utc('2022-02-03T09:59:59Z'), 'then').sources).toHaveLength(3);
    expect(selectEventAsKnown(event, utc('2022-02-03T10:00:00Z'), 'then').sources).toHaveLength(4);
  });

  it('a report is not earlier than what it reports: a window that spans the event opens at its start', () => {
    const event = parseOne({
      start: '2021-08-26T17:48:00+04:30',
      time_precision: 'minute',
      time_uncertainty_min: undefined,
      sources: [validSource({ published: '2021-08-26', published_zone: 'America/New_York' })],
    });
    expect(event.sources[0]?.published.earliest).toBe(utc('2021-08-26T13:18:00Z'));
    expect(event.sources[0]?.published.latest).toBe(utc('2021-08-27T04:00:00Z'));
    const just = selectEventAsKnown(event, utc('2021-08-26T14:00:00Z'), 'then');
    expect(just.title).toBeDefined();
    expect(just.pending?.kind).toBe('first-report');
    expect(selectEventAsKnown(event, utc('2021-08-27T04:00:00Z'), 'then').pending).toBeUndefined();
  });

  it('a moment ± its uncertainty is a window too', () => {
    const event = parseOne({
      sources: [
        validSource({
          published: '2021-09-17T15:00:00-04:00',
          published_zone: 'America/New_York',
          published_uncertainty_min: 30,
        }),
      ],
    });
    expect(event.sources[0]?.published.earliest).toBe(utc('2021-09-17T18:30:00Z'));
    expect(event.sources[0]?.published.latest).toBe(utc('2021-09-17T19:30:00Z'));
  });

  it('a correction without its own date has the window of the source that makes it', () => {
    const event = parseOne({
      sources: [
        validSource({ published: '2021-08-30T10:00:00+04:30' }),
        validSource({ party: 'Later', quote: 'it was not so', published: '2021-08-31', published_zone: 'Asia/Kabul' }),
      ],
      corrections: [{ summary: 'Denied.', by_source: 1, status_after: 'retracted' }],
    });
    expect(event.corrections[0]?.published).toBe(event.sources[1]?.published);
    const inside = selectHeadline(event, utc('2021-08-31T12:00:00Z'));
    expect(inside.status).toBe('retracted');
    expect(inside.pending?.kind).toBe('correction');
    expect(selectHeadline(event, utc('2021-08-31T19:30:00Z')).pending).toBeUndefined();
  });

  it('figures in the order they were given: a later statement replaces an earlier one; overlapping windows show both', () => {
    const event = parseOne({
      start: '2021-08-26T17:48:00+04:30',
      time_precision: 'minute',
      time_uncertainty_min: undefined,
      sources: [
        validSource({ party: 'Wire', quote: 'at least 60', published: '2021-08-26T20:00:00+04:30' }),
        validSource({ party: 'Daily', quote: 'at least 90', published: '2021-08-27', published_zone: 'Asia/Kabul' }),
        validSource({ party: 'Officials', quote: '95', published: '2021-08-27T12:00:00+04:30' }),
        validSource({ party: 'Ministry', quote: '170', published: '2021-08-28T12:00:00+04:30' }),
      ],
      figures: [
        { series: 'killed', label: 'Killed', value: 60, qualifier: 'at least', source: 0 },
        { series: 'killed', label: 'Killed', value: 90, qualifier: 'at least', source: 1 },
        { series: 'killed', label: 'Killed', value: 95, qualifier: 'exactly', source: 2 },
        { series: 'killed', label: 'Killed', value: 170, qualifier: 'at least', source: 3 },
      ],
    });
    const latestAt = (iso: string) =>
      selectEventAsKnown(event, utc(iso), 'then').figures[0]?.latest.map((known) => known.figure.value);
    expect(latestAt('2021-08-26T16:00:00Z')).toEqual([60]);
    // The day-dated 90 and the 95 given at noon that day overlap: which came last is not known, so both show.
    expect(latestAt('2021-08-27T08:00:00Z')).toEqual([90, 95]);
    expect(latestAt('2021-08-28T08:00:00Z')).toEqual([170]);
  });

  it('shows the whole record and the hindsight in the "now" view, at any slider time', () => {
    const record = selectEventAsKnown(blast(), utc('2021-08-26T13:18:00Z'), 'now');
    expect(record.sources).toHaveLength(4);
    expect(record.hindsight).toBe('Written with what we know now.');
    expect(record.status).toBe('retracted');
  });
});

describe('selectHeadline', () => {
  it('gives the first title and status until a correction changes them', () => {
    const event = blast();
    expect(selectHeadline(event, utc('2021-08-27T14:29:59Z')).status).toBe('reported');
    expect(selectHeadline(event, utc('2021-08-27T14:30:00Z')).title).toBe('Second explosion reported, then denied');
  });

  it('shows no status before the first report: not even the editor’s is known then', () => {
    const event = { ...blast(), status: 'confirmed' as const };
    expect(shownStatus(selectHeadline(event, utc('2021-08-26T14:19:59Z')))).toBe('unreported');
    expect(shownStatus(selectHeadline(event, utc('2021-08-26T14:20:00Z')))).toBe('confirmed');
    expect(shownStatus(selectHeadline(event, utc('2021-08-27T14:30:00Z')))).toBe('retracted');
  });
});

describe('the validator enforces the model', () => {
  const problemsOf = (properties: Record<string, unknown>) =>
    parseEvents('events.geojson', collection(validEvent('e', properties))).problems.map(
      (problem) => `${problem.field}: ${problem.message}`,
    );

  it('refuses a month-only date unless it says why the day is unknown', () => {
    expect(problemsOf({ sources: [validSource({ published: '2021-08' })] })).toEqual([
      'properties.sources[0].published: expected the day of publication ("YYYY-MM-DD"); where it truly cannot be found, say why in published_day_unknown',
    ]);
    expect(
      problemsOf({ sources: [validSource({ published: '2021-08', published_day_unknown: 'undated page' })] }),
    ).toEqual([]);
  });

  it('checks an offset against the zone the data names (US Eastern is UTC−5 in February)', () => {
    expect(
      problemsOf({
        sources: [validSource({ published: '2022-02-04T11:00:00-04:00', published_zone: 'America/New_York' })],
      }),
    ).toEqual([
      'properties.sources[0].published: expected the offset of America/New_York on that date (UTC−05:00), got UTC−04:00',
    ]);
  });

  it('refuses a correction dated before the source that makes it, and says which moment would pass', () => {
    const problems = problemsOf({
      sources: [validSource({ published: '2021-08-31', published_zone: 'America/New_York' })],
      corrections: [{ at: '2021-08-30T12:00:00+04:30', summary: 'No.', by_source: 0 }],
    });
    expect(problems).toEqual([
      'properties.corrections[0].at: expected "at" no earlier than 2021-08-31T00:00:00-04:00, the earliest moment the source that makes it (sources[0], published 2021-08-31 in America/New_York) may have been published; or leave "at" out to date the correction by that source',
    ]);
  });

  it('accepts a correction at 23:59 on the source’s day, and one with no "at" at all', () => {
    expect(
      problemsOf({
        sources: [validSource({ published: '2021-08-31', published_zone: 'America/New_York' })],
        corrections: [
          { at: '2021-08-31T23:59:00-04:00', at_zone: 'America/New_York', summary: 'No.', by_source: 0 },
          { summary: 'Also no.', by_source: 0 },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses ± minutes on a day, and a place named by a source that does not exist', () => {
    expect(
      problemsOf({
        sources: [validSource({ published: '2021-08-31', published_uncertainty_min: 30 })],
        place: { name: 'A house', estimate: true, uncertainty_m: 100, basis: 'Described.', reported_by: [4] },
      }),
    ).toEqual([
      'properties.sources[0].published_uncertainty_min: expected ± minutes only with a publication moment ("YYYY-MM-DDTHH:MM±HH:MM"): a day is already a window',
      "properties.place.reported_by[0]: expected the index of one of this event's 1 sources (0–0), got 4",
    ]);
  });

  it('refuses a figure whose source does not exist, and labels that differ within a series', () => {
    expect(
      problemsOf({
        figures: [
          { series: 'killed', label: 'Killed', value: 1, qualifier: 'exactly', source: 0 },
          { series: 'killed', label: 'Dead', value: 2, qualifier: 'exactly', source: 3 },
        ],
      }),
    ).toEqual([
      "properties.figures[1].source: expected the index of one of this event's 1 sources (0–0), got 3",
      'properties.figures[1].label: expected the label of series "killed" as first given ("Killed"), got "Dead"',
    ]);
  });

  it('refuses an unknown publisher zone and answers to undeclared questions', () => {
    const problems = problemsOf({
      sources: [validSource({ published_zone: 'Mars/Olympus_Mons', answers: { rockets: 5 } })],
    });
    expect(problems.some((line) => line.startsWith('properties.sources[0].published_zone: expected an IANA'))).toBe(
      true,
    );
  });
});

describe('older fields', () => {
  it('refuses undated casualties and notes, saying what to use instead', () => {
    const { problems } = parseEvents(
      'events.geojson',
      collection(validEvent('e', { casualties: '13 killed', notes: 'Written later' })),
    );
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'properties.casualties: casualties is no longer used: give each number as a dated figure (figures, with its source)',
      "properties.notes: notes is no longer used: give dated statements as sources, and the editor's later notes as hindsight",
    ]);
  });

  it('names nothing before the first report', () => {
    const event = blast();
    expect(selectHeadline(event, event.firstReport.earliest - 1).title).toBeUndefined();
    expect(selectHeadline(event, event.firstReport.earliest).title).toBe('Second explosion reported near the hotel');
  });
});
