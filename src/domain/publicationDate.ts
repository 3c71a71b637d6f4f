import { zoneOffsetAt } from '../time/zoneOffset';
import { parseIsoInstant } from './isoInstant';
import type { PartialDate, PublicationPrecision } from './storyEvent';

/**
 * The zone assumed for a date-only publication whose publisher's zone is not given: UTC−12, the last zone in which
 * a calendar day ends. A statement dated 30 Aug is then shown from 31 Aug 12:00 UTC: perhaps late, never early.
 */
export const LATEST_ZONE = 'Etc/GMT+12';

const DATE_ONLY = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Zones already asked about: making an Intl formatter is slow, and a story names a few zones many times. */
const knownZones = new Map<string, boolean>();

/** True for a string that `Intl` accepts as a time zone (e.g. "America/New_York"): the zone the page formats in. */
export function isKnownTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size > 1000) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

/** The instant at which a wall-clock time (given as if it were UTC) happens in `zone`. */
function wallClockToInstant(wallClock: number, zone: string): number {
  const first = wallClock - zoneOffsetAt(wallClock, zone);
  return wallClock - zoneOffsetAt(first, zone);
}

/** Publication dates repeat across a story's sources (many statements of one day): each is parsed once. */
const parsedDates = new Map<string, PartialDate>();
/** Enough for years of daily dates in several zones; past it, the cache starts again. */
const PARSED_DATES_LIMIT = 20_000;

/**
 * Parses a publication date: a moment with its offset ("2021-08-27T11:32:00-04:00"), a day ("2021-08-30"), or a
 * month or year. A date without a time is visible from the end of that day (month, year) in the publisher's
 * zone, or in UTC−12 when the zone is not known. Returns undefined for anything else.
 */
export function parsePublicationDate(
  text: string,
  zone: string | undefined,
  inferred: boolean,
): PartialDate | undefined {
  const key = `${inferred ? '1' : '0'}${zone ?? ''} ${text}`;
  const known = parsedDates.get(key);
  if (known) return known;
  const parsed = parseUncachedPublicationDate(text, zone, inferred);
  if (parsed) {
    if (parsedDates.size >= PARSED_DATES_LIMIT) parsedDates.clear();
    parsedDates.set(key, parsed);
  }
  return parsed;
}

function parseUncachedPublicationDate(
  text: string,
  zone: string | undefined,
  inferred: boolean,
): PartialDate | undefined {
  const moment = parseIsoInstant(text);
  if (moment !== undefined) {
    return {
      text,
      year: Number(text.slice(0, 4)),
      month: Number(text.slice(5, 7)),
      day: Number(text.slice(8, 10)),
      hour: Number(text.slice(11, 13)),
      minute: Number(text.slice(14, 16)),
      precision: 'moment',
      inferred,
      visibleFrom: moment,
    };
  }
  const match = DATE_ONLY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const precision: PublicationPrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  // The first wall-clock moment after the period: Date.UTC rolls 32 Aug over to 1 Sep, month 13 to January.
  const end =
    day !== undefined
      ? Date.UTC(year, (month as number) - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  if (day !== undefined && new Date(Date.UTC(year, (month as number) - 1, day)).getUTCDate() !== day) return undefined;
  return { text, year, month, day, precision, inferred, visibleFrom: wallClockToInstant(end, zone ?? LATEST_ZONE) };
}

/**
 * Checks that an ISO moment's written offset is the one `zone` had at that moment (US Eastern is UTC−4 in August
 * and UTC−5 in February). Returns what was expected, or undefined when it agrees.
 */
export function checkOffsetForZone(text: string, zone: string): string | undefined {
  const at = parseIsoInstant(text);
  if (at === undefined) return undefined;
  const written = text.endsWith('Z') ? 0 : offsetMinutesOf(text);
  const actual = Math.round(zoneOffsetAt(at, zone) / 60_000);
  if (written === actual) return undefined;
  return `expected the offset of ${zone} on that date (${formatOffset(actual)}), got ${formatOffset(written)}`;
}

function offsetMinutesOf(text: string): number {
  const sign = text[text.length - 6] === '-' ? -1 : 1;
  return sign * (Number(text.slice(-5, -3)) * 60 + Number(text.slice(-2)));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
