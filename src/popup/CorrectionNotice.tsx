import { isPending } from '../domain/publicationDate';
import type { Correction, CorrectionType, StoryEvent } from '../domain/storyEvent';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { PublishedDate } from './PublishedDate';
import { formatOutlet } from './SourceQuote';

export interface CorrectionNoticeProps {
  readonly event: StoryEvent;
  readonly corrections: readonly Correction[];
  readonly model: StoryModel;
  readonly zone: DisplayZone;
  /** The moment the record stands at: a correction inside its window is marked. */
  readonly at: number;
  readonly onNavigate: (id: string) => void;
}

const TYPE_LABELS: Record<CorrectionType, string> = interfaceText.popup.historyKinds;

/** Later findings about this event that are public at the slider's time, each with its date and its source. */
export function CorrectionNotice({ event, corrections, model, zone, at, onNavigate }: CorrectionNoticeProps) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-label={interfaceText.popup.corrections}>
      {corrections.map((correction) => {
        const byEvent = correction.byEvent === undefined ? undefined : model.eventById.get(correction.byEvent);
        const bySource = correction.bySource === undefined ? undefined : event.sources[correction.bySource];
        return (
          <div className="correction" key={correction.published.text + correction.summary}>
            <p className="correction-heading">
              <strong>{TYPE_LABELS[correction.type]}</strong>,{' '}
              <PublishedDate date={correction.published} zone={zone} pending={isPending(correction.published, at)} />
            </p>
            <p>{correction.summary}</p>
            {bySource && (
              <p className="correction-source">
                {interfaceText.popup.correctionSource}
                {bySource.party}
                {bySource.outlet ? ` (${formatOutlet(bySource)})` : ''}
                {interfaceText.popup.below}
              </p>
            )}
            {byEvent && (
              <p className="correction-source">
                {interfaceText.popup.see}{' '}
                <button type="button" className="link-button" onClick={() => onNavigate(byEvent.id)}>
                  {byEvent.title}
                </button>
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
