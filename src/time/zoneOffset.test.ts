import { describe, expect, it } from 'vitest';
import { zoneOffsetAt } from './zoneOffset';

/** The offset Intl gives for a zone at t (ms), read from the wall-clock time it formats. */
function intlOffset(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(t);
  const part = (type: string) => Number(parts.find((item) => item.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - t;
}

describe('zoneOffsetAt', () => {
  it('answers fixed-offset zones without Intl, as Intl would (Etc/GMT+12 is UTC−12)', () => {
    const t = Date.UTC(2021, 7, 30, 12, 0);
    for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT', 'Etc/GMT+12', 'Etc/GMT-14', 'Etc/GMT+5', 'Etc/GMT-3']) {
      expect(zoneOffsetAt(t, zone), zone).toBe(intlOffset(t, zone));
    }
    expect(zoneOffsetAt(t, 'Etc/GMT+12')).toBe(-12 * 3_600_000);
  });

  it('asks Intl for zones whose offset changes', () => {
    expect(zoneOffsetAt(Date.UTC(2021, 7, 30, 12), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffsetAt(Date.UTC(2022, 1, 1, 12), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffsetAt(Date.UTC(2021, 7, 30, 12), 'Asia/Kabul')).toBe(4.5 * 3_600_000);
  });
});
