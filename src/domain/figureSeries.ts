import type { Figure, PublicationWindow, StoryEvent } from './storyEvent';

/** One reported figure of a charted series, dated by its event and shown from its source's publication. */
export interface SeriesPoint {
  /** Unique per point: the event's id and the figure's place in its list. */
  readonly key: string;
  readonly eventId: string;
  /** The moment the figure is "as of" (its event's start). */
  readonly at: number;
  readonly atText: string;
  /** When a reader may see it: the publication window of the source that gives it. */
  readonly published: PublicationWindow;
  readonly figure: Figure;
}

/** A window that never opens (a figure whose source is missing: the parser refuses it, but never show it). */
const NEVER: PublicationWindow = { earliest: Number.POSITIVE_INFINITY, latest: Number.POSITIVE_INFINITY };

/** The figures of the given series, in time order (a chart's points). */
export function selectSeriesPoints(events: readonly StoryEvent[], series: readonly string[]): SeriesPoint[] {
  const wanted = new Set(series);
  return events
    .flatMap((event) =>
      event.figures.flatMap((figure, index) =>
        wanted.has(figure.series)
          ? [
              {
                key: `${event.id}#${index}`,
                eventId: event.id,
                at: event.start,
                atText: event.startText,
                published: event.sources[figure.source]?.published ?? NEVER,
                figure,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.at - b.at);
}

/** The latest figure (by its event's moment) of a series that may have been published by `knownAt`, if any. */
export function latestReported(
  points: readonly SeriesPoint[],
  knownAt: number,
  series: string,
): SeriesPoint | undefined {
  let latest: SeriesPoint | undefined;
  for (const point of points) if (point.published.earliest <= knownAt && point.figure.series === series) latest = point;
  return latest;
}

/**
 * Round ticks from 0 to at least `max` (about `count` of them, each 1, 2 or 5 times a power of ten): the chart's
 * axis, whatever the quantity.
 */
export function niceTicks(max: number, count = 3): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) ticks.push(tick);
  return ticks;
}
