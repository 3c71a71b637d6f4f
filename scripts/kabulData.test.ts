/**
 * The Kabul story's data as journalism: every date says where it comes from, every first report and correction has
 * a time of day or says why none was found, and every chapter told as known then opens where what it says is out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstReportSource } from '../src/domain/knownAt';
import { parseStory } from '../src/domain/parseStory';

const read = (file: string) => ({ name: `geodata/${file}`, text: readFileSync(`geodata/${file}`, 'utf8') });
const story = parseStory({ story: read('story.json'), events: read('events.geojson'), places: read('places.geojson') });
const events = story.events;
const byId = new Map(events.map((event) => [event.id, event]));
/** How the data says that no time of day could be found for a date. */
const SAYS_WHY = /no time|not known|not given|not found|no clock|gives no|no date|hour is not|only to/i;

describe('the Kabul story’s dates', () => {
  it('parses without a problem', () => {
    expect(story.problems).toEqual([]);
  });

  it('says for every source where its date or time comes from', () => {
    const missing = events.flatMap((event) =>
      event.sources.flatMap((source, index) => (source.published.basis ? [] : [`${event.id} sources[${index}]`])),
    );
    expect(missing).toEqual([]);
  });

  it('gives every first report and every correction a time of day, or says why none was found', () => {
    const untimed: string[] = [];
    for (const event of events) {
      const first = firstReportSource(event);
      if (
        first &&
        first.source.published.precision !== 'moment' &&
        !SAYS_WHY.test(first.source.published.basis ?? '')
      ) {
        untimed.push(`${event.id}: first report`);
      }
      event.corrections.forEach((correction, index) => {
        const date = correction.published;
        if (date.precision !== 'moment' && !SAYS_WHY.test(date.basis ?? '')) {
          untimed.push(`${event.id}: corrections[${index}]`);
        }
      });
    }
    expect(untimed).toEqual([]);
  });
});

describe('the Kabul story’s chapters', () => {
  const chapters = story.config?.chapters ?? [];

  it('opens each chapter told as known then where every event it highlights has been reported', () => {
    const early = chapters.flatMap((chapter) =>
      chapter.knowledge === 'now'
        ? []
        : chapter.highlight.flatMap((id) => {
            const event = byId.get(id);
            return event && event.firstReport.earliest > chapter.at ? [`${chapter.id}: ${id}`] : [];
          }),
    );
    expect(early).toEqual([]);
  });

  it('cites in each chapter only what may have been published by the moment it opens', () => {
    const late = chapters.flatMap((chapter) =>
      chapter.knowledge === 'now'
        ? []
        : chapter.cites.flatMap(({ event, source }) => {
            const published = byId.get(event)?.sources[source]?.published;
            return published && published.earliest > chapter.at ? [`${chapter.id}: ${event}#${source}`] : [];
          }),
    );
    expect(chapters.length).toBe(7);
    expect(late).toEqual([]);
  });
});
