import { startTransition, useEffect, useState } from 'react';
import { type LoadedStory, loadStory } from './loadStory';

export type StoryStatus = { state: 'loading' } | ({ state: 'done' } & LoadedStory);

/** Loads the story once, after the first paint. */
export function useStory(): StoryStatus {
  const [status, setStatus] = useState<StoryStatus>({ state: 'loading' });
  useEffect(function loadStoryOnce() {
    let cancelled = false;
    loadStory().then(
      // A transition: the whole page renders for the story at once, in slices that leave the page responsive.
      (loaded) => !cancelled && startTransition(() => setStatus({ state: 'done', ...loaded })),
      (error: unknown) =>
        !cancelled && setStatus({ state: 'done', ok: false, problems: [{ file: 'geodata', message: String(error) }] }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return status;
}
