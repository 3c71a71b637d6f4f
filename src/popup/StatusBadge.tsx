import type { EventStatus } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';

const LABELS: Record<EventStatus, string> = interfaceText.popup.statuses;

/** The editorial status of an event at the slider's time. */
export function StatusBadge({ status }: { status: EventStatus }) {
  return <span className={`badge badge-status status-${status}`}>{LABELS[status]}</span>;
}
