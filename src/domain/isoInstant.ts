const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(value: string, from: number, count: number): number {
  let result = 0;
  for (let i = from; i < from + count; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] as number;
}

// The last two texts parsed, and what they gave: the schema checks an event's start and end, then the conversion
// reads them again.
let lastText = '';
let lastValue: number | undefined;
let previousText = '';
let previousValue: number | undefined;

/**
 * Parses an ISO 8601 date-time that carries its offset ("Z" or ±hh:mm) into epoch milliseconds:
 * YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM). Returns undefined for anything else, including times without an offset
 * (which would silently take the reader's zone) and impossible dates such as 31 February. Reads characters
 * directly (no regular expression, no Date object): it runs several times per event of a 100,000-event file.
 */
export function parseIsoInstant(value: string): number | undefined {
  if (value === lastText) return lastValue;
  if (value === previousText) return previousValue;
  const parsed = parseUncachedIsoInstant(value);
  previousText = lastText;
  previousValue = lastValue;
  lastText = value;
  lastValue = parsed;
  return parsed;
}

function parseUncachedIsoInstant(value: string): number | undefined {
  const length = value.length;
  if (length < 17 || value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':') return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return undefined;
  }
  if (day > daysIn(year, month)) return undefined;
  let at = 16;
  let second = 0;
  let millisecond = 0;
  if (value[at] === ':') {
    second = digits(value, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (value[at] === '.') {
      at++;
      const fractionStart = at;
      while (at < length && value.charCodeAt(at) >= 48 && value.charCodeAt(at) <= 57) at++;
      if (at === fractionStart) return undefined;
      const fraction = value.slice(fractionStart, Math.min(at, fractionStart + 3)).padEnd(3, '0');
      millisecond = Number(fraction);
    }
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (value[at] === 'Z') return at + 1 === length ? local : undefined;
  const sign = value[at];
  if ((sign !== '+' && sign !== '-') || at + 6 !== length || value[at + 3] !== ':') return undefined;
  const offsetHours = digits(value, at + 1, 2);
  const offsetMinutes = digits(value, at + 4, 2);
  if (offsetHours < 0 || offsetHours > 14 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  return sign === '+' ? local - offset : local + offset;
}
