/** Lengths of time, in milliseconds. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** A numeric formatter per zone: only its numbers are read, never its (locale-dependent) words. */
function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatterCache.set(key, formatter);
  }
  return formatter;
}

const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at instant `at`, in ms, from Intl. */
function intlOffset(at: number, timeZone: string | undefined): number {
  let day = 0;
  let month = 0;
  let year = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return Date.UTC(year, month - 1, day, hour, minute) - (at - (at % 60_000));
}

/** Zones whose offset never changes, by IANA's definition: "Etc/GMT+12" is UTC−12 (POSIX signs are inverted). */
const FIXED_ZONE = /^(?:UTC|Etc\/(?:UTC|GMT)(?:([+-])(\d{1,2}))?)$/;
const fixedOffsets = new Map<string, number | null>();

/** The offset of a fixed-offset zone (ms), or null for a zone whose offset Intl must tell. */
function fixedOffset(zone: string): number | null {
  let offset = fixedOffsets.get(zone);
  if (offset === undefined) {
    const match = FIXED_ZONE.exec(zone);
    offset = match ? (match[1] === '+' ? -1 : 1) * Number(match[2] ?? 0) * 3_600_000 : null;
    fixedOffsets.set(zone, offset);
  }
  return offset;
}

/**
 * A zone's offset from UTC at t, in ms (undefined zone: the reader's own). A fixed-offset zone (UTC, Etc/GMT±N)
 * is answered without Intl, whose first use in a page costs tens of milliseconds. Intl is asked at most a few times per zone and day: when a UTC day
 * starts and ends with the same offset, the whole day has it (no zone changes its offset twice in a day);
 * otherwise, around a daylight-saving change, per quarter hour.
 */
export function zoneOffsetAt(t: number, timeZone: string | undefined): number {
  const zone = timeZone ?? '';
  const fixed = timeZone === undefined ? null : fixedOffset(timeZone);
  if (fixed !== null) return fixed;
  const dayStart = t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
  const dayKey = `${zone}|d${dayStart}`;
  let offset = offsetCache.get(dayKey);
  if (offset === undefined) {
    const first = intlOffset(dayStart, timeZone);
    offset = first === intlOffset(dayStart + DAY_MS - 1, timeZone) ? first : Number.NaN;
    if (offsetCache.size > 4096) offsetCache.clear();
    offsetCache.set(dayKey, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = t - (((t % QUARTER_HOUR_MS) + QUARTER_HOUR_MS) % QUARTER_HOUR_MS);
  const quarterKey = `${zone}|q${quarter}`;
  let exact = offsetCache.get(quarterKey);
  if (exact === undefined) {
    exact = intlOffset(quarter, timeZone);
    offsetCache.set(quarterKey, exact);
  }
  return exact;
}
