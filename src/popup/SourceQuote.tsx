import type { Source } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { ExternalLink, hostOf } from './ExternalLink';
import { PublishedDate } from './PublishedDate';

/** The outlet line for the source article, whose outlet is not known and is never invented. */
export const SOURCE_ARTICLE_LABEL = interfaceText.popup.sourceArticle;

/** "Reuters, via a copy on thecorrespondent.pk", "AP", or the source article's label. */
export function formatOutlet(source: Source): string {
  if (source.sourceArticle) return SOURCE_ARTICLE_LABEL;
  if (source.copyOf) return interfaceText.popup.viaCopy(source.copyOf, source.outlet ?? '');
  return source.outlet ?? '';
}

/** One source: its words as a block quote (or a clearly marked paraphrase), attributed, dated and linked. */
export function SourceQuote({
  source,
  retracted,
  pending = false,
  zone,
}: {
  source: Source;
  retracted: boolean;
  /** True while the slider stands inside the source's publication window. */
  pending?: boolean;
  zone: DisplayZone;
}) {
  return (
    <figure
      className={`source${retracted ? ' is-retracted' : ''}`}
      data-source-article={source.sourceArticle || undefined}
    >
      {retracted && <p className="badge badge-retracted">{interfaceText.popup.retractedClaim}</p>}
      {source.quote !== undefined ? (
        <blockquote lang={source.language}>
          <p>{source.quote}</p>
        </blockquote>
      ) : (
        <p className="paraphrase">
          <span className="paraphrase-label">{interfaceText.popup.paraphrase}</span>
          {source.paraphrase}
        </p>
      )}
      <figcaption>
        <span className="source-party">{source.party}</span>
        {source.reporting && (
          <span className="source-reporting">{interfaceText.popup.reporting(source.reporting)}</span>
        )}
        {source.via && <span className="source-via">{interfaceText.popup.via(source.via)}</span>}
        {' — '}
        <cite className="source-outlet">{formatOutlet(source)}</cite>,{' '}
        <PublishedDate date={source.published} zone={zone} pending={pending} />
        {source.url && (
          <>
            {' · '}
            <ExternalLink url={source.url}>{hostOf(source.url)}</ExternalLink>
          </>
        )}
        {source.publishedDayUnknown && (
          <span className="source-note">{interfaceText.popup.dayUnknown(source.publishedDayUnknown)}</span>
        )}
        {source.note && <span className="source-note"> {source.note}</span>}
      </figcaption>
    </figure>
  );
}
