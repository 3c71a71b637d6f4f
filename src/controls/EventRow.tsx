import { memo } from 'react';
import { type ShownStatus, selectHeadline, shownStatus } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import { formatKnownTitle, kindSymbolOf } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { KindSymbolIcon } from '../popup/KindSymbolIcon';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatShortEventTime } from '../time/formatTime';
import { type EventPhase, phaseAt } from '../time/timeIndex';

/**
 * Where an event stands at time t, as a row shows it: its phase, and its title and status as known at `knownAt`
 * (the slider's time, or the end of time in the "what we know now" view).
 */
export function eventRowState(
  model: StoryModel,
  ordinal: number,
  time: number,
  knownAt: number,
): { phase: EventPhase; status: ShownStatus; title: string; pending: boolean } {
  const event = model.events[ordinal] as StoryEvent;
  const headline = selectHeadline(event, knownAt);
  return {
    phase: phaseAt(model.index, ordinal, time),
    status: shownStatus(headline),
    title: formatKnownTitle(model.legend, event.kind, headline.title),
    pending: headline.pending !== undefined,
  };
}

const PHASE_LABELS: Record<EventPhase, string> = interfaceText.events.phases;

export interface EventRowProps {
  readonly model: StoryModel;
  readonly ordinal: number;
  readonly phase: EventPhase;
  /** The event's status and title as known (a retraction shows once it is public). */
  readonly status: ShownStatus;
  readonly title: string;
  /** True while the report (or correction) the title rests on may not be public yet. */
  readonly pending: boolean;
  readonly zone: DisplayZone;
  readonly selected: boolean;
  readonly onActivate: (id: string) => void;
}

/** One entry: time, symbol, title; where it stands relative to the slider is said in words as well. */
export const EventRow = memo(function EventRow({
  model,
  ordinal,
  phase,
  status,
  title,
  pending,
  zone,
  selected,
  onActivate,
}: EventRowProps) {
  const event = model.events[ordinal];
  if (!event) return null;
  return (
    <button
      type="button"
      className="event-row"
      data-phase={phase}
      data-event-id={event.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onActivate(event.id)}
    >
      <span className="visually-hidden">{PHASE_LABELS[phase]}: </span>
      <time className="row-time" dateTime={event.startText}>
        {formatShortEventTime(event, zone)}
      </time>
      <KindSymbolIcon symbol={kindSymbolOf(model.legend, event.kind)} size={16} />
      <span className="row-title">{title}</span>
      {pending && <span className="row-note row-pending">{interfaceText.events.pending}</span>}
      {status === 'retracted' && <span className="row-note row-retracted">{interfaceText.events.retracted}</span>}
      {!event.coordinates && <span className="row-note">{interfaceText.events.notOnMap}</span>}
    </button>
  );
});
