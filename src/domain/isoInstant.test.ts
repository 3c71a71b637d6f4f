import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './isoInstant';

describe('parseIsoInstant', () => {
  it.each([
    ['2021-08-26T17:48:00+04:30', Date.UTC(2021, 7, 26, 13, 18)],
    ['2021-08-26T17:48+04:30', Date.UTC(2021, 7, 26, 13, 18)],
    ['2021-08-30T02:10Z', Date.UTC(2021, 7, 30, 2, 10)],
    ['2021-08-30T02:10:05.123Z', Date.UTC(2021, 7, 30, 2, 10, 5, 123)],
    ['2021-08-30T02:10:05.1Z', Date.UTC(2021, 7, 30, 2, 10, 5, 100)],
    ['2021-08-30T02:10:05.123456Z', Date.UTC(2021, 7, 30, 2, 10, 5, 123)],
    ['2021-08-29T15:29:00-04:00', Date.UTC(2021, 7, 29, 19, 29)],
    ['2020-02-29T00:00:00Z', Date.UTC(2020, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });

  it.each([
    ['2021-08-30T06:40:00'],
    ['2021-08-30 06:40:00+04:30'],
    ['2021-02-30T06:40:00Z'],
    ['2021-02-29T06:40:00Z'],
    ['2021-13-01T00:00:00Z'],
    ['2021-08-30T24:00:00Z'],
    ['2021-08-30T06:60:00Z'],
    ['2021-08-30T06:40:00+0430'],
    ['2021-08-30T06:40:00Z trailing'],
    ['2021-08-30T06:40:00.Z'],
    ['yesterday'],
    [''],
  ])('refuses %s', (text) => {
    expect(parseIsoInstant(text)).toBeUndefined();
  });
});
