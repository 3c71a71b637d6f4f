import { formatPartialDate } from '../domain/formatPartialDate';
import type { PartialDate } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatDateTime } from '../time/formatTime';

/** When a statement was published: the moment in the reader's zone when known, else the date as written. */
export function PublishedDate({ date, zone }: { date: PartialDate; zone: DisplayZone }) {
  if (date.precision === 'moment') {
    const text = `${formatDateTime(date.visibleFrom, zone)} ${zone.suffix}`;
    return (
      <time className="published-date" dateTime={new Date(date.visibleFrom).toISOString()}>
        {date.inferred ? `${text} ${interfaceText.time.timeInferred}` : text}
      </time>
    );
  }
  return (
    <time className="published-date" dateTime={date.text}>
      {formatPartialDate(date)}
    </time>
  );
}
