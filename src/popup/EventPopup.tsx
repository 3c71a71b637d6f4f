import { useLayoutEffect, useMemo, useState } from 'react';
import { groupSourcesByParty } from '../domain/compareAccounts';
import { firstReportSource, type KnowledgeView, selectEventAsKnown, shownStatus } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import { formatKnownTitle, kindSymbolOf } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatEventTime } from '../time/formatTime';
import { AccountHistory } from './AccountHistory';
import { AccountsDiffer } from './AccountsDiffer';
import { CorrectionNotice } from './CorrectionNotice';
import { EventPlaceLine } from './EventPlaceLine';
import { FigureSummary } from './FigureSummary';
import { KindSymbolIcon } from './KindSymbolIcon';
import { formatPublishedDate } from './PublishedDate';
import { SourceQuote } from './SourceQuote';
import { StatusBadge } from './StatusBadge';

export interface EventPopupProps {
  readonly event: StoryEvent;
  readonly model: StoryModel;
  /** The slider's time: in the "then" view only what was published by then is shown. */
  readonly time: number;
  readonly known: KnowledgeView;
  readonly zone: DisplayZone;
  /** Opens an event (a correction's link), or this one at a later moment (`at`: its first report). */
  readonly onNavigate: (id: string, at?: number) => void;
  /** Called after the content changed size, so that the popup can re-measure. */
  readonly onContentChange?: () => void;
}

const TEXT = interfaceText.popup;

/** How many sources show before "Show all N sources". */
const SOURCES_SHOWN = 3;

/**
 * An event as a reader may know it at the slider's time: the head (kind, status, title, time, place), what is
 * claimed (where accounts differ, the latest figures), the sources grouped by party, and how the account changed.
 * In the "what we know now" view the whole record shows, with the editor's hindsight.
 */
export function EventPopup({ event, model, time, known, zone, onNavigate, onContentChange }: EventPopupProps) {
  const record = useMemo(() => selectEventAsKnown(event, time, known), [event, time, known]);
  const groups = useMemo(() => groupSourcesByParty(record.sources), [record.sources]);
  const firstReport = useMemo(() => firstReportSource(event), [event]);
  // Which event's sources are expanded: a newly opened event starts collapsed.
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const showAll = expandedId === event.id;
  const symbol = kindSymbolOf(model.legend, event.kind);
  const sourceCount = record.sources.length;
  const hidden = showAll ? 0 : Math.max(0, sourceCount - SOURCES_SHOWN);
  let budget = showAll ? sourceCount : SOURCES_SHOWN;

  // biome-ignore lint/correctness/useExhaustiveDependencies: these decide the content's size
  useLayoutEffect(
    function remeasurePopup() {
      onContentChange?.();
    },
    [event, record, zone, showAll, onContentChange],
  );

  return (
    <article
      className="event-popup-body"
      data-event-id={event.id}
      data-status={shownStatus(record)}
      data-known={known}
      lang={interfaceText.lang}
    >
      <p className="popup-kind">
        <KindSymbolIcon symbol={symbol} size={16} /> {symbol.label}
        {record.title === undefined ? (
          <span className="badge badge-status status-unreported">{TEXT.notYetReported}</span>
        ) : (
          <StatusBadge status={record.status} />
        )}
      </p>
      <h2 className="popup-title" tabIndex={-1}>
        {formatKnownTitle(model.legend, event.kind, record.title)}
      </h2>
      <p className="popup-time">
        <time dateTime={event.startText}>{formatEventTime(event, zone)}</time>
      </p>
      {record.pending && record.title !== undefined && (
        <p className="popup-pending" data-pending="true">
          {record.pending.kind === 'first-report'
            ? TEXT.firstReportedPending(formatPublishedDate(record.pending.published, zone))
            : TEXT.correctionPending(
                TEXT.historyKinds[record.pending.kind],
                formatPublishedDate(record.pending.published, zone),
              )}
        </p>
      )}
      {/* The place's name and how it was located come from the reports: none before the first one. */}
      {record.title !== undefined && (
        <EventPlaceLine event={event} distances={model.distances} named={record.placeNamed} locale={zone.locale} />
      )}
      {known === 'now' && (
        <p className="known-now-label">
          <strong>{TEXT.knownNow}</strong>
          {TEXT.knownNowDetail}
        </p>
      )}
      <CorrectionNotice
        event={event}
        corrections={record.corrections}
        model={model}
        zone={zone}
        at={time}
        onNavigate={onNavigate}
      />
      {sourceCount === 0 && (
        <div className="not-yet-reported">
          <p>{TEXT.nothingPublished}</p>
          {firstReport && (
            <button
              type="button"
              className="link-button"
              onClick={() => onNavigate(event.id, event.firstReport.earliest)}
            >
              {TEXT.goToFirstReport(formatPublishedDate(firstReport.source.published, zone))}
            </button>
          )}
        </div>
      )}
      <AccountsDiffer comparisons={record.comparisons} zone={zone} />
      <FigureSummary figures={record.figures} zone={zone} />
      {sourceCount > 0 && (
        <section className="sources" aria-labelledby={`sources-${event.id}`}>
          <h3 id={`sources-${event.id}`}>{TEXT.sources(sourceCount, known === 'then')}</h3>
          {groups.map((group) => {
            const members = group.sources.slice(0, Math.max(0, budget));
            budget -= members.length;
            if (members.length === 0) return null;
            return (
              <div className="party-group" key={group.party}>
                <h4 className="party-name">{group.party}</h4>
                {members.map(({ source, index, pending }) => (
                  <SourceQuote
                    key={index}
                    source={source}
                    zone={zone}
                    retracted={record.retracted.has(index)}
                    pending={pending}
                  />
                ))}
              </div>
            );
          })}
          {sourceCount > SOURCES_SHOWN && (
            <button
              type="button"
              className="link-button show-all-sources"
              aria-expanded={showAll}
              onClick={() => setExpandedId(showAll ? null : event.id)}
            >
              {showAll ? TEXT.showFewerSources : TEXT.showAllSources(sourceCount)}
              {hidden > 0 && <span className="visually-hidden">{TEXT.moreSources(hidden)}</span>}
            </button>
          )}
        </section>
      )}
      <AccountHistory history={record.history} zone={zone} />
      {known === 'now' && (event.timeNote || record.hindsight) && (
        <section className="hindsight" aria-labelledby={`hindsight-${event.id}`}>
          <h3 id={`hindsight-${event.id}`}>{TEXT.hindsight}</h3>
          {event.timeNote && (
            <p>
              <strong>{TEXT.onTheTime}</strong>
              {event.timeNote}
            </p>
          )}
          {record.hindsight && <p>{record.hindsight}</p>}
        </section>
      )}
    </article>
  );
}
