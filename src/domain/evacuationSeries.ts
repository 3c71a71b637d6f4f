import type { EvacuationFigure, StoryEvent } from './storyEvent';

/** One reported evacuation figure, dated by its report. */
export interface EvacuationPoint {
  readonly eventId: string;
  /** When the figure was reported (the event's start). */
  readonly at: number;
  readonly atText: string;
  readonly figure: EvacuationFigure;
}

/** What each series counts, in words. Figures of different series are not comparable. */
export const EVACUATION_SERIES_LABELS: Record<EvacuationFigure['series'], string> = {
  'since-14-aug': 'since 14 Aug, all flights',
  'since-end-of-july': 'since the end of July',
  'us-military-aircraft': 'on US military aircraft only',
  'incl-coalition': 'including coalition flights',
};

/** The reported evacuation figures of a story, in time order. */
export function selectEvacuationPoints(events: readonly StoryEvent[]): EvacuationPoint[] {
  return events
    .flatMap((event) =>
      event.evacuation
        ? [{ eventId: event.id, at: event.start, atText: event.startText, figure: event.evacuation }]
        : [],
    )
    .sort((a, b) => a.at - b.at);
}

/** The latest figure of a series reported by time t, if any. */
export function latestReported(
  points: readonly EvacuationPoint[],
  t: number,
  series: EvacuationFigure['series'],
): EvacuationPoint | undefined {
  let latest: EvacuationPoint | undefined;
  for (const point of points) if (point.at <= t && point.figure.series === series) latest = point;
  return latest;
}

/** "about 114,400", "more than 79,000", "124,334". */
export function formatEvacuationFigure(figure: EvacuationFigure): string {
  const number = figure.value.toLocaleString('en-GB');
  return figure.qualifier === 'exactly' ? number : `${figure.qualifier} ${number}`;
}
