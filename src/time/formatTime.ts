import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from './calendarNames';
import type { DisplayZone } from './displayZone';

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatterCache.get(key);
  if (!formatter) {
    // Numbers only: month and weekday names come from our own tables, so that every browser and Node version
    // writes the same text ("Sep", never "Sept").
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

/** Calendar day, month (1–12) and year of t in a zone. */
export function calendarDayOf(t: number, timeZone: string | undefined): { day: number; month: number; year: number } {
  const parts = partsOf(t, timeZone);
  return {
    day: Number(parts.day),
    month: (MONTHS as readonly string[]).indexOf(parts.month) + 1,
    year: Number(parts.year),
  };
}

const DAY_MS = 86_400_000;
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

/**
 * The zone's offset from UTC at t, in ms. Intl is asked at most a few times per zone and day: when a UTC day
 * starts and ends with the same offset, the whole day has it (no zone changes its offset twice in a day);
 * otherwise, around a daylight-saving change, per quarter hour.
 */
function offsetAt(t: number, timeZone: string | undefined): number {
  const zone = timeZone ?? '';
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

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar and clock fields of t in a zone. Intl gives the zone's offset (cached); the fields then come
 * from plain date arithmetic, which the time slider can afford on every frame.
 */
function partsOf(t: number, timeZone: string | undefined): Parts {
  const local = new Date(t + offsetAt(t, timeZone));
  return {
    weekday: WEEKDAYS[local.getUTCDay()] ?? '',
    day: String(local.getUTCDate()),
    month: MONTHS[local.getUTCMonth()] ?? '',
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/** "Mon 30 Aug 2021" in the given zone. */
export function formatDate(t: number, zone: DisplayZone): string {
  const p = partsOf(t, zone.timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** "06:40" in the given zone. */
export function formatClock(t: number, zone: DisplayZone): string {
  const p = partsOf(t, zone.timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "Mon 30 Aug 2021, 06:40" in the given zone. */
export function formatDateTime(t: number, zone: DisplayZone): string {
  return `${formatDate(t, zone)}, ${formatClock(t, zone)}`;
}

/** The slider's spoken value: "Mon 30 Aug 2021, 06:40 Kabul time". */
export function formatSliderValue(t: number, zone: DisplayZone): string {
  return `${formatDateTime(t, zone)} ${zone.suffix}`;
}

/**
 * The calendar date as written in an ISO string ("2021-08-24T00:00:00+04:30" → "Tue 24 Aug 2021").
 * Day-precision events are dated in the zone of their source; converting their placeholder midnight to another
 * zone would move them to the wrong day.
 */
export function formatWrittenDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** What the display needs of an event's time. */
export interface EventTime {
  readonly start: number;
  readonly startText: string;
  readonly end?: number;
  readonly endText?: string;
  readonly timePrecision: 'minute' | 'hour' | 'day' | 'approximate';
  readonly timeUncertaintyMin?: number;
}

function formatUncertainty(minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? `± ${minutes / 60} h` : `± ${minutes} min`;
}

/**
 * An event's time as precisely as it is known, never more: a day-precision event shows only its date, an
 * approximate one says "around" and by how much.
 */
export function formatEventTime(event: EventTime, zone: DisplayZone): string {
  switch (event.timePrecision) {
    case 'day': {
      const first = formatWrittenDate(event.startText);
      if (event.endText === undefined) return first;
      const last = formatWrittenDate(event.endText);
      return last === first ? first : `${first} – ${last}`;
    }
    case 'hour':
      return `${formatDate(event.start, zone)}, around ${formatClock(event.start, zone)} ${zone.suffix}`;
    case 'approximate': {
      const margin = event.timeUncertaintyMin === undefined ? '' : ` (${formatUncertainty(event.timeUncertaintyMin)})`;
      return `${formatDate(event.start, zone)}, around ${formatClock(event.start, zone)}${margin} ${zone.suffix}`;
    }
    default: {
      const start = formatDateTime(event.start, zone);
      if (event.end === undefined) return `${start} ${zone.suffix}`;
      const sameDay = formatDate(event.start, zone) === formatDate(event.end, zone);
      const end = sameDay ? formatClock(event.end, zone) : formatDateTime(event.end, zone);
      return `${start} – ${end} ${zone.suffix}`;
    }
  }
}

/** A compact time for lists: "30 Aug 06:40" (or "30 Aug" for a day-precision event). */
export function formatShortEventTime(event: EventTime, zone: DisplayZone): string {
  if (event.timePrecision === 'day') {
    const [, day, month] = formatWrittenDate(event.startText).split(' ');
    return `${day} ${month}`;
  }
  const p = partsOf(event.start, zone.timeZone);
  const approx = event.timePrecision === 'approximate' || event.timePrecision === 'hour' ? '~' : '';
  return `${p.day} ${p.month} ${approx}${p.hour}:${p.minute}`;
}

/** "26 Aug" in a zone. */
export function formatDayMonth(t: number, timeZone: string | undefined): string {
  const p = partsOf(t, timeZone);
  return `${p.day} ${p.month}`;
}
