import { MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from './calendarNames';
import type { DisplayZone } from './displayZone';
import { zoneOffsetAt } from './zoneOffset';

interface Parts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
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

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar and clock fields of t in a zone. Intl gives the zone's offset (cached); the fields then come
 * from plain date arithmetic, which the time slider can afford on every frame.
 */
function partsOf(t: number, timeZone: string | undefined): Parts {
  const local = new Date(t + zoneOffsetAt(t, timeZone));
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

/** The slider's spoken value: "Sat 3 Feb 2024, 15:00 Santiago time". */
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
  readonly timePrecision: 'minute' | 'hour' | 'day' | 'approximate' | 'scheduled';
  readonly timeUncertaintyMin?: number;
}

function formatUncertainty(minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? `± ${minutes / 60} h` : `± ${minutes} min`;
}

/**
 * An event's time as precisely as it is known, never more: a day-precision event shows only its date, an
 * approximate one says "around" and by how much, a scheduled one says it was the announced time.
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
    case 'scheduled':
      return `${formatDate(event.start, zone)}, scheduled for ${formatClock(event.start, zone)} ${zone.suffix}`;
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
