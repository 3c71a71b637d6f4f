import { describe, expect, it } from 'vitest';
import { formatDataProblem } from './dataProblem';
import { parseJsonText } from './parseJsonText';
import { parseStoryConfig } from './parseStoryConfig';

const VALID = {
  title: 'A story',
  subtitle: 'What happened',
  time_zone: { id: 'Asia/Kabul', label: 'Kabul' },
  area: [60, 29, 75, 39],
  initial_bounds: [69.115, 34.505, 69.245, 34.6],
  kinds: [{ id: 'protest' }],
  source_article: { file: 'sources/source-article.txt', description: 'The article' },
  credit: 'Data: us',
};

/** The problems parseStoryConfig reports for story.json with these fields changed, one line each. */
function problemsWith(changes: Record<string, unknown>): string[] {
  const result = parseStoryConfig('story.json', { ...VALID, ...changes });
  return result.ok ? [] : result.problems.map(formatDataProblem);
}

describe('parseStoryConfig', () => {
  it('accepts a valid story.json', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it('refuses a time zone this engine does not know, which the page could not format times in', () => {
    expect(problemsWith({ time_zone: { id: 'Mars/Olympus_Mons', label: 'Mars' } })).toEqual([
      'story.json: time_zone.id: expected an IANA time zone id such as "America/Santiago", got "Mars/Olympus_Mons"',
    ]);
    expect(problemsWith({ time_zone: { id: 'UTC', label: 'UTC' } })).toEqual([]);
  });

  it('refuses bounds the map cannot fit: out of range, inverted or empty', () => {
    expect(problemsWith({ initial_bounds: [-1e308, -1e308, 1e308, 1e308] })).toEqual([
      'story.json: initial_bounds[0]: expected the west longitude of the opening view within ±180, got -1e+308',
      'story.json: initial_bounds[1]: expected the south latitude of the opening view within ±90, got -1e+308',
      'story.json: initial_bounds[2]: expected the east longitude of the opening view within ±180, got 1e+308',
      'story.json: initial_bounds[3]: expected the north latitude of the opening view within ±90, got 1e+308',
    ]);
    expect(problemsWith({ area: [75, 29, 60, 39] })).toEqual(['story.json: area[2]: expected east (60) > west (75)']);
    expect(problemsWith({ area: [60, 39, 75, 39] })).toEqual(['story.json: area[3]: expected north (39) > south (39)']);
    expect(problemsWith({ area: [60, 29, 75] })).toHaveLength(1);
  });

  it('names a number too large for JSON (1e999) as not a finite number', () => {
    const json = parseJsonText('story.json', JSON.stringify(VALID).replace('[60,29,75,39]', '[1e999,29,75,39]'));
    if (!json.ok) throw new Error('expected valid JSON');
    const result = parseStoryConfig('story.json', json.value);
    expect(result.ok ? [] : result.problems.map(formatDataProblem)).toEqual([
      'story.json: area[0]: expected the west longitude of the story area, got a number too large to represent (e.g. 1e999): not a finite number',
    ]);
  });

  it('refuses a source article path that leaves the story folder, naming the field', () => {
    expect(problemsWith({ source_article: { file: '../../../../etc/passwd', description: 'x' } })).toEqual([
      'story.json: source_article.file: expected a path inside the story folder, relative to it (e.g. "sources/article.txt"), got "../../../../etc/passwd"',
    ]);
    expect(problemsWith({ source_article: { file: '/etc/passwd', description: 'x' } })).toHaveLength(1);
  });

  it('defaults the zone label to its city, the locale, the layers and the modules', () => {
    const result = parseStoryConfig('story.json', {
      ...VALID,
      time_zone: { id: 'America/Argentina/Buenos_Aires' },
    });
    expect(result.ok && result.config.timeZone.label).toBe('Buenos Aires');
    expect(result.ok && result.config.locale).toBe('en-GB');
    expect(result.ok && result.config.layers).toEqual([]);
    expect(result.ok && result.config.modules).toEqual({});
  });

  it('refuses repeated kinds, a kind in an undeclared layer, an unknown shape or colour, and no kinds at all', () => {
    expect(
      problemsWith({
        layers: [{ id: 'civic', label: 'Civic life' }],
        kinds: [
          { id: 'protest', layer: 'civic' },
          { id: 'protest' },
          { id: 'fire', layer: 'incidents', shape: 'star', color: '#ff0000' },
        ],
      }),
    ).toEqual([
      'story.json: kinds[2].shape: expected shape to be one of circle, square, diamond, triangle, triangle-down, pentagon, burst, speech, circle-cross, circle-arrow, square-arrow, triangle-plus, warning, diamond-check',
      'story.json: kinds[2].color: expected color to be one of red, orange, purple, blue, ochre, navy, green, teal, grey, magenta, brown (each has a light and a dark theme value)',
    ]);
    expect(
      problemsWith({
        layers: [{ id: 'civic', label: 'Civic life' }],
        kinds: [{ id: 'protest' }, { id: 'protest' }, { id: 'fire', layer: 'incidents' }],
      }),
    ).toEqual([
      'story.json: kinds[1].id: expected a unique kind id, got "protest" again',
      'story.json: kinds[2].layer: expected the id of a layer in "layers" (civic), got "incidents"',
    ]);
    expect(problemsWith({ kinds: [] })).toEqual(['story.json: kinds: expected at least one kind of event']);
  });

  it('refuses a locale no browser knows', () => {
    expect(problemsWith({ locale: 'xx-nowhere-123456789' })).toEqual([
      'story.json: locale: expected a BCP 47 locale this browser knows, e.g. "en-GB", got "xx-nowhere-123456789"',
    ]);
  });
});
