import { isShownAt, type TimeIndex } from '../time/timeIndex';
import type { LinkNote, SharedState } from './urlState';

/** What the page knows of a story to check a link's event against its time and layers. */
export interface LinkedEventContext {
  readonly index: TimeIndex;
  /** The time the page opens at when the link gives none. */
  readonly defaultTime: number;
  /** Whether past events are drawn when the link does not say. */
  readonly defaultShowPast: boolean;
  /** The layer an event is drawn in, or null for an event with no place on the map (shown beside it). */
  readonly layerOf: (ordinal: number) => string | null;
  /** The earliest moment the event's first report may have been published (Infinity: never). */
  readonly firstReportAt: (ordinal: number) => number;
}

/**
 * Makes a link's event visible, honestly, where something is known of it: a link with no time opens at the event's
 * first report (or the default time, when that is later and the event is still on the map); an event that is not
 * on the map at the link's time (not started yet, or over while past events are hidden) moves the time to its first
 * report, or its start when it is not on the map then either; an event whose layer the link turns off stays hidden,
 * and the reader is told why. Every change to what the link asked for is added to its notes.
 */
export function reconcileLinkedEvent(shared: SharedState, context: LinkedEventContext): SharedState {
  if (shared.selectedId === undefined) return shared;
  const ordinal = context.index.ordinalOf.get(shared.selectedId);
  if (ordinal === undefined) return shared;
  const notes: LinkNote[] = [...(shared.notes ?? [])];
  const requested = shared.time ?? context.defaultTime;
  const showPast = shared.showPast ?? context.defaultShowPast;
  let time = shared.time;
  const start = context.index.starts[ordinal] as number;
  const reported = Math.max(start, context.firstReportAt(ordinal));
  const whenKnown =
    Number.isFinite(reported) && isShownAt(context.index, ordinal, reported, showPast) ? reported : start;
  if (shared.time === undefined) {
    const stillShown = requested > whenKnown && isShownAt(context.index, ordinal, requested, showPast);
    time = stillShown ? requested : whenKnown;
  } else if (!isShownAt(context.index, ordinal, requested, showPast)) {
    time = whenKnown;
    // A link's own snapped time is superseded: the note says where the page went instead.
    const kept = notes.filter((note) => note.kind !== 'timeSnapped' && note.kind !== 'timeOutside');
    notes.length = 0;
    notes.push(...kept, { kind: 'timeMovedToEvent', eventId: shared.selectedId, requested, shown: time });
  }
  const layer = context.layerOf(ordinal);
  if (layer !== null && shared.layers && !shared.layers[layer]) {
    notes.push({ kind: 'eventLayerOff', eventId: shared.selectedId, layer });
  }
  return { ...shared, time, notes: notes.length > 0 ? notes : undefined };
}
