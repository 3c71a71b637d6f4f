import { memo, useMemo } from 'react';
import type { StoryModel } from '../domain/storyModel';
import { type TimeAxis, timeToFraction } from '../time/timeAxis';

const BINS = 160;

/** For large stories: how many events start in each slice of the track, as bars (no per-event DOM). */
export const EventHistogram = memo(function EventHistogram({ model, axis }: { model: StoryModel; axis: TimeAxis }) {
  const bins = useMemo(() => {
    const counts = new Array<number>(BINS).fill(0);
    for (const start of model.index.starts) {
      const bin = Math.min(BINS - 1, Math.floor(timeToFraction(axis, start) * BINS));
      counts[bin] = (counts[bin] as number) + 1;
    }
    return counts;
  }, [model, axis]);
  const max = Math.max(1, ...bins);
  return (
    <svg className="event-histogram" viewBox={`0 0 ${BINS} 20`} preserveAspectRatio="none" aria-hidden="true">
      {bins.map((count, bin) =>
        count === 0 ? null : (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: bins are positions, fixed for the story
            key={bin}
            x={bin + 0.1}
            width={0.8}
            y={20 - (count / max) * 20}
            height={(count / max) * 20}
            className="bin"
          />
        ),
      )}
    </svg>
  );
});
