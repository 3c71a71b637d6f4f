import type { Correction, EventStatus, StoryEvent } from './storyEvent';

/** What is known about an event's corrections at time t: a reader at t sees only what was public by then. */
export interface CorrectionState {
  /** Corrections public by t, oldest first. */
  readonly known: readonly Correction[];
  /** Corrections still to come after t (count only: their content is not known yet). */
  readonly pending: number;
  /** The event's status at t. */
  readonly status: EventStatus;
  /** Indexes of sources whose claims were retracted by t. */
  readonly retracted: ReadonlySet<number>;
}

export function correctionsAt(event: Pick<StoryEvent, 'corrections' | 'status'>, t: number): CorrectionState {
  const known = event.corrections.filter((correction) => correction.at <= t);
  let status = event.status;
  const retracted = new Set<number>();
  for (const correction of known) {
    if (correction.statusAfter) status = correction.statusAfter;
    for (const index of correction.retractsSources) retracted.add(index);
  }
  return { known, pending: event.corrections.length - known.length, status, retracted };
}
