const clockCache = new Map<string, Intl.DateTimeFormat>();

function clockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = clockCache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    clockCache.set(timeZone, formatter);
  }
  return formatter;
}

/** The midnight that begins t's calendar day in the given IANA zone (exact for zones without DST that day). */
export function startOfDay(t: number, timeZone: string): number {
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of clockFormatter(timeZone).formatToParts(t)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
    else if (part.type === 'second') second = Number(part.value);
  }
  const intoDay = ((hour * 60 + minute) * 60 + second) * 1000 + (((t % 1000) + 1000) % 1000);
  return t - intoDay;
}
