import { isEnglish } from '../text/storyLocale';

/** Short weekday and month names and the order of day and month, as a locale writes a date. */
export interface CalendarNames {
  /** Sunday first, as `Date#getUTCDay` counts. */
  readonly weekdays: readonly string[];
  /** January first. */
  readonly months: readonly string[];
  /** True where the month comes before the day ("Feb 3", US English); false for "3 Feb". */
  readonly monthFirst: boolean;
}

/** English short names, ours rather than the browser's: English locales disagree ("Sep" or "Sept"). */
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const byLocale = new Map<string, CalendarNames>();

/** Whether the locale writes the month before the day, as Intl says for a short day and month. */
function writesMonthFirst(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' })
    .formatToParts(Date.UTC(2024, 1, 3))
    .map((part) => part.type);
  return parts.indexOf('month') < parts.indexOf('day');
}

/**
 * A locale's calendar names, derived once per locale. English locales keep our names and take only the order
 * from Intl (en-GB "3 Feb", en-US "Feb 3"); other locales take Intl's short names, read once over fixed UTC dates
 * (1–7 Jan 2023 run from Sunday; the 15th of each month of 2023).
 */
export function calendarNamesOf(locale: string): CalendarNames {
  const known = byLocale.get(locale);
  if (known) return known;
  const monthFirst = writesMonthFirst(locale);
  let names: CalendarNames;
  if (isEnglish(locale)) {
    names = { weekdays: ENGLISH_WEEKDAYS, months: ENGLISH_MONTHS, monthFirst };
  } else {
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
    names = {
      weekdays: ENGLISH_WEEKDAYS.map((_, day) => weekday.format(Date.UTC(2023, 0, 1 + day))),
      months: ENGLISH_MONTHS.map((_, index) => month.format(Date.UTC(2023, index, 15))),
      monthFirst,
    };
  }
  byLocale.set(locale, names);
  return names;
}
