import { describe, expect, it } from 'vitest';
import { resolveDisplayZone } from './displayZone';
import { formatEventTime, formatShortEventTime, formatSliderValue } from './formatTime';

const story = { id: 'Asia/Kabul', label: 'Kabul' };
const kabul = resolveDisplayZone('story', story);
const utc = resolveDisplayZone('utc', story);

const event = (startText: string, timePrecision: 'minute' | 'hour' | 'day' | 'approximate', extra = {}) => ({
  start: Date.parse(startText),
  startText,
  timePrecision,
  ...extra,
});

describe('formatting times', () => {
  it('speaks the slider value with the zone', () => {
    expect(formatSliderValue(Date.parse('2021-08-30T02:10:00Z'), kabul)).toBe('Mon 30 Aug 2021, 06:40 Kabul time');
    expect(formatSliderValue(Date.parse('2021-08-30T02:10:00Z'), utc)).toBe('Mon 30 Aug 2021, 02:10 UTC');
  });

  it('shows a minute-precision time to the minute', () => {
    expect(formatEventTime(event('2021-08-29T16:53:00+04:30', 'minute'), kabul)).toBe(
      'Sun 29 Aug 2021, 16:53 Kabul time',
    );
  });

  it('says "around" and by how much for an approximate time', () => {
    const rockets = event('2021-08-30T06:40:00+04:30', 'approximate', { timeUncertaintyMin: 30 });
    expect(formatEventTime(rockets, kabul)).toBe('Mon 30 Aug 2021, around 06:40 (± 30 min) Kabul time');
    const nangarhar = event('2021-08-28T00:00:00+04:30', 'approximate', { timeUncertaintyMin: 60 });
    expect(formatEventTime(nangarhar, utc)).toBe('Fri 27 Aug 2021, around 19:30 (± 1 h) UTC');
  });

  it('shows only the date of a day-precision event, as written, in any zone', () => {
    const total = event('2021-08-24T00:00:00+04:30', 'day');
    expect(formatEventTime(total, kabul)).toBe('Tue 24 Aug 2021');
    expect(formatEventTime(total, utc)).toBe('Tue 24 Aug 2021');
    expect(formatShortEventTime(total, utc)).toBe('24 Aug');
  });

  it('shows a day-precision range as dates', () => {
    const window = event('2021-08-29T08:30:00+04:30', 'day', { endText: '2021-08-30T08:29:00+04:30' });
    expect(formatEventTime(window, kabul)).toBe('Sun 29 Aug 2021 – Mon 30 Aug 2021');
  });
});

describe('formatting across a daylight-saving change', () => {
  const berlin = {
    choice: 'local' as const,
    timeZone: 'Europe/Berlin',
    label: 'Berlin',
    suffix: 'Berlin time',
    locale: 'en-GB',
  };

  it('reads the offset on either side of the change, to the minute', () => {
    // Clocks went back from 03:00 CEST to 02:00 CET on 31 Oct 2021 (01:00 UTC).
    expect(formatSliderValue(Date.parse('2021-10-31T00:59:00Z'), berlin)).toBe('Sun 31 Oct 2021, 02:59 Berlin time');
    expect(formatSliderValue(Date.parse('2021-10-31T01:00:00Z'), berlin)).toBe('Sun 31 Oct 2021, 02:00 Berlin time');
    expect(formatSliderValue(Date.parse('2021-10-31T12:00:00Z'), berlin)).toBe('Sun 31 Oct 2021, 13:00 Berlin time');
    expect(formatSliderValue(Date.parse('2021-07-01T12:00:00Z'), berlin)).toBe('Thu 1 Jul 2021, 14:00 Berlin time');
  });

  it('handles the minutes of half-hour zones', () => {
    const kabulTime = resolveDisplayZone('story', story);
    expect(formatSliderValue(Date.parse('2021-08-26T13:18:30Z'), kabulTime)).toBe('Thu 26 Aug 2021, 17:48 Kabul time');
  });
});
