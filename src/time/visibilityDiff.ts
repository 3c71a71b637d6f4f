import { type EventPhase, phaseAt, phaseChangesBetween, type TimeIndex } from './timeIndex';

/** What a layer must do to go from one time to another. All arrays hold ordinals of the time index. */
export interface VisibilityDiff {
  /** Now visible, hidden before. */
  readonly entered: readonly number[];
  /** Hidden now, visible before. */
  readonly left: readonly number[];
  /** Visible before and after, but now in another phase (current ↔ past): restyle only. */
  readonly restyled: readonly number[];
}

/** Whether an event in this phase is drawn. Past events are kept, subdued, unless the reader hides them. */
export function isPhaseVisible(phase: EventPhase, showPast: boolean): boolean {
  return phase === 'current' || (phase === 'past' && showPast);
}

/** The visibility diff between two times, in O(log N + changes). */
export function diffVisibility(index: TimeIndex, from: number, to: number, showPast: boolean): VisibilityDiff {
  const entered: number[] = [];
  const left: number[] = [];
  const restyled: number[] = [];
  for (const ordinal of phaseChangesBetween(index, from, to)) {
    const before = phaseAt(index, ordinal, from);
    const after = phaseAt(index, ordinal, to);
    if (before === after) continue;
    const wasVisible = isPhaseVisible(before, showPast);
    const isVisible = isPhaseVisible(after, showPast);
    if (isVisible && !wasVisible) entered.push(ordinal);
    else if (wasVisible && !isVisible) left.push(ordinal);
    else if (isVisible) restyled.push(ordinal);
  }
  return { entered, left, restyled };
}
