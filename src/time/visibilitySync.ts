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
 * visibility diff between the previous time and the new one (O(log N + changes)). Toggling "show past" redraws
 * the past events only. Holds no Leaflet or React: renderers plug in.
 */
export class VisibilitySync {
  private time: number | undefined;
  private showPast = true;
  private readonly shown: Uint8Array;

  constructor(
    private readonly index: TimeIndex,
    private readonly drawing: EventDrawing,
  ) {
    this.shown = new Uint8Array(index.ids.length);
  }

  /** Brings the drawing to time t. Returns how many events changed, for benchmarks and tests. */
  sync(t: number, showPast: boolean): number {
    if (this.time === undefined || showPast !== this.showPast) return this.redraw(t, showPast);
    const diff = diffVisibility(this.index, this.time, t, showPast);
    for (const ordinal of diff.left) this.hide(ordinal);
    for (const ordinal of diff.entered) this.show(ordinal, phaseAt(this.index, ordinal, t));
    for (const ordinal of diff.restyled) this.drawing.restyle(ordinal, phaseAt(this.index, ordinal, t));
    this.drawing.commit?.();
    this.time = t;
    return diff.left.length + diff.entered.length + diff.restyled.length;
  }

  /** Whether an event is drawn now (before layer toggles). */
  isShown(ordinal: number): boolean {
    return this.shown[ordinal] === 1;
  }

  private redraw(t: number, showPast: boolean): number {
    let changes = 0;
    const next = new Uint8Array(this.shown.length);
    for (const ordinal of visibleAt(this.index, t, showPast)) next[ordinal] = 1;
    for (let ordinal = 0; ordinal < next.length; ordinal++) {
      if (this.shown[ordinal] === 1 && next[ordinal] === 0) {
        this.hide(ordinal);
        changes++;
      }
    }
    for (let ordinal = 0; ordinal < next.length; ordinal++) {
      if (next[ordinal] !== 1) continue;
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
    this.drawing.show(ordinal, phase);
  }

  private hide(ordinal: number): void {
    this.shown[ordinal] = 0;
    this.drawing.hide(ordinal);
  }
}
