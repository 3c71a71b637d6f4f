import { describe, expect, it } from 'vitest';
import { parseGotoMessage } from './gotoMessage';

const context = {
  chapterIds: ['start', 'bombing', 'end'],
  eventIds: new Set(['abbey-gate-bombing']),
  start: Date.parse('2021-08-14T00:00:00Z'),
  end: Date.parse('2021-09-30T00:00:00Z'),
};

describe('parseGotoMessage', () => {
  it('reads a chapter by id or by number from 1', () => {
    expect(parseGotoMessage({ 'map-goto': { chapter: 'bombing' } }, context)).toEqual({ kind: 'chapter', index: 1 });
    expect(parseGotoMessage({ 'map-goto': { chapter: 3 } }, context)).toEqual({ kind: 'chapter', index: 2 });
  });

  it('reads a moment, with an optional event', () => {
    expect(parseGotoMessage({ 'map-goto': { t: '2021-08-26T13:18:00Z' } }, context)).toEqual({
      kind: 'moment',
      time: Date.parse('2021-08-26T13:18:00Z'),
    });
    expect(
      parseGotoMessage({ 'map-goto': { t: '2021-08-26T17:48:00+04:30', event: 'abbey-gate-bombing' } }, context),
    ).toEqual({ kind: 'moment', time: Date.parse('2021-08-26T13:18:00Z'), eventId: 'abbey-gate-bombing' });
  });

  it.each([
    ['a string', 'map-goto'],
    ['null', null],
    ['an array', [{ 'map-goto': { chapter: 1 } }]],
    ['an extra key', { 'map-goto': { chapter: 1 }, other: 1 }],
    ['an extra inner key', { 'map-goto': { chapter: 1, t: '2021-08-26T13:18:00Z' } }],
    ['an unknown chapter', { 'map-goto': { chapter: 'nope' } }],
    ['chapter 0', { 'map-goto': { chapter: 0 } }],
    ['a fractional chapter', { 'map-goto': { chapter: 1.5 } }],
    ['a huge chapter', { 'map-goto': { chapter: 1e308 } }],
    ['a time without offset', { 'map-goto': { t: '2021-08-26T13:18:00' } }],
    ['a time outside the story', { 'map-goto': { t: '1999-01-01T00:00:00Z' } }],
    ['a very long string', { 'map-goto': { t: `2021-08-26T13:18:00Z${' '.repeat(10_000)}` } }],
    ['an unknown event', { 'map-goto': { t: '2021-08-26T13:18:00Z', event: 'nope' } }],
    ['a number event', { 'map-goto': { t: '2021-08-26T13:18:00Z', event: 5 } }],
  ])('ignores %s', (_what, data) => {
    expect(parseGotoMessage(data, context)).toBeUndefined();
  });
});
