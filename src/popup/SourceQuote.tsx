import { formatPartialDate } from '../domain/formatPartialDate';
import type { Source } from '../domain/storyEvent';
import { ExternalLink, hostOf } from './ExternalLink';

/** The outlet line for the source article, whose outlet is not known and is never invented. */
export const SOURCE_ARTICLE_LABEL = 'the source article (outlet not identified)';

/** One source: its words as a block quote (or a clearly marked paraphrase), attributed and linked. */
export function SourceQuote({ source, retracted }: { source: Source; retracted: boolean }) {
  const outlet = source.sourceArticle ? SOURCE_ARTICLE_LABEL : source.outlet;
  return (
    <figure
      className={`source${retracted ? ' is-retracted' : ''}`}
      data-source-article={source.sourceArticle || undefined}
    >
      {retracted && <p className="badge badge-retracted">Retracted claim</p>}
      {source.quote !== undefined ? (
        <blockquote lang={source.language}>
          <p>{source.quote}</p>
        </blockquote>
      ) : (
        <p className="paraphrase">
          <span className="paraphrase-label">Paraphrase, not a quote: </span>
          {source.paraphrase}
        </p>
      )}
      <figcaption>
        <span className="source-party">{source.party}</span>
        {source.via && <span className="source-via">, via {source.via}</span>}
        {' — '}
        <cite className="source-outlet">{outlet}</cite>,{' '}
        <span className="source-date">{formatPartialDate(source.published)}</span>
        {source.url && (
          <>
            {' · '}
            <ExternalLink url={source.url}>{hostOf(source.url)}</ExternalLink>
          </>
        )}
        {source.note && <span className="source-note"> {source.note}</span>}
      </figcaption>
    </figure>
  );
}
