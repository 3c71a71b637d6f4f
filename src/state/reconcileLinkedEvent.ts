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
}

/**
 * Makes a link's event visible, honestly: an event that is not on the map at the link's time (not started yet,
 * or over while past events are hidden) moves the time to the event's start; an event whose layer the link turns
 * off stays hidden, and the reader is told why. Every change is added to the link's notes.
 */
export function reconcileLinkedEvent(shared: SharedState, context: LinkedEventContext): SharedState {
  if (shared.selectedId === undefined) return shared;
  const ordinal = context.index.ordinalOf.get(shared.selectedId);
  if (ordinal === undefined) return shared;
  const notes: LinkNote[] = [...(shared.notes ?? [])];
  const requested = shared.time ?? context.defaultTime;
  const showPast = shared.showPast ?? context.defaultShowPast;
  let time = shared.time;
  if (!isShownAt(context.index, ordinal, requested, showPast)) {
    time = context.index.starts[ordinal] as number;
    // A link's own snapped time is superseded: the note says where the page went instead.
    const kept = notes.filter((note) => note.kind !== 'timeSnapped');
    notes.length = 0;
    notes.push(...kept, { kind: 'timeMovedToEvent', eventId: shared.selectedId, requested, shown: time });
  }
  const layer = context.layerOf(ordinal);
  if (layer !== null && shared.layers && !shared.layers[layer]) {
    notes.push({ kind: 'eventLayerOff', eventId: shared.selectedId, layer });
  }
  return { ...shared, time, notes: notes.length > 0 ? notes : undefined };
}
