import { describe, expect, it } from 'vitest';
import { formatDistance } from '../domain/distances';
import { formatFigureValue } from '../popup/formatFigureValue';
import { formatPartialDate } from '../popup/PublishedDate';
import { resolveDisplayZone } from '../time/displayZone';
import { formatDayMonth, formatEventTime, formatShortEventTime, formatSliderValue } from '../time/formatTime';
import { formatNumber } from './storyLocale';

const santiagoIn = (locale?: string) =>
  resolveDisplayZone('story', { id: 'America/Santiago', label: 'Santiago' }, locale);
const at = Date.parse('2024-02-03T18:00:00Z'); // Sat 3 Feb 2024, 15:00 in Santiago (UTC−3)
const dayEvent = { start: Date.parse('2024-09-14T03:00:00Z'), startText: '2024-09-14T00:00:00-03:00' };
const figure = { value: 124334, qualifier: 'about' } as Parameters<typeof formatFigureValue>[0];

describe('dates and numbers in the story locale, passed to what formats them', () => {
  it('writes British English by default: day before month, our short names, comma groups', () => {
    const santiago = santiagoIn();
    expect(formatSliderValue(at, santiago)).toBe('Sat 3 Feb 2024, 15:00 Santiago time');
    expect(formatShortEventTime({ ...dayEvent, timePrecision: 'day' }, santiago)).toBe('14 Sep');
    expect(formatPartialDate({ year: 2021, month: 9, day: 17, inferred: false }, 'en-GB')).toBe('17 Sep 2021');
    expect(formatFigureValue(figure, 'en-GB')).toBe('about 124,334');
    expect(formatDistance(3.04, 'en-GB')).toBe('3.0 km');
    expect(formatNumber(1234.5, 'en-GB', { maxFractionDigits: 1 })).toBe('1,234.5');
  });

  it('writes US English month before day, with English names ("Sep", never "Sept")', () => {
    const santiago = santiagoIn('en-US');
    expect(formatSliderValue(at, santiago)).toBe('Sat, Feb 3, 2024, 15:00 Santiago time');
    expect(formatEventTime({ ...dayEvent, timePrecision: 'day' }, santiago)).toBe('Sat, Sep 14, 2024');
    expect(formatShortEventTime({ ...dayEvent, timePrecision: 'day' }, santiago)).toBe('Sep 14');
    expect(formatDayMonth(at, 'America/Santiago', 'en-US')).toBe('Feb 3');
    expect(formatPartialDate({ year: 2021, month: 9, day: 17, inferred: false }, 'en-US')).toBe('Sep 17, 2021');
    expect(formatFigureValue(figure, 'en-US')).toBe('about 124,334');
  });

  it('takes the names, the order and the digits of a non-English locale from Intl (Chilean Spanish)', () => {
    const santiago = santiagoIn('es-CL');
    expect(formatSliderValue(at, santiago)).toBe('sáb 3 feb. 2024, 15:00 Santiago time');
    expect(formatShortEventTime({ ...dayEvent, timePrecision: 'day' }, santiago)).toBe('14 sept.');
    expect(formatNumber(124334, 'es-CL')).toBe('124.334');
    expect(formatDistance(3.04, 'es-CL')).toBe('3,0 km');
    expect(formatDistance(0.8, 'es-CL')).toBe('800 m');
  });

  it('never depends on a story loaded before: two locales side by side', () => {
    expect(formatSliderValue(at, santiagoIn('en-US'))).toBe('Sat, Feb 3, 2024, 15:00 Santiago time');
    expect(formatSliderValue(at, santiagoIn('en-GB'))).toBe('Sat 3 Feb 2024, 15:00 Santiago time');
  });
});
