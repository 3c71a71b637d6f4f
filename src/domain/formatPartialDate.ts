import { interfaceText } from '../text/interfaceText';
import { storyCalendar } from '../time/calendarNames';
import { joinDayMonth } from '../time/formatTime';
import type { PartialDate } from './storyEvent';

/**
 * A publication date as precisely as it is known: "30 Aug 2021", "Aug 2021" or "2021", with "(date inferred)"
 * when it was not read on the page. A known moment is formatted by the caller in the reader's display zone.
 */
export function formatPartialDate(date: PartialDate): string {
  const month = date.month === undefined ? undefined : storyCalendar().months[date.month - 1];
  const text =
    date.day !== undefined && month
      ? `${joinDayMonth(date.day, month)} ${date.year}`
      : month
        ? `${month} ${date.year}`
        : `${date.year}`;
  return date.inferred ? `${text} ${interfaceText.time.dateInferred}` : text;
}
