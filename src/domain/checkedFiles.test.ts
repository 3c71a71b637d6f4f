import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatCheckedFiles, matchesCheckedFiles, parseCheckedFiles, sha256Hex } from './checkedFiles';

const bytes = (text: string) => new TextEncoder().encode(text);
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the record of checked files', () => {
  it('reads back what it writes', () => {
    const record = { 'story.json': digest('a'), 'events.geojson': digest('b') };
    expect(Object.fromEntries(parseCheckedFiles(JSON.parse(formatCheckedFiles(record))))).toEqual(record);
  });

  it('records nothing from garbage, and skips entries that are not SHA-256 digests', () => {
    for (const garbage of [undefined, null, 'x', [], { sha256: [] }, { sha256: 'x' }]) {
      expect(parseCheckedFiles(garbage).size).toBe(0);
    }
    const mixed = parseCheckedFiles({ sha256: { 'a.json': 'nope', 'b.json': digest('b'), 'c.json': 7 } });
    expect([...mixed.keys()]).toEqual(['b.json']);
  });

  it('computes the same digest as the build (Node’s crypto)', async () => {
    expect(await sha256Hex(bytes('{"type":"FeatureCollection"} é'))).toBe(digest('{"type":"FeatureCollection"} é'));
  });

  it('matches only when every file is recorded with its exact digest', async () => {
    const recorded = parseCheckedFiles({ sha256: { 'story.json': digest('s'), 'events.geojson': digest('e') } });
    const files = (story: string, events: string) => [
      { name: 'story.json', bytes: bytes(story) },
      { name: 'events.geojson', bytes: bytes(events) },
    ];
    expect(await matchesCheckedFiles(recorded, files('s', 'e'))).toBe(true);
    expect(await matchesCheckedFiles(recorded, files('s', 'e '))).toBe(false);
    expect(await matchesCheckedFiles(recorded, files('s2', 'e'))).toBe(false);
    expect(await matchesCheckedFiles(recorded, [{ name: 'places.geojson', bytes: bytes('p') }])).toBe(false);
    expect(await matchesCheckedFiles(recorded, [])).toBe(false);
    expect(await matchesCheckedFiles(new Map(), files('s', 'e'))).toBe(false);
  });
});
