import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { matchesCheckedFiles, parseCheckedDigests, sha256Hex } from './checkedFiles';

const bytes = (text: string) => new TextEncoder().encode(text);
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('the digests the build checked', () => {
  it('keeps the SHA-256 digests of a record, by file name', () => {
    const record = { 'story.json': digest('a'), 'events.geojson': digest('b') };
    expect(Object.fromEntries(parseCheckedDigests(record))).toEqual(record);
  });

  it('records nothing from garbage, and skips entries that are not SHA-256 digests', () => {
    for (const garbage of [undefined, null, 'x', [], 7]) expect(parseCheckedDigests(garbage).size).toBe(0);
    const mixed = parseCheckedDigests({ 'a.json': 'nope', 'b.json': digest('b'), 'c.json': 7 });
    expect([...mixed.keys()]).toEqual(['b.json']);
  });

  it('computes the same digest as the build (Node’s crypto)', async () => {
    expect(await sha256Hex(bytes('{"type":"FeatureCollection"} é'))).toBe(digest('{"type":"FeatureCollection"} é'));
  });

  it('matches only when every file is recorded with its exact digest', async () => {
    const recorded = parseCheckedDigests({ 'story.json': digest('s'), 'events.geojson': digest('e') });
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
