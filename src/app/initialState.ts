import { type AppState, appReducer, DEFAULT_STATE } from '../state/appState';
import { applySharedState, parseUrlState } from '../state/urlState';
import type { StoryModel } from './storyModel';

/** The state a page opens with: defaults on the story's axis, then whatever valid state the link carries. */
export function buildInitialState(model: StoryModel, search: string, overrides: Partial<AppState> = {}): AppState {
  const loaded = appReducer(
    { ...DEFAULT_STATE, ...overrides },
    { type: 'storyLoaded', axis: model.axis, time: overrides.time },
  );
  const shared = parseUrlState(search, {
    axis: model.axis,
    eventIds: model.eventById,
    area: model.config.area,
    chapterIds: model.config.chapters.map((chapter) => chapter.id),
  });
  const opened = applySharedState(loaded, shared);
  const chapter = shared.chapterIndex === undefined ? undefined : model.config.chapters[shared.chapterIndex];
  if (!chapter || shared.chapterIndex === undefined) return opened;
  // A chapter link opens the chapter as its reader left it; nothing plays on load.
  return appReducer(opened, { type: 'enterChapter', chapter, index: shared.chapterIndex, reducedMotion: true });
}
