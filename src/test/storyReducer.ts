import { type AppState, createAppReducer, DEFAULT_STATE } from '../state/appState';
import { buildPacedPlan } from '../time/playback';
import type { TimeAxis } from '../time/timeAxis';

/** The story's layers, as a story.json might declare them. */
export const TEST_LAYER_IDS = ['airport', 'attacks', 'strikes', 'other'];

/** The app's reducer for a story on `axis` with TEST_LAYER_IDS, and its state once the story has loaded. */
export function loadedTestStory(axis: TimeAxis): {
  appReducer: ReturnType<typeof createAppReducer>;
  loaded: AppState;
} {
  const appReducer = createAppReducer({
    axis,
    plan: buildPacedPlan(axis, []),
    legend: { layers: TEST_LAYER_IDS.map((id) => ({ id })) },
  });
  return { appReducer, loaded: appReducer(DEFAULT_STATE, { type: 'storyLoaded' }) };
}
