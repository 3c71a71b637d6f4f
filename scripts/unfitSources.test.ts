import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataProblem } from '../src/domain/dataProblem';
import { findUnfitLinks, parseUnfitDomains, UNFIT_DOMAINS, unfitDomainOf } from './unfitSources';

const LIST = [
  { domain: 'hotair.com', reason: 'partisan aggregator' },
  { domain: 'kiwix.example.nl', reason: 'encyclopedia mirror' },
];

describe('unfitDomainOf', () => {
  it('finds a listed site by its host, with or without "www.", in any case, with a port', () => {
    expect(unfitDomainOf('https://hotair.com/headlines/2021/08/28/x', LIST)?.domain).toBe('hotair.com');
    expect(unfitDomainOf('http://www.HotAir.com:443/x', LIST)?.domain).toBe('hotair.com');
    expect(unfitDomainOf('https://kiwix.example.nl/wikipedia_en/A/Kabul.html', LIST)?.reason).toBe(
      'encyclopedia mirror',
    );
  });

  it('does not take a different site whose name merely ends the same way, or a parent of a listed host', () => {
    expect(unfitDomainOf('https://nothotair.com/x', LIST)).toBeUndefined();
    expect(unfitDomainOf('https://hotair.com.example.org/x', LIST)).toBeUndefined();
    expect(unfitDomainOf('https://example.nl/x', LIST)).toBeUndefined();
    expect(unfitDomainOf('not a url', LIST)).toBeUndefined();
  });
});

describe('findUnfitLinks', () => {
  it('names the file, the feature, the field, the site and why it is unfit, for sources and place citations', () => {
    const events = {
      type: 'FeatureCollection',
      features: [
        {
          id: 'abbey-gate-bombing',
          properties: { sources: [{ url: 'https://apnews.com/x' }, { url: 'https://hotair.com/headlines/x' }, {}] },
        },
        { properties: { sources: [{ url: 'https://www.hotair.com/y' }] } },
      ],
    };
    const places = {
      features: [{ id: 'kabul-city-centre', properties: { citations: [{ url: 'https://kiwix.example.nl/A/Kabul' }] } }],
    };
    expect(findUnfitLinks('geodata/events.geojson', events, LIST).map(formatDataProblem)).toEqual([
      expect.stringMatching(
        /^geodata\/events\.geojson: feature "abbey-gate-bombing": properties\.sources\[1\]\.url: links to hotair\.com, which is not fit to cite \(partisan aggregator\)/,
      ),
      expect.stringMatching(
        /^geodata\/events\.geojson: feature "#1": properties\.sources\[0\]\.url: links to hotair\.com/,
      ),
    ]);
    expect(findUnfitLinks('geodata/places.geojson', places, LIST).map(formatDataProblem)).toEqual([
      expect.stringMatching(
        /^geodata\/places\.geojson: feature "kabul-city-centre": properties\.citations\[0\]\.url: links to kiwix\.example\.nl, which is not fit to cite \(encyclopedia mirror\)/,
      ),
    ]);
  });

  it('finds nothing in files that are not feature collections', () => {
    expect(findUnfitLinks('x.geojson', null, LIST)).toEqual([]);
    expect(findUnfitLinks('x.geojson', { features: [null, { properties: { sources: 'no' } }] }, LIST)).toEqual([]);
  });
});

describe('the list of unfit sites', () => {
  it('gives every site a reason and lists none twice', () => {
    expect(UNFIT_DOMAINS.length).toBeGreaterThan(20);
    for (const entry of UNFIT_DOMAINS) expect(entry.reason.length).toBeGreaterThan(10);
  });

  it('is refused when an entry has no reason or is not a bare hostname', () => {
    expect(() => parseUnfitDomains([{ domain: 'hotair.com' }])).toThrow(/\[0\]\.reason: expected why hotair\.com/);
    expect(() => parseUnfitDomains([{ domain: 'www.hotair.com', reason: 'x' }])).toThrow(/\[0\]\.domain/);
    expect(() => parseUnfitDomains([{ domain: 'https://hotair.com', reason: 'x' }])).toThrow(/\[0\]\.domain/);
    expect(() => parseUnfitDomains([...LIST, { domain: 'hotair.com', reason: 'again' }])).toThrow(
      /hotair\.com is listed twice/,
    );
  });
});

describe('the Kabul story', () => {
  it('links no source and no place to a content farm, scraper, partisan aggregator or mirror on the list', () => {
    const problems = ['geodata/events.geojson', 'geodata/places.geojson'].flatMap((file) =>
      findUnfitLinks(file, JSON.parse(readFileSync(file, 'utf8'))).map(formatDataProblem),
    );
    expect(problems).toEqual([]);
  });
});
