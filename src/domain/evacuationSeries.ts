import type { EvacuationFigure, StoryEvent } from './storyEvent';

/** One reported evacuation figure, dated by its report. */
export interface EvacuationPoint {
  readonly eventId: string;
  /** The day the figure is "as of" (the event's start). */
  readonly at: number;
  readonly atText: string;
  /** When a reader may see it: the publication of the source that gives it (or of the event's first source). */
  readonly visibleFrom: number;
  readonly figure: EvacuationFigure;
}

/** What each series counts, in words. Figures of different series are not comparable. */
export const EVACUATION_SERIES_LABELS: Record<EvacuationFigure['series'], string> = {
  'since-14-aug': 'since 14 Aug, all flights',
  'since-end-of-july': 'since the end of July',
  'us-military-aircraft': 'on US military aircraft only',
  'incl-coalition': 'including coalition flights',
};

function visibleFrom(event: StoryEvent, figure: EvacuationFigure): number {
  const source = figure.source === undefined ? undefined : event.sources[figure.source];
  if (source) return source.published.visibleFrom;
  return Math.min(...event.sources.map((each) => each.published.visibleFrom));
}

/** The reported evacuation figures of a story, in time order. */
export function selectEvacuationPoints(events: readonly StoryEvent[]): EvacuationPoint[] {
  return events
    .flatMap((event) =>
      event.evacuation
        ? [
            {
              eventId: event.id,
              at: event.start,
              atText: event.startText,
              visibleFrom: visibleFrom(event, event.evacuation),
              figure: event.evacuation,
            },
          ]
        : [],
    )
    .sort((a, b) => a.at - b.at);
}

/** The latest figure of a series that a reader could see at moment `knownAt`, if any. */
export function latestReported(
  points: readonly EvacuationPoint[],
  knownAt: number,
  series: EvacuationFigure['series'],
): EvacuationPoint | undefined {
  let latest: EvacuationPoint | undefined;
  for (const point of points) if (point.visibleFrom <= knownAt && point.figure.series === series) latest = point;
  return latest;
}

/** "about 114,400", "more than 79,000", "124,334". */
export function formatEvacuationFigure(figure: EvacuationFigure): string {
  const number = figure.value.toLocaleString('en-GB');
  return figure.qualifier === 'exactly' ? number : `${figure.qualifier} ${number}`;
}
