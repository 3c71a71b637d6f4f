const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO 8601 date-time that carries its offset ("Z" or ±hh:mm) into epoch milliseconds.
 * Returns undefined for anything else, including times without an offset (which would silently take the
 * reader's zone) and impossible dates such as 31 February.
 */
export function parseIsoInstant(value: string): number | undefined {
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', ms = '0', zone, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(ms.padEnd(3, '0')));
  if (new Date(local).getUTCDate() !== day) return undefined;
  if (zone === 'Z') return local;
  const offsetHours = Number(oh);
  const offsetMinutes = Number(om);
  if (offsetHours > 14 || offsetMinutes > 59) return undefined;
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  return sign === '+' ? local - offset : local + offset;
}
