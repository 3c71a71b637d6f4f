import { describe, expect, it } from 'vitest';
import { collection, validEvent, validSource } from '../test/storyFixtures';
import { buildKnowledgeIndex, headlinesChangedBetween, newsBetween, newsMoments, selectNews } from './knowledgeIndex';
import { parseEvents } from './parseEvents';

const utc = (iso: string) => Date.parse(iso);

/** Two events: a blast reported by day and denied later; a strike reported at a known minute, with a toll. */
const { events } = parseEvents(
  'events.geojson',
  collection(
    validEvent('blast', {
      start: '2021-08-26T17:48:00+04:30',
      time_precision: 'minute',
      time_uncertainty_min: undefined,
      sources: [
        validSource({ party: 'Daily', quote: 'a blast', published: '2021-08-26', published_zone: 'America/New_York' }),
        validSource({ party: 'Pentagon', quote: 'no second blast', published: '2021-08-27T10:30:00-04:00' }),
      ],
      corrections: [{ type: 'denial', summary: 'Denied.', by_source: 1, status_after: 'retracted' }],
    }),
    validEvent('strike', {
      start: '2021-08-29T16:53:00+04:30',
      time_precision: 'minute',
      time_uncertainty_min: undefined,
      sources: [
        validSource({ party: 'CENTCOM', quote: 'a strike', published: '2021-08-29T17:30:00+04:30' }),
        validSource({ party: 'Officials', quote: 'ten dead', published: '2021-08-30T12:00:00+04:30' }),
      ],
      figures: [{ series: 'killed', label: 'People killed', value: 10, qualifier: 'exactly', source: 1 }],
    }),
  ),
);
const index = buildKnowledgeIndex(events);
const ordinalOf = (id: string) => events.findIndex((event) => event.id === id);

describe('the knowledge index', () => {
  it('sorts every moment a headline or a figure may change, once', () => {
    expect(Array.from(index.moments)).toEqual([...index.moments].sort((a, b) => a - b));
    // blast: report opens (at the blast) and closes; denial at a moment; strike: report, figure.
    expect(index.moments.length).toBe(5);
  });

  it('finds the events whose headline changed between two times, in either direction', () => {
    const blast = ordinalOf('blast');
    expect(headlinesChangedBetween(index, utc('2021-08-26T13:00:00Z'), utc('2021-08-26T14:00:00Z'))).toEqual([blast]);
    expect(headlinesChangedBetween(index, utc('2021-08-26T14:00:00Z'), utc('2021-08-26T13:00:00Z'))).toEqual([blast]);
    // The window of the day-dated report closes at midnight in New York.
    expect(headlinesChangedBetween(index, utc('2021-08-27T03:59:00Z'), utc('2021-08-27T04:00:00Z'))).toEqual([blast]);
    expect(headlinesChangedBetween(index, utc('2021-08-28T00:00:00Z'), utc('2021-08-29T00:00:00Z'))).toEqual([]);
    // A figure changes no headline.
    expect(headlinesChangedBetween(index, utc('2021-08-30T07:00:00Z'), utc('2021-08-30T08:00:00Z'))).toEqual([]);
  });

  it('says what became known, and when: first reports, corrections, figures; not a window closing', () => {
    expect(
      newsBetween(index, utc('2021-08-26T00:00:00Z'), utc('2021-09-01T00:00:00Z')).map((item) => item.step),
    ).toEqual(['first-report', 'correction', 'first-report', 'figure']);
    expect(newsBetween(index, utc('2021-08-27T03:00:00Z'), utc('2021-08-27T05:00:00Z'))).toEqual([]);
  });

  it('names who said it', () => {
    const news = selectNews(events, index, utc('2021-08-26T00:00:00Z'), utc('2021-09-01T00:00:00Z'));
    expect(news.map((item) => [item.eventId, item.step, item.party])).toEqual([
      ['blast', 'first-report', 'Daily'],
      ['blast', 'correction', 'Pentagon'],
      ['strike', 'first-report', 'CENTCOM'],
      ['strike', 'figure', 'Officials'],
    ]);
    expect(news[3]?.figure?.value).toBe(10);
  });

  it('gives playback its news moments, each once, ascending', () => {
    expect(Array.from(newsMoments(index))).toEqual([
      utc('2021-08-26T13:18:00Z'),
      utc('2021-08-27T14:30:00Z'),
      utc('2021-08-29T13:00:00Z'),
      utc('2021-08-30T07:30:00Z'),
    ]);
  });
});
