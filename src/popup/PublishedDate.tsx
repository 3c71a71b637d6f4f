import { zoneCity } from '../domain/configFromData';
import type { PartialDate } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';
import { calendarNamesOf } from '../time/calendarNames';
import type { DisplayZone } from '../time/displayZone';
import { formatClock, formatDate } from '../time/formatTime';

const TEXT = interfaceText.time;

/**
 * A publication date without a time, as written: "30 Aug 2021" ("Aug 30, 2021" month first), "Aug 2021" or "2021",
 * with "(date inferred)" when it was not read on the page.
 */
export function formatPartialDate(
  date: Pick<PartialDate, 'year' | 'month' | 'day' | 'inferred'>,
  locale: string,
): string {
  const names = calendarNamesOf(locale);
  const month = date.month === undefined ? undefined : names.months[date.month - 1];
  const text =
    date.day !== undefined && month
      ? names.monthFirst
        ? `${month} ${date.day}, ${date.year}`
        : `${date.day} ${month} ${date.year}`
      : month
        ? `${month} ${date.year}`
        : `${date.year}`;
  return date.inferred ? `${text} ${TEXT.dateInferred}` : text;
}

/**
 * A publication date as the source gives it: a known moment in the publisher's own zone where the data names one
 * ("Fri 17 Sep 2021, about 15:00 New York time"), else in the reader's display zone; a day as written ("27 Aug
 * 2021"), never a computed moment converted into another day.
 */
export function formatPublishedDate(date: PartialDate, zone: DisplayZone): string {
  if (date.precision !== 'moment' || date.moment === undefined) return formatPartialDate(date, zone.locale);
  const own: DisplayZone =
    date.zone !== undefined && date.zone !== zone.timeZone
      ? {
          ...zone,
          choice: 'story',
          timeZone: date.zone,
          label: zoneCity(date.zone),
          suffix: TEXT.storyZone(zoneCity(date.zone)),
        }
      : zone;
  const clock = formatClock(date.moment, own);
  const text = `${formatDate(date.moment, own)}, ${date.uncertaintyMin ? `${TEXT.around} ${clock}` : clock} ${own.suffix}`;
  return date.inferred ? `${text} ${TEXT.timeInferred}` : text;
}

/**
 * When a statement was published, as the source gives it; while the slider stands inside the publication's window
 * (`pending`), marked as such: "27 Aug 2021, time of day not known".
 */
export function PublishedDate({
  date,
  zone,
  pending = false,
}: {
  date: PartialDate;
  zone: DisplayZone;
  pending?: boolean;
}) {
  const text = formatPublishedDate(date, zone);
  const dateTime =
    date.precision === 'moment' && date.moment !== undefined ? new Date(date.moment).toISOString() : date.text;
  return (
    <time className="published-date" dateTime={dateTime} title={date.basis} data-pending={pending || undefined}>
      {text}
      {pending && date.precision !== 'moment' && <span className="pending-mark">{TEXT.timeOfDayUnknown}</span>}
    </time>
  );
}
