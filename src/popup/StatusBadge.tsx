import type { EventStatus } from '../domain/storyEvent';

const LABELS: Record<EventStatus, string> = {
  reported: 'Reported',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  retracted: 'Retracted',
};

/** The editorial status of an event at the slider's time. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`badge badge-status status-${status}`}>{LABELS[status]}</span>;
}
