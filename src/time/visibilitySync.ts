import { upperBound } from './sortedSearch';
import { type EventPhase, phaseAt, type TimeIndex, visibleAt } from './timeIndex';
import { diffVisibility } from './visibilityDiff';

/** What a renderer must do for the sync; it is told only about events whose state changes. */
export interface EventDrawing {
  show(ordinal: number, phase: EventPhase): void;
  hide(ordinal: number): void;
  restyle(ordinal: number, phase: EventPhase): void;
  /** Called once after each sync's changes, for work that depends on the set as a whole. */
  commit?(): void;
}

/**
 * Keeps a renderer in step with the time: the first call draws what is visible, later calls apply only the
 * visibility diff between the previous time and the new one (O(log N + changes)). A long jump, whose diff would
 * touch more events than are drawn before and after it, instead clears what is drawn and draws what is visible
 * (O(drawn + visible)). Holds no Leaflet or React: renderers plug in.
 */
export class VisibilitySync {
  private time: number | undefined;
  private showPast = true;
  private readonly shown: Uint8Array;
  /** The drawn ordinals, for a clear that costs what is drawn, not the story's size. */
  private readonly drawn = new Set<number>();
  /** Scratch flags for a redraw, cleared after use. */
  private readonly next: Uint8Array;

  constructor(
    private readonly index: TimeIndex,
    private readonly drawing: EventDrawing,
  ) {
    this.shown = new Uint8Array(index.ids.length);
    this.next = new Uint8Array(index.ids.length);
  }

  /** Brings the drawing to time t. Returns how many events changed, for benchmarks and tests. */
  sync(t: number, showPast: boolean): number {
    if (this.time === undefined || showPast !== this.showPast || this.jumpIsLong(this.time, t, showPast)) {
      return this.redraw(t, showPast);
    }
    const diff = diffVisibility(this.index, this.time, t, showPast);
    for (const ordinal of diff.left) this.hide(ordinal);
    for (const ordinal of diff.entered) this.show(ordinal, phaseAt(this.index, ordinal, t));
    for (const ordinal of diff.restyled) this.drawing.restyle(ordinal, phaseAt(this.index, ordinal, t));
    this.drawing.commit?.();
    this.time = t;
    return diff.left.length + diff.entered.length + diff.restyled.length;
  }

  /**
   * Whether the diff would look at more events than a redraw: the events with a boundary between the two times
   * (two binary searches) against those drawn now and those visible at t (bounded by the events that started in
   * the longest current span before t, or all started ones when past events show).
   */
  private jumpIsLong(from: number, to: number, showPast: boolean): boolean {
    const low = Math.min(from, to);
    const high = Math.max(from, to);
    const { starts, untilSorted, longestSpan } = this.index;
    const boundaries =
      upperBound(starts, high) - upperBound(starts, low) + upperBound(untilSorted, high) - upperBound(untilSorted, low);
    const visibleAfter = showPast
      ? upperBound(starts, to)
      : upperBound(starts, to) - upperBound(starts, to - longestSpan);
    return boundaries > this.drawn.size + visibleAfter;
  }

  private redraw(t: number, showPast: boolean): number {
    let changes = 0;
    const visible = visibleAt(this.index, t, showPast);
    for (const ordinal of visible) this.next[ordinal] = 1;
    for (const ordinal of [...this.drawn]) {
      if (this.next[ordinal] === 0) {
        this.hide(ordinal);
        changes++;
      }
    }
    for (const ordinal of visible) {
      this.next[ordinal] = 0;
      const phase = phaseAt(this.index, ordinal, t);
      if (this.shown[ordinal] === 1) this.drawing.restyle(ordinal, phase);
      else this.show(ordinal, phase);
      changes++;
    }
    this.drawing.commit?.();
    this.time = t;
    this.showPast = showPast;
    return changes;
  }

  private show(ordinal: number, phase: EventPhase): void {
    this.shown[ordinal] = 1;
    this.drawn.add(ordinal);
    this.drawing.show(ordinal, phase);
  }

  private hide(ordinal: number): void {
    this.shown[ordinal] = 0;
    this.drawn.delete(ordinal);
    this.drawing.hide(ordinal);
  }
}
