import { interfaceText } from '../text/interfaceText';
import { type CalendarNames, calendarNamesOf } from './calendarNames';
import type { DisplayZone } from './displayZone';
import { zoneOffsetAt } from './zoneOffset';

interface Parts {
  weekday: string;
  day: string;
  /** 1–12. */
  monthNumber: number;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/** Calendar day, month (1–12) and year of t in a zone. */
export function calendarDayOf(t: number, timeZone: string | undefined): { day: number; month: number; year: number } {
  const local = new Date(t + zoneOffsetAt(t, timeZone));
  return { day: local.getUTCDate(), month: local.getUTCMonth() + 1, year: local.getUTCFullYear() };
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The calendar and clock fields of t in a zone. Intl gives the zone's offset (cached); the fields then come
 * from plain date arithmetic, which the time slider can afford on every frame.
 */
function partsOf(t: number, timeZone: string | undefined, names: CalendarNames): Parts {
  const local = new Date(t + zoneOffsetAt(t, timeZone));
  return {
    weekday: names.weekdays[local.getUTCDay()] ?? '',
    day: String(local.getUTCDate()),
    monthNumber: local.getUTCMonth() + 1,
    month: names.months[local.getUTCMonth()] ?? '',
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/**
 * The date in the order of the story's locale: "Mon 30 Aug 2021" (day first: en-GB, es-CL "lun 30 ago. 2021")
 * or "Mon, Aug 30, 2021" (month first: en-US). Only the names and the order are the locale's; the digits and
 * the spacing are these, so that the slider can afford them on every frame.
 */
function joinDate(names: CalendarNames, weekday: string, day: string | number, month: string, year: string | number) {
  return names.monthFirst ? `${weekday}, ${month} ${day}, ${year}` : `${weekday} ${day} ${month} ${year}`;
}

/** "30 Aug" or, month first, "Aug 30". */
export function joinDayMonth(day: string | number, month: string, names: CalendarNames): string {
  return names.monthFirst ? `${month} ${day}` : `${day} ${month}`;
}

/** "Mon 30 Aug 2021" in the given zone ("Mon, Aug 30, 2021" in US English). */
export function formatDate(t: number, zone: DisplayZone): string {
  const names = calendarNamesOf(zone.locale);
  const p = partsOf(t, zone.timeZone, names);
  return joinDate(names, p.weekday, p.day, p.month, p.year);
}

/** "06:40" in the given zone. */
export function formatClock(t: number, zone: DisplayZone): string {
  const local = new Date(t + zoneOffsetAt(t, zone.timeZone));
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
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
export function formatWrittenDate(iso: string, locale: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const names = calendarNamesOf(locale);
  return joinDate(names, names.weekdays[weekday] ?? '', day, names.months[month - 1] ?? '', year);
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

const TEXT = interfaceText.time;

function formatUncertainty(minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? TEXT.plusMinusHours(minutes / 60) : TEXT.plusMinusMinutes(minutes);
}

/**
 * An event's time as precisely as it is known, never more: a day-precision event shows only its date, an
 * approximate one says "around" and by how much, a scheduled one says it was the announced time.
 */
export function formatEventTime(event: EventTime, zone: DisplayZone): string {
  switch (event.timePrecision) {
    case 'day': {
      const first = formatWrittenDate(event.startText, zone.locale);
      if (event.endText === undefined) return first;
      const last = formatWrittenDate(event.endText, zone.locale);
      return last === first ? first : `${first} – ${last}`;
    }
    case 'hour':
      return `${formatDate(event.start, zone)}, ${TEXT.around} ${formatClock(event.start, zone)} ${zone.suffix}`;
    case 'scheduled':
      return `${formatDate(event.start, zone)}, ${TEXT.scheduledFor} ${formatClock(event.start, zone)} ${zone.suffix}`;
    case 'approximate': {
      const margin = event.timeUncertaintyMin === undefined ? '' : ` (${formatUncertainty(event.timeUncertaintyMin)})`;
      return `${formatDate(event.start, zone)}, ${TEXT.around} ${formatClock(event.start, zone)}${margin} ${zone.suffix}`;
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

/** A compact time for lists: "30 Aug 06:40" (or "30 Aug" for a day-precision event; "Aug 30" month first). */
export function formatShortEventTime(event: EventTime, zone: DisplayZone): string {
  const names = calendarNamesOf(zone.locale);
  if (event.timePrecision === 'day') {
    const [, month, day] = event.startText.slice(0, 10).split('-').map(Number) as [number, number, number];
    return joinDayMonth(day, names.months[month - 1] ?? '', names);
  }
  const p = partsOf(event.start, zone.timeZone, names);
  const approx = event.timePrecision === 'approximate' || event.timePrecision === 'hour' ? '~' : '';
  return `${joinDayMonth(p.day, p.month, names)} ${approx}${p.hour}:${p.minute}`;
}

/** "26 Aug" in a zone, as a locale writes it. */
export function formatDayMonth(t: number, timeZone: string | undefined, locale: string): string {
  const names = calendarNamesOf(locale);
  const p = partsOf(t, timeZone, names);
  return joinDayMonth(p.day, p.month, names);
}
