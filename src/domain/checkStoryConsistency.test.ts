import { describe, expect, it } from 'vitest';
import { collection, validEvent, validSource } from '../test/storyFixtures';
import { checkStoryConsistency, splitSentences, unquotedSentences } from './checkStoryConsistency';
import { formatDataProblem } from './dataProblem';
import { parseEvents } from './parseEvents';
import { parsePlaces } from './parsePlaces';

const ARTICLE =
  'A Taliban official at the scene said five rockets were fired and intercepted by the airport’s missile defense system. ' +
  '“Caliphate soldiers targeted Kabul International Airport with six rockets,” the group said in a statement.\n' +
  'It wasn’t immediately clear if anyone was hurt.';

const articleSource = (quote: string) =>
  validSource({ party: 'ISIS-K', quote, outlet: undefined, url: undefined, source_article: true });

function eventsQuoting(...quotes: string[]) {
  const { events, problems } = parseEvents(
    'events.geojson',
    collection(validEvent('rockets', { sources: quotes.map(articleSource) })),
  );
  expect(problems).toEqual([]);
  return events;
}

describe('the source article', () => {
  it('splits into sentences, keeping closing quotes with their sentence', () => {
    expect(splitSentences(ARTICLE)).toEqual([
      'A Taliban official at the scene said five rockets were fired and intercepted by the airport’s missile defense system.',
      '“Caliphate soldiers targeted Kabul International Airport with six rockets,” the group said in a statement.',
      'It wasn’t immediately clear if anyone was hurt.',
    ]);
  });

  it('accepts quotes that occur verbatim, across line breaks', () => {
    const events = eventsQuoting('Caliphate soldiers targeted Kabul International Airport with six rockets');
    expect(checkStoryConsistency('events.geojson', events, [], ARTICLE).filter((p) => p.field)).toEqual([]);
  });

  it('refuses a quote the article does not contain, even one character off', () => {
    const events = eventsQuoting("the airport's missile defense system"); // straight apostrophe: not verbatim
    const problems = checkStoryConsistency('events.geojson', events, [], ARTICLE).map(formatDataProblem);
    expect(problems).toContain(
      'events.geojson: feature "rockets": properties.sources[0].quote: expected the quote to occur verbatim in the source article, but "the airport\'s missile defense system" does not',
    );
  });

  it('names every sentence of the article that no source quotes', () => {
    const events = eventsQuoting('Caliphate soldiers targeted Kabul International Airport with six rockets');
    expect(unquotedSentences(events, ARTICLE)).toEqual([
      'A Taliban official at the scene said five rockets were fired and intercepted by the airport’s missile defense system.',
      'It wasn’t immediately clear if anyone was hurt.',
    ]);
    const problems = checkStoryConsistency('events.geojson', events, [], ARTICLE, 'sources/article.txt');
    expect(formatDataProblem(problems[0] as (typeof problems)[0])).toBe(
      'sources/article.txt: expected every statement of the source article on the map, but no source quotes: "A Taliban official at the scene said five rockets were fired and intercepted by the airport’s missile defense system."',
    );
  });
});

describe('places named by events', () => {
  const { places } = parsePlaces(
    'places.geojson',
    collection({
      type: 'Feature',
      id: 'khair-khana',
      geometry: { type: 'Point', coordinates: [69.13062, 34.576996] },
      properties: {
        name: 'Khair Khana',
        role: 'area',
        estimate: false,
        uncertainty_m: 1500,
        basis: 'GNS',
      },
    }),
  );

  it('must use the place’s own coordinate and estimate flag', () => {
    const place = { name: 'Khair Khana', id: 'khair-khana', estimate: true, uncertainty_m: 3000, basis: 'b' };
    const { events } = parseEvents('events.geojson', collection(validEvent('e', { place })));
    const problems = checkStoryConsistency('events.geojson', events, places, '').map(formatDataProblem);
    expect(problems).toEqual([
      'events.geojson: feature "e": geometry.coordinates: expected the coordinates of place "khair-khana" [69.13062, 34.576996], got [69.13, 34.57]',
      'events.geojson: feature "e": properties.place.estimate: expected estimate: false, as for place "khair-khana"',
    ]);
  });
});
