import { memo, useMemo } from 'react';
import { latestReported, niceTicks, type SeriesPoint, selectSeriesPoints } from '../domain/figureSeries';
import type { ChartModule } from '../domain/storyConfig';
import type { StoryModel } from '../domain/storyModel';
import { formatFigureValue } from '../popup/formatFigureValue';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import { formatDayMonth, formatWrittenDate } from '../time/formatTime';
import { DAY_MS } from '../time/timeAxis';

const TEXT_CHART = interfaceText.chart;
const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 12, bottom: 22, left: 40 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
/** The main series' mark is a circle; the others, in the story's order, a square, a triangle and a diamond. */
const OTHER_MARKS = ['square', 'triangle', 'diamond'] as const;

/** "50k" for 50,000; "1.5M"; small numbers as they are. */
function formatTick(value: number, locale: string): string {
  if (value >= 1_000_000) return TEXT_CHART.millions(value / 1_000_000);
  if (value >= 1000) return TEXT_CHART.thousands(value / 1000);
  return formatNumber(value, locale);
}

function Mark({ index, x, y }: { index: number; x: number; y: number }) {
  if (index === 0) return <circle cx={x} cy={y} r={3.5} className="series-main" />;
  const mark = OTHER_MARKS[(index - 1) % OTHER_MARKS.length];
  const className = `series-other series-${index}`;
  if (mark === 'triangle') return <path d={`M${x} ${y - 4.5}l4.5 8h-9z`} className={className} />;
  if (mark === 'diamond') return <path d={`M${x} ${y - 4.5}l4.5 4.5-4.5 4.5-4.5-4.5z`} className={className} />;
  return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className={className} />;
}

/**
 * The story's chart module: its dated figures, by series, as a small line chart (the first series a line, the
 * others marks), with a cursor at the slider's time. Only figures published by `knownAt` are drawn or listed; the
 * same figures are in a table, with how each was counted, for screen readers and anyone who wants the numbers.
 */
export const FigureChart = memo(function FigureChart({
  model,
  time,
  knownAt,
}: {
  model: StoryModel;
  time: number;
  /** Only figures published by this moment are drawn or listed (the slider's time, or the end of time). */
  knownAt: number;
}) {
  const module = model.config.modules.chart;
  // Everything that does not depend on the time is built once per story: the slider moves only the cursor, the
  // reported line and the status line.
  const chart = useMemo(() => {
    if (!module) return undefined;
    const seriesIndex = new Map(module.series.map((series, index) => [series.id, index]));
    const points = selectSeriesPoints(
      model.events,
      module.series.map((series) => series.id),
    );
    const first = model.axis.segments[0];
    if (points.length === 0 || !first) return undefined;
    const from = first.start;
    const to = first.end;
    const ticks = niceTicks(Math.max(...points.map((point) => point.figure.value)));
    const max = ticks.at(-1) ?? 1;
    const x = (t: number) => MARGIN.left + ((Math.min(to, Math.max(from, t)) - from) / (to - from)) * PLOT_W;
    const y = (value: number) => MARGIN.top + PLOT_H - (value / max) * PLOT_H;
    // A figure "as of" a day sits in the middle of that day.
    const px = (point: SeriesPoint) => x(point.at + DAY_MS / 2);
    const mainId = module.series[0]?.id;
    const main = points.filter((point) => point.figure.series === mainId);
    const line = (subset: readonly SeriesPoint[]) =>
      subset
        .map((point, i) => `${i === 0 ? 'M' : 'L'}${px(point).toFixed(1)} ${y(point.figure.value).toFixed(1)}`)
        .join('');
    const days = Math.max(1, Math.round((to - from) / DAY_MS));
    const dayStep = Math.max(1, Math.ceil(days / 3));
    const dayTicks = [0, 1, 2, 3].map((n) => from + n * dayStep * DAY_MS).filter((t) => t <= to);
    const axes = (
      <>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={MARGIN.left - 4} y={y(tick) + 3} className="tick" textAnchor="end">
              {formatTick(tick, model.config.locale)}
            </text>
          </g>
        ))}
        {dayTicks.map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - 6} className="tick" textAnchor="middle">
            {formatDayMonth(t + DAY_MS / 2, model.config.timeZone.id, model.config.locale)}
          </text>
        ))}
      </>
    );
    return { module, points, main, mainId, seriesIndex, x, y, px, line, axes };
  }, [model, module]);
  if (!chart) return null;
  const { points, main, mainId, seriesIndex, x, y, px, line, axes } = chart;
  const labelOf = (series: string) => chart.module.series.find((each) => each.id === series)?.label ?? series;
  const unit = chart.module.unit ? ` ${chart.module.unit}` : '';
  const locale = model.config.locale;
  const known = points.filter((point) => point.published.earliest <= knownAt);
  const reported = main.filter((point) => point.published.earliest <= knownAt);
  const latest = mainId === undefined ? undefined : latestReported(points, knownAt, mainId);
  const label =
    known.length === 0
      ? TEXT_CHART.noFigurePublished(chart.module.title)
      : TEXT_CHART.description(
          chart.module.title,
          formatWrittenDate(known[0]?.atText ?? '', locale),
          formatWrittenDate(known[known.length - 1]?.atText ?? '', locale),
        );
  const cursorX = x(time);

  return (
    <section className="figure-chart" aria-labelledby="figure-chart-heading">
      <h2 id="figure-chart-heading">{chart.module.title}</h2>
      <p className="chart-status" aria-live="off">
        {latest && mainId !== undefined
          ? TEXT_CHART.reportedBy(
              formatWrittenDate(latest.atText, locale),
              `${formatFigureValue(latest.figure, locale)}${unit}`,
              labelOf(mainId),
            )
          : TEXT_CHART.noFigureYet}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" role="img" aria-label={label}>
        {axes}
        {reported.length > 0 && <path d={line(reported)} className="line-reported" />}
        {known.map((point) => (
          <g key={point.key} className="is-reported">
            <Mark index={seriesIndex.get(point.figure.series) ?? 0} x={px(point)} y={y(point.figure.value)} />
          </g>
        ))}
        <line
          x1={cursorX}
          x2={cursorX}
          y1={MARGIN.top - 4}
          y2={MARGIN.top + PLOT_H}
          className="cursor"
          data-testid="chart-cursor"
        />
      </svg>
      <ChartLegend series={chart.module.series} />
      {known.length > 0 && (
        <details className="chart-table">
          <summary>{TEXT_CHART.tableSummary}</summary>
          <table>
            <caption className="visually-hidden">{TEXT_CHART.tableCaption(chart.module.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{TEXT_CHART.asOf}</th>
                <th scope="col">{TEXT_CHART.figure}</th>
                <th scope="col">{TEXT_CHART.basis}</th>
              </tr>
            </thead>
            <tbody>
              {known.map((point) => (
                <tr key={point.key}>
                  <td>{formatWrittenDate(point.atText, locale)}</td>
                  <td>
                    {formatFigureValue(point.figure, locale)}
                    {unit} <span className="muted">({labelOf(point.figure.series)})</span>
                  </td>
                  <td>
                    {point.figure.basis ?? point.figure.label}
                    {point.figure.inference && (
                      <span className="muted">
                        {' '}
                        {TEXT_CHART.inference}
                        {point.figure.inference}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
});

/** What each mark means: one entry per series, in the story's order. */
function ChartLegend({ series }: { series: ChartModule['series'] }) {
  return (
    <ul className="chart-legend">
      {series.map((each, index) => (
        <li key={each.id}>
          <svg width="14" height="10" viewBox="-7 -5 14 10" aria-hidden="true">
            <Mark index={index} x={0} y={0} />
          </svg>{' '}
          {each.label}
        </li>
      ))}
    </ul>
  );
}
