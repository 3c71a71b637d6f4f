import type { StoryModel } from '../domain/storyModel';
import { type AppState, appReducer, DEFAULT_STATE } from '../state/appState';
import type { MapViewState } from '../state/mapViewStore';
import { reconcileLinkedEvent } from '../state/reconcileLinkedEvent';
import { applySharedState, type LinkNote, parseUrlState } from '../state/urlState';

/** The state a page opens with, and what it had to change in its link to show it (to tell the reader). */
export interface InitialState {
  readonly state: AppState;
  readonly notes: readonly LinkNote[];
  /** The map view the link asks for, or null for the story's opening frame. */
  readonly view: MapViewState | null;
}

/**
 * The state a page opens with: defaults on the story's axis, then whatever valid state the link carries, its
 * event made visible (see reconcileLinkedEvent).
 */
export function buildInitialState(model: StoryModel, search: string, overrides: Partial<AppState> = {}): InitialState {
  const loaded = appReducer(model, { ...DEFAULT_STATE, ...overrides }, { type: 'storyLoaded', time: overrides.time });
  const parsed = parseUrlState(search, {
    axis: model.axis,
    eventIds: model.eventById,
    area: model.config.area,
    chapterIds: model.config.chapters.map((chapter) => chapter.id),
    layerIds: model.legend.layers.map((layer) => layer.id),
  });
  const shared = reconcileLinkedEvent(parsed, {
    index: model.index,
    defaultTime: loaded.time,
    defaultShowPast: loaded.showPast,
    layerOf: (ordinal) => {
      const event = model.events[ordinal];
      return event?.coordinates ? (model.legend.kindById.get(event.kind)?.layer ?? null) : null;
    },
    firstReportAt: (ordinal) => model.events[ordinal]?.firstReport.earliest ?? Number.POSITIVE_INFINITY,
  });
  const opened = applySharedState(loaded, shared);
  const chapter = shared.chapterIndex === undefined ? undefined : model.config.chapters[shared.chapterIndex];
  const view = shared.view ?? null;
  if (!chapter || shared.chapterIndex === undefined) return { state: opened, notes: shared.notes ?? [], view };
  // A chapter link opens the chapter as its reader left it (its own moment and event: no notes); nothing plays.
  const entered = { type: 'enterChapter', chapter, index: shared.chapterIndex, reducedMotion: true } as const;
  return { state: appReducer(model, opened, entered), notes: [], view };
}
