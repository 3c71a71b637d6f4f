import { type FigureSeries, formatFigureValue, type KnownFigure } from '../domain/knownAt';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { PublishedDate } from './PublishedDate';

function FigureLine({ known, zone }: { known: KnownFigure; zone: DisplayZone }) {
  return (
    <>
      <span className="figure-value">{formatFigureValue(known.figure)}</span>{' '}
      <span className="figure-by">
        ({known.source.party}, <PublishedDate date={known.source.published} zone={zone} />)
      </span>
      {known.figure.note && <span className="muted"> {known.figure.note}</span>}
    </>
  );
}

/** The latest figures known (tolls, counts), each with who gave it and when; the earlier ones on demand. */
export function FigureSummary({ figures, zone }: { figures: readonly FigureSeries[]; zone: DisplayZone }) {
  if (figures.length === 0) return null;
  return (
    <section className="figures" aria-label={interfaceText.popup.latestFigures}>
      <h3>{interfaceText.popup.latestFigures}</h3>
      <dl>
        {figures.map((series) => (
          <div className="figure-series" key={series.series} data-series={series.series}>
            <dt>{series.label}</dt>
            <dd>
              <FigureLine known={series.latest} zone={zone} />
              {series.earlier.length > 0 && (
                <details className="figure-earlier">
                  <summary>{interfaceText.popup.earlierFigures(series.earlier.length)}</summary>
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
