import { DAY_MS } from './durations';
import { zoneOffsetAt } from './zoneOffset';

/** The midnight that begins t's calendar day in the given IANA zone (exact for zones without DST that day). */
export function startOfDay(t: number, timeZone: string): number {
  const local = t + zoneOffsetAt(t, timeZone);
  return t - (((local % DAY_MS) + DAY_MS) % DAY_MS);
}
