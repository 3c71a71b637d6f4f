import { interfaceText } from '../text/interfaceText';
import type { CalendarNames } from './calendarNames';
import { joinDayMonth } from './formatTime';
import { DAY_MS, type TimeAxis, timeToFraction } from './timeAxis';

export interface AxisLabel {
  readonly time: number;
  readonly fraction: number;
  readonly day: number;
  readonly month: string;
  /** True for the first label of a segment after a break (it shows the month). */
  readonly segmentStart: boolean;
  /** What the label says: the day, with its month at a segment's start and on the 1st ("30 Aug", "Aug 30"). */
  readonly text: string;
}

export interface AxisBreak {
  readonly fraction: number;
  /** "+16 days", "+5 months": the time a break skips. */
  readonly label: string;
}

/** A label that names its month ("1 Sep", or a segment's first day) is wider than a day number alone. */
const MONTH_LABEL_WIDTH = 1.6;

function shows(label: AxisLabel): boolean {
  return label.segmentStart || label.day === 1;
}

/** How far apart two neighbouring labels' centres must be. */
function gapBetween(a: AxisLabel, b: AxisLabel, minGap: number): number {
  return (minGap * ((shows(a) ? MONTH_LABEL_WIDTH : 1) + (shows(b) ? MONTH_LABEL_WIDTH : 1))) / 2;
}

/**
 * Day labels for the track, thinned so that they are at least `minGap` (a fraction of the track, for a day
 * number; more for a label that names its month) apart. A segment's first label, after a break, wins over the
 * labels before it that crowd it. `dayOf` gives the calendar day and month of a time in the display zone.
 */
export function buildAxisLabels(
  axis: TimeAxis,
  minGap: number,
  dayOf: (t: number) => { day: number; month: number },
  /** The locale's month names and order. */
  names: CalendarNames,
): AxisLabel[] {
  const labels: AxisLabel[] = [];
  for (const segment of axis.segments) {
    const days = Math.round((segment.end - segment.start) / DAY_MS);
    const perDay = (segment.to - segment.from) / Math.max(1, days);
    const every = Math.max(1, Math.ceil(minGap / perDay));
    for (let i = 0; i < days; i += every) {
      const time = segment.start + i * DAY_MS;
      const { day, month } = dayOf(time);
      const monthName = names.months[month - 1] ?? '';
      const label = {
        time,
        fraction: timeToFraction(axis, time),
        day,
        month: monthName,
        segmentStart: i === 0,
        text: i === 0 || day === 1 ? joinDayMonth(day, monthName, names) : String(day),
      };
      // A segment's first label (after a break) wins over the last ones of the segment before that crowd it.
      while (label.segmentStart && labels.length > 0) {
        const previous = labels[labels.length - 1] as AxisLabel;
        if (previous.segmentStart || label.fraction - previous.fraction >= gapBetween(previous, label, minGap)) break;
        labels.pop();
      }
      const previous = labels[labels.length - 1];
      // Any other label gives way to the one before it.
      if (previous && label.fraction - previous.fraction < gapBetween(previous, label, minGap)) {
        if (!label.segmentStart) continue;
      }
      labels.push(label);
    }
  }
  return labels;
}

function describeGap(ms: number): string {
  const days = Math.round(ms / DAY_MS);
  if (days < 60) return interfaceText.time.gapDays(days);
  return interfaceText.time.gapMonths(Math.round(days / 30.4));
}

/** Where the scale breaks are on the track, and how much time each one skips. */
export function buildAxisBreaks(axis: TimeAxis): AxisBreak[] {
  return axis.segments.slice(1).map((segment, i) => {
    const previous = axis.segments[i] as (typeof axis.segments)[number];
    return { fraction: (previous.to + segment.from) / 2, label: describeGap(segment.start - previous.end) };
  });
}
