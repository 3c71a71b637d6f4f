import { zoneOffsetAt } from '../time/zoneOffset';
import { parseIsoInstant } from './isoInstant';
import type { PartialDate, PublicationPrecision, PublicationWindow } from './storyEvent';

/**
 * The zones a date-only publication is placed in when its publisher's zone is not given: the day runs from its
 * start in UTC+14 (the first zone where a calendar day begins) to its end in UTC−12 (the last where it ends). A
 * statement dated 30 Aug may then have been published from 29 Aug 10:00 UTC to 31 Aug 12:00 UTC.
 */
export const EARLIEST_ZONE = 'Etc/GMT-14';
export const LATEST_ZONE = 'Etc/GMT+12';

const MINUTE_MS = 60_000;

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

/** What a publication date may carry besides its text. */
export interface PublicationDateOptions {
  /** The publisher's IANA zone: a day is that day there. */
  readonly zone?: string;
  /** True when the date was inferred rather than read on the page. */
  readonly inferred?: boolean;
  /** ± minutes around a known moment. */
  readonly uncertaintyMin?: number;
}

/**
 * Parses a publication date into its window: a moment with its offset ("2021-08-27T11:32:00-04:00", ± its
 * uncertainty), a day ("2021-08-30": that day in the publisher's zone, or every zone's 30 Aug when the zone is not
 * known), or a month or year (likewise). Returns undefined for anything else.
 */
export function parsePublicationDate(text: string, options: PublicationDateOptions = {}): PartialDate | undefined {
  const { zone, inferred = false, uncertaintyMin } = options;
  const key = `${inferred ? '1' : '0'}${uncertaintyMin ?? ''}|${zone ?? ''} ${text}`;
  const known = parsedDates.get(key);
  if (known) return known;
  const parsed = parseUncachedPublicationDate(text, zone, inferred, uncertaintyMin);
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
  uncertaintyMin: number | undefined,
): PartialDate | undefined {
  const moment = parseIsoInstant(text);
  if (moment !== undefined) {
    const margin = (uncertaintyMin ?? 0) * MINUTE_MS;
    return {
      text,
      year: Number(text.slice(0, 4)),
      month: Number(text.slice(5, 7)),
      day: Number(text.slice(8, 10)),
      hour: Number(text.slice(11, 13)),
      minute: Number(text.slice(14, 16)),
      precision: 'moment',
      inferred,
      moment,
      ...(uncertaintyMin !== undefined ? { uncertaintyMin } : {}),
      ...(zone !== undefined ? { zone } : {}),
      earliest: moment - margin,
      latest: moment + margin,
    };
  }
  const match = DATE_ONLY.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const precision: PublicationPrecision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  if (day !== undefined && new Date(Date.UTC(year, (month as number) - 1, day)).getUTCDate() !== day) return undefined;
  // The period's first wall-clock moment, and the first after it: Date.UTC rolls 32 Aug over to 1 Sep, month 13
  // to January.
  const begin = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const end =
    day !== undefined
      ? Date.UTC(year, (month as number) - 1, day + 1)
      : month !== undefined
        ? Date.UTC(year, month, 1)
        : Date.UTC(year + 1, 0, 1);
  return {
    text,
    year,
    month,
    day,
    precision,
    inferred,
    ...(zone !== undefined ? { zone } : {}),
    earliest: wallClockToInstant(begin, zone ?? EARLIEST_ZONE),
    latest: wallClockToInstant(end, zone ?? LATEST_ZONE),
  };
}

/**
 * A window that does not open before `floor` when it spans it: a report is not earlier than what it reports. A
 * window wholly before `floor` (an announcement made in advance) is kept as it is.
 */
export function windowFrom<T extends PublicationWindow>(window: T, floor: number): T {
  return window.earliest < floor && window.latest > floor ? { ...window, earliest: floor } : window;
}

/** Items in the order they may have become public (by their windows' opening, then closing), then as given. */
export function byPublication<T extends { readonly published: PublicationWindow }>(items: readonly T[]): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort(
      (a, b) =>
        a.item.published.earliest - b.item.published.earliest ||
        a.item.published.latest - b.item.published.latest ||
        a.order - b.order,
    )
    .map(({ item }) => item);
}

/** True while `t` is inside the window: the item may be public, but it is not certain that it was. */
export function isPending(window: PublicationWindow, t: number): boolean {
  return t >= window.earliest && t < window.latest;
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

/**
 * An instant written as ISO 8601 with the offset `zone` had then ("2021-08-27T00:00:00-04:00"), or in UTC ("Z")
 * without a zone: for messages that say which moment would pass.
 */
export function formatIsoInZone(t: number, zone: string | undefined): string {
  const offset = zone === undefined ? 0 : Math.round(zoneOffsetAt(t, zone) / 60_000);
  const wall = new Date(t + offset * 60_000).toISOString().slice(0, 19);
  if (zone === undefined) return `${wall}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
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
