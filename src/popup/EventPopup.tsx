import { useLayoutEffect, useMemo } from 'react';
import type { StoryModel } from '../app/storyModel';
import { KindSymbolIcon } from '../controls/KindSymbolIcon';
import { compareAccounts, groupSourcesByParty } from '../domain/compareAccounts';
import { correctionsAt } from '../domain/correctionsAt';
import type { StoryEvent } from '../domain/storyEvent';
import { KIND_SYMBOLS } from '../map/kindSymbols';
import type { DisplayZone } from '../time/displayZone';
import { formatEventTime } from '../time/formatTime';
import { AccountsDiffer } from './AccountsDiffer';
import { CorrectionNotice } from './CorrectionNotice';
import { EventPlaceLine } from './EventPlaceLine';
import { SourceQuote } from './SourceQuote';
import { StatusBadge } from './StatusBadge';

export interface EventPopupProps {
  readonly event: StoryEvent;
  readonly model: StoryModel;
  /** The slider's time: corrections appear only once it has reached them. */
  readonly time: number;
  readonly zone: DisplayZone;
  readonly onNavigate: (id: string) => void;
  /** Called after the content changed size, so that the popup can re-measure. */
  readonly onContentChange?: () => void;
}

/** Everything known about an event at the slider's time: when, where, who said what, and what was corrected. */
export function EventPopup({ event, model, time, zone, onNavigate, onContentChange }: EventPopupProps) {
  const corrections = correctionsAt(event, time);
  const comparisons = useMemo(() => compareAccounts(event.questions, event.sources), [event]);
  const groups = useMemo(() => groupSourcesByParty(event.sources), [event]);
  const symbol = KIND_SYMBOLS[event.kind];
  const knownCount = corrections.known.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: these decide the content's size
  useLayoutEffect(
    function remeasurePopup() {
      onContentChange?.();
    },
    [event, knownCount, zone, onContentChange],
  );

  return (
    <article className="event-popup-body" data-event-id={event.id} data-status={corrections.status}>
      <p className="popup-kind">
        <KindSymbolIcon symbol={symbol} size={16} /> {symbol.label}
        <StatusBadge status={corrections.status} />
      </p>
      <h2 className="popup-title" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="popup-time">
        <time dateTime={event.startText}>{formatEventTime(event, zone)}</time>
      </p>
      {event.timeNote && <p className="time-note muted">{event.timeNote}</p>}
      <EventPlaceLine event={event} airport={model.airport} />
      <CorrectionNotice
        event={event}
        corrections={corrections.known}
        model={model}
        zone={zone}
        onNavigate={onNavigate}
      />
      {event.casualties && (
        <p className="casualties">
          <strong>Casualties: </strong>
          {event.casualties}
        </p>
      )}
      <AccountsDiffer comparisons={comparisons} />
      <section className="sources" aria-label={`Sources (${event.sources.length})`}>
        <h3>Sources ({event.sources.length})</h3>
        {groups.map((group) => (
          <div className="party-group" key={group.party}>
            <h4 className="party-name">{group.party}</h4>
            {group.sources.map(({ source, index }) => (
              <SourceQuote key={index} source={source} retracted={corrections.retracted.has(index)} />
            ))}
          </div>
        ))}
      </section>
      {event.notes && (
        <p className="notes">
          <strong>Editor’s note: </strong>
          {event.notes}
        </p>
      )}
    </article>
  );
}
