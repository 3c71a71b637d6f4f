import type { FigureSeries, KnownFigure } from '../domain/knownAt';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatFigureValue } from './formatFigureValue';
import { PublishedDate } from './PublishedDate';

const TEXT = interfaceText.popup;

function FigureLine({ known, zone }: { known: KnownFigure; zone: DisplayZone }) {
  return (
    <>
      <span className="figure-value">{formatFigureValue(known.figure, zone.locale)}</span>{' '}
      <span className="figure-by">
        ({known.source.party}, <PublishedDate date={known.published} zone={zone} pending={known.pending} />)
      </span>
      {known.figure.note && <span className="muted"> {known.figure.note}</span>}
      {known.figure.basis && (
        <span className="figure-basis">
          {TEXT.figureBasis}
          {known.figure.basis}
        </span>
      )}
    </>
  );
}

/**
 * The latest figures known (tolls, counts), each with who gave it and when; where statements of different values
 * were made around the same time, each of them; the earlier ones on demand.
 */
export function FigureSummary({ figures, zone }: { figures: readonly FigureSeries[]; zone: DisplayZone }) {
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-label={TEXT.latestFigures}>
      <h3>{TEXT.latestFigures}</h3>
      <dl>
        {figures.map((series) => (
          <div className="figure-series" key={series.series} data-series={series.series}>
            <dt>{series.label}</dt>
            <dd>
              {series.latest.length === 1 ? (
                <FigureLine known={series.latest[0] as KnownFigure} zone={zone} />
              ) : (
                <>
                  <span className="figures-overlap">{TEXT.figuresOverlap}</span>
                  <ul className="figure-latest">
                    {series.latest.map((known) => (
                      <li key={`${known.figure.source}:${known.figure.value}`}>
                        <FigureLine known={known} zone={zone} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {series.earlier.length > 0 && (
                <details className="figure-earlier">
                  <summary>{TEXT.earlierFigures(series.earlier.length)}</summary>
                  <ul>
                    {series.earlier.map((known) => (
                      <li key={`${known.figure.source}:${known.figure.value}`}>
                        <FigureLine known={known} zone={zone} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
