import { describe, expect, it } from 'vitest';
import { nestedArrays } from '../test/hostileData';
import { AREA, collection, validEvent, validSource } from '../test/storyFixtures';
import { formatDataProblem } from './dataProblem';
import { parseEvents } from './parseEvents';
import { parseJsonText } from './parseJsonText';

const FILE = 'geodata/events.geojson';
const parse = (...features: unknown[]) => parseEvents(FILE, collection(...features), { area: AREA });
const messages = (...features: unknown[]) => parse(...features).problems.map(formatDataProblem);

describe('parseEvents', () => {
  it('accepts a valid event and converts its times to epoch milliseconds', () => {
    const { events, problems } = parse(validEvent());
    expect(problems).toEqual([]);
    expect(events[0]?.start).toBe(Date.UTC(2021, 7, 30, 2, 10));
    expect(events[0]?.coordinates).toEqual([69.13, 34.57]);
    expect(events[0]?.sources[0]?.published).toEqual({
      text: '2021-08-30',
      year: 2021,
      month: 8,
      day: 30,
      precision: 'day',
      inferred: false,
      // A date with no time and no publisher's zone: every zone's 30 Aug, from its start in UTC+14 to its end in
      // UTC−12; a report is not earlier than its event (30 Aug 02:10 UTC), so the window opens then.
      earliest: Date.UTC(2021, 7, 30, 2, 10),
      latest: Date.UTC(2021, 7, 31, 12, 0),
    });
  });

  it('accepts an event with no place (geometry null) and keeps it off the map', () => {
    const { events, problems } = parse(
      validEvent('statement', { place: undefined, place_name: 'US Department of State, Washington' }, null),
    );
    expect(problems).toEqual([]);
    expect(events[0]?.coordinates).toBeNull();
    expect(events[0]?.placeName).toBe('US Department of State, Washington');
  });

  it('rejects a duplicate id, naming the first feature that uses it', () => {
    expect(messages(validEvent('a'), validEvent('a'))).toEqual([
      'geodata/events.geojson: feature "a": id: duplicate id: feature #0 already uses "a"; ids must be unique',
    ]);
  });

  it('rejects coordinates out of range', () => {
    expect(messages(validEvent('far', {}, { type: 'Point', coordinates: [200, 34] }))).toEqual([
      'geodata/events.geojson: feature "far": geometry.coordinates: expected longitude within ±180 and latitude within ±90, got [200, 34]',
    ]);
  });

  it('recognises swapped latitude and longitude', () => {
    expect(messages(validEvent('swap', {}, { type: 'Point', coordinates: [34.57, 69.13] }))).toEqual([
      'geodata/events.geojson: feature "swap": geometry.coordinates: coordinates [34.57, 69.13] look swapped: GeoJSON order is [longitude, latitude], and [69.13, 34.57] lies in the story area',
    ]);
  });

  it('rejects coordinates outside the story area', () => {
    expect(messages(validEvent('paris', {}, { type: 'Point', coordinates: [2.35, 48.85] }))[0]).toContain(
      'coordinates [2.35, 48.85] lie outside the story area [60, 29, 75, 39]',
    );
  });

  it('rejects an event without sources', () => {
    expect(messages(validEvent('bare', { sources: [] }))).toEqual([
      'geodata/events.geojson: feature "bare": properties.sources: expected at least one source: every event must say who said it',
    ]);
  });

  it('rejects an empty quote', () => {
    expect(messages(validEvent('empty', { sources: [validSource({ quote: '  ' })] }))).toContain(
      'geodata/events.geojson: feature "empty": properties.sources[0].quote: expected the verbatim quote, got an empty string',
    );
  });

  it('rejects a source with neither quote nor paraphrase', () => {
    expect(messages(validEvent('mute', { sources: [validSource({ quote: undefined })] }))).toContain(
      'geodata/events.geojson: feature "mute": properties.sources[0].quote: expected a verbatim quote (or, only where no wording is available, a paraphrase)',
    );
  });

  it('rejects an event whose sources are all paraphrases', () => {
    const source = validSource({ quote: undefined, paraphrase: 'Said roughly this' });
    expect(messages(validEvent('vague', { sources: [source] }))).toEqual([
      'geodata/events.geojson: feature "vague": properties.sources: expected at least one source with a verbatim quote (paraphrases alone are not enough)',
    ]);
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/file'],
    ['/relative/path'],
  ])('rejects the non-http(s) URL %s', (url) => {
    expect(messages(validEvent('link', { sources: [validSource({ url })] }))).toEqual([
      `geodata/events.geojson: feature "link": properties.sources[0].url: expected an http(s) URL, got ${JSON.stringify(url)}`,
    ]);
  });

  it('requires outlet and link for every source but the source article', () => {
    expect(messages(validEvent('anon', { sources: [validSource({ outlet: undefined, url: undefined })] }))).toEqual([
      'geodata/events.geojson: feature "anon": properties.sources[0].outlet: expected the outlet',
      'geodata/events.geojson: feature "anon": properties.sources[0].url: expected an http(s) URL',
    ]);
  });

  it('refuses an invented outlet for the source article', () => {
    const source = validSource({ source_article: true, url: undefined });
    expect(messages(validEvent('invented', { sources: [source] }))).toEqual([
      'geodata/events.geojson: feature "invented": properties.sources[0].outlet: the source article has no known outlet or link: leave outlet and url out',
    ]);
  });

  it.each([['yesterday'], ['2021-08-30T06:40:00'], ['2021-02-30T06:40:00+04:30'], ['2021-08-30 06:40+04:30']])(
    'rejects the unparseable or offset-less time %s',
    (start) => {
      expect(messages(validEvent('when', { start }))).toEqual([
        `geodata/events.geojson: feature "when": properties.start: expected an ISO 8601 time with offset, e.g. "2021-08-26T17:48:00+04:30", got ${JSON.stringify(start)}`,
      ]);
    },
  );

  it('rejects an end before the start', () => {
    expect(messages(validEvent('backwards', { end: '2021-08-30T05:00:00+04:30' }))[0]).toContain(
      'properties.end: expected end (2021-08-30T05:00:00+04:30) to be after start',
    );
  });

  it('names unknown fields', () => {
    expect(messages(validEvent('odd', { colour: 'red' }))).toEqual([
      'geodata/events.geojson: feature "odd": properties: Unrecognized key: "colour"',
    ]);
  });

  it('accepts any kind the story declares, and names one it does not', () => {
    const kinds = { kinds: ['explosion', 'protest'] };
    expect(parseEvents('events.geojson', collection(validEvent('ok', { kind: 'explosion' })), kinds).problems).toEqual(
      [],
    );
    expect(
      parseEvents('events.geojson', collection(validEvent('odd', { kind: 'riot' })), kinds).problems.map(
        formatDataProblem,
      ),
    ).toEqual([
      `events.geojson: feature "odd": properties.kind: expected one of the story's kinds (story.json): explosion, protest; got "riot"`,
    ]);
  });

  it('rejects answers to questions the event does not ask', () => {
    const source = validSource({ answers: { 'rockets-fired': 5 } });
    expect(messages(validEvent('q', { sources: [source] }))[0]).toContain(
      'properties.sources[0].answers.rockets-fired: expected a key declared in properties.questions',
    );
  });

  it('rejects a correction that points at an event that does not exist', () => {
    const corrections = [{ at: '2021-09-17T23:30:00+04:30', summary: 'A mistake', by_event: 'nowhere' }];
    expect(messages(validEvent('c', { corrections }))).toEqual([
      'geodata/events.geojson: feature "c": properties.corrections[0].by_event: expected the id of an event in this file, got "nowhere"',
    ]);
  });

  it('names the field of a correction that names a missing source, once per field', () => {
    const corrections = [
      { at: '2021-09-17T23:30:00+04:30', summary: 'A mistake', by_source: 4, retracts_sources: [4] },
    ];
    expect(messages(validEvent('c', { corrections }))).toEqual([
      `geodata/events.geojson: feature "c": properties.corrections[0].by_source: expected the index of one of this event's 1 sources (0–0), got 4`,
      `geodata/events.geojson: feature "c": properties.corrections[0].retracts_sources[0]: expected the index of one of this event's 1 sources (0–0), got 4`,
    ]);
  });

  it('names a coordinate too large for JSON (1e999) as not a finite number', () => {
    const text = JSON.stringify(collection(validEvent('far'))).replace('69.13', '1e999');
    const json = parseJsonText(FILE, text);
    if (!json.ok) throw new Error('expected valid JSON');
    expect(parseEvents(FILE, json.value, { area: AREA }).problems.map(formatDataProblem)).toEqual([
      'geodata/events.geojson: feature "far": geometry.coordinates[0]: got a number too large to represent (e.g. 1e999): not a finite number',
    ]);
  });

  it('keeps every valid feature when others are broken', () => {
    const { events, problems } = parse(validEvent('good-1'), validEvent('bad', { title: '' }), validEvent('good-2'));
    expect(events.map((event) => event.id)).toEqual(['good-1', 'good-2']);
    expect(problems).toHaveLength(1);
  });

  it('labels a feature without an id by its position', () => {
    const { problems } = parse(validEvent('ok'), { type: 'Feature', geometry: null, properties: {} });
    expect(problems[0]?.featureId).toBe('#1');
  });

  it('rejects a file that is not a FeatureCollection', () => {
    expect(parseEvents(FILE, [1, 2, 3]).problems.map(formatDataProblem)).toEqual([
      'geodata/events.geojson: expected a GeoJSON object with "type": "FeatureCollection"',
    ]);
  });

  it('keeps hostile strings as plain data, never interpreting them', () => {
    const title = '<img src=x onerror=alert(1)>';
    const { events } = parse(validEvent('h', { title }));
    expect(events[0]?.title).toBe(title);
  });
});

describe('parseJsonText', () => {
  it('reports invalid JSON with its file, line and column', () => {
    const result = parseJsonText('geodata/events.geojson', '{\n  "type": "FeatureCollection",\n  "features": [,]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(formatDataProblem(result.problem)).toMatch(
        /^geodata\/events\.geojson: invalid JSON at line 3, column 16: /,
      );
    }
  });

  it('refuses arrays nested 10,000 deep with one problem, and takes the deepest nesting it allows', () => {
    const deep = (depth: number) => `{"type":"FeatureCollection","features":[${nestedArrays(depth - 2)}]}`;
    expect(parseJsonText('geodata/events.geojson', deep(10_000))).toEqual({
      ok: false,
      problem: { file: 'geodata/events.geojson', message: 'nested too deeply (limit 64)' },
    });
    expect(parseJsonText('geodata/events.geojson', deep(64)).ok).toBe(true);
    expect(parseJsonText('geodata/events.geojson', deep(65)).ok).toBe(false);
  });

  it('accepts a UTF-8 byte order mark, as browsers do, and counts positions after it', () => {
    expect(parseJsonText('story.json', '\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    const broken = parseJsonText('story.json', '\uFEFF{"a": }');
    expect(broken.ok ? '' : formatDataProblem(broken.problem)).toMatch(
      /^story\.json: invalid JSON at line 1, column 7: /,
    );
  });
});
