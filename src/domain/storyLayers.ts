import type { EventKind } from './storyEvent';

/** The map's toggleable story layers, in legend order. */
export const STORY_LAYERS = [
  { id: 'airport', label: 'Airport' },
  { id: 'attacks', label: 'Attacks' },
  { id: 'strikes', label: 'Strikes' },
  { id: 'other', label: 'Other events' },
] as const;
export type StoryLayerId = (typeof STORY_LAYERS)[number]['id'];
export const STORY_LAYER_IDS: readonly StoryLayerId[] = STORY_LAYERS.map((layer) => layer.id);

/** The layer an event of this kind is drawn in. */
export function layerOfKind(kind: EventKind): Exclude<StoryLayerId, 'airport'> {
  if (kind === 'attack' || kind === 'impact') return 'attacks';
  if (kind === 'strike') return 'strikes';
  return 'other';
}
