import { memo, useMemo } from 'react';
import {
  EVACUATION_SERIES_LABELS,
  type EvacuationPoint,
  formatEvacuationFigure,
  latestReported,
  selectEvacuationPoints,
} from '../domain/evacuationSeries';
import type { EvacuationFigure } from '../domain/storyEvent';
import type { StoryModel } from '../domain/storyModel';
import { formatDayMonth, formatWrittenDate } from '../time/formatTime';
import { DAY_MS } from '../time/timeAxis';

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 10, right: 12, bottom: 22, left: 40 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const Y_TICKS = [0, 50_000, 100_000];
const MAIN_SERIES: EvacuationFigure['series'] = 'since-14-aug';

function Marker({ series, x, y }: { series: EvacuationFigure['series']; x: number; y: number }) {
  if (series === MAIN_SERIES) return <circle cx={x} cy={y} r={3.5} className="series-main" />;
  if (series === 'us-military-aircraft') {
    return <path d={`M${x} ${y - 4.5}l4.5 8h-9z`} className="series-other series-military" />;
  }
  return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} className="series-other series-july" />;
}

/**
 * Reported evacuation totals by date as a small line chart, with a cursor at the slider's time. Figures reported
 * after that time are faded. The same figures are in a table, with their bases, for screen readers and anyone
 * who wants the numbers.
 */
export const EvacuationChart = memo(function EvacuationChart({
  model,
  time,
  knownAt,
}: {
  model: StoryModel;
  time: number;
  /** Only figures published by this moment are drawn or listed (the slider's time, or the end of time). */
  knownAt: number;
}) {
  // Everything that does not depend on the time is built once per story: the slider moves only the cursor, the
  // reported line and the status line.
  const chart = useMemo(() => {
    const points = selectEvacuationPoints(model.events);
    const first = model.axis.segments[0];
    if (points.length === 0 || !first) return undefined;
    const from = first.start;
    const to = first.end;
    const max = Math.max(130_000, ...points.map((point) => point.figure.value));
    const x = (t: number) => MARGIN.left + ((Math.min(to, Math.max(from, t)) - from) / (to - from)) * PLOT_W;
    const y = (value: number) => MARGIN.top + PLOT_H - (value / max) * PLOT_H;
    // A figure "as of" a day sits in the middle of that day.
    const px = (point: EvacuationPoint) => x(point.at + DAY_MS / 2);
    const main = points.filter((point) => point.figure.series === MAIN_SERIES);
    const line = (subset: readonly EvacuationPoint[]) =>
      subset
        .map((point, i) => `${i === 0 ? 'M' : 'L'}${px(point).toFixed(1)} ${y(point.figure.value).toFixed(1)}`)
        .join('');
    const dayTicks = [0, 6, 12, 18].map((days) => from + days * DAY_MS).filter((t) => t <= to);
    const axes = (
      <>
        {Y_TICKS.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="grid" />
            <text x={MARGIN.left - 4} y={y(tick) + 3} className="tick" textAnchor="end">
              {tick === 0 ? '0' : `${tick / 1000}k`}
            </text>
          </g>
        ))}
        {dayTicks.map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - 6} className="tick" textAnchor="middle">
            {formatDayMonth(t + DAY_MS / 2, model.config.timeZone.id)}
          </text>
        ))}
      </>
    );
    const table = (known: readonly EvacuationPoint[]) => (
      <details className="chart-table">
        <summary>The figures and how they were counted</summary>
        <table>
          <caption className="visually-hidden">Reported evacuation totals, by date of report</caption>
          <thead>
            <tr>
              <th scope="col">Reported</th>
              <th scope="col">People</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {known.map((point) => (
              <tr key={point.eventId}>
                <td>{formatWrittenDate(point.atText)}</td>
                <td>
                  {formatEvacuationFigure(point.figure)}{' '}
                  <span className="muted">({EVACUATION_SERIES_LABELS[point.figure.series]})</span>
                </td>
                <td>
                  {point.figure.basis}
                  {point.figure.inference && (
                    <span className="muted"> Editor’s inference: {point.figure.inference}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    );
    return { points, main, x, y, px, line, axes, table };
  }, [model]);
  if (!chart) return null;
  const { points, main, x, y, px, line, axes, table } = chart;
  const known = points.filter((point) => point.visibleFrom <= knownAt);
  const reported = main.filter((point) => point.visibleFrom <= knownAt);
  const latest = latestReported(points, knownAt, MAIN_SERIES);
  const label =
    known.length === 0
      ? 'No evacuation total had been published by this moment.'
      : `Evacuation totals published by this moment, as of ${formatWrittenDate(known[0]?.atText ?? '')} to ${formatWrittenDate(known[known.length - 1]?.atText ?? '')}; the table below gives every figure and its basis.`;
  const cursorX = x(time);

  return (
    <section className="evacuation-chart" aria-labelledby="evacuation-heading">
      <h2 id="evacuation-heading">People evacuated</h2>
      <p className="chart-status" aria-live="off">
        {latest
          ? `Reported by ${formatWrittenDate(latest.atText)}: ${formatEvacuationFigure(latest.figure)} (${EVACUATION_SERIES_LABELS[MAIN_SERIES]})`
          : 'No total reported yet at this time.'}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="chart" role="img" aria-label={label}>
        {axes}
        {reported.length > 0 && <path d={line(reported)} className="line-reported" />}
        {known.map((point) => (
          <g key={point.eventId} className="is-reported">
            <Marker series={point.figure.series} x={px(point)} y={y(point.figure.value)} />
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
      <ChartLegend />
      {known.length > 0 && table(known)}
    </section>
  );
});

/** What the three marker shapes mean. */
function ChartLegend() {
  return (
    <ul className="chart-legend">
      <li>
        <svg width="14" height="10" aria-hidden="true">
          <circle cx="7" cy="5" r="3.5" className="series-main" />
        </svg>{' '}
        {EVACUATION_SERIES_LABELS[MAIN_SERIES]}
      </li>
      <li>
        <svg width="14" height="10" aria-hidden="true">
          <rect x="3.5" y="1.5" width="7" height="7" className="series-other series-july" />
        </svg>{' '}
        {EVACUATION_SERIES_LABELS['since-end-of-july']}
      </li>
      <li>
        <svg width="14" height="10" aria-hidden="true">
          <path d="M7 0.5l4.5 8h-9z" className="series-other series-military" />
        </svg>{' '}
        {EVACUATION_SERIES_LABELS['us-military-aircraft']}
      </li>
    </ul>
  );
}
