import { memo, useEffect, useRef } from 'react';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';
import type { DisplayZone } from '../time/displayZone';
import { startedCount } from '../time/timeIndex';
import { EventRow, eventRowState } from './EventRow';
import { VirtualEventList } from './VirtualEventList';

export interface EventListProps {
  readonly model: StoryModel;
  readonly time: number;
  /** The moment whose knowledge titles and statuses show: the slider's time, or the end of time ("now"). */
  readonly knownAt: number;
  readonly zone: DisplayZone;
  readonly selectedId: string | null;
  readonly playing: boolean;
  readonly onActivate: (id: string) => void;
}

/** Above this many events the list renders only the rows in view. */
export const VIRTUAL_LIST_THRESHOLD = 300;

/**
 * The chronological list of every event, the screen-reader way through the story. Activating an entry jumps the
 * slider, pans the map and opens the popup. Large stories render only the rows in view.
 */
export const EventList = memo(function EventList({
  model,
  time,
  knownAt,
  zone,
  selectedId,
  playing,
  onActivate,
}: EventListProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const latestStarted = startedCount(model.index, time) - 1;
  const virtual = model.events.length > VIRTUAL_LIST_THRESHOLD;

  useEffect(
    function followPlayback() {
      if (!playing || virtual || latestStarted < 0) return;
      const container = containerRef.current;
      const row = container?.querySelectorAll<HTMLElement>('.event-row')[latestStarted];
      if (!container || !row) return;
      const top = row.offsetTop - container.offsetTop;
      if (top < container.scrollTop || top + row.offsetHeight > container.scrollTop + container.clientHeight) {
        container.scrollTop = top - container.clientHeight / 2;
      }
    },
    [playing, latestStarted, virtual],
  );

  return (
    <section className="event-list-section" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
        {interfaceText.events.heading}{' '}
        <span className="muted">({formatNumber(model.events.length, model.config.locale)})</span>
      </h2>
      {virtual ? (
        <VirtualEventList
          model={model}
          time={time}
          knownAt={knownAt}
          zone={zone}
          selectedId={selectedId}
          onActivate={onActivate}
        />
      ) : (
        <div className="event-list-scroll" ref={containerRef}>
          <ol className="event-list">
            {model.events.map((event, ordinal) => (
              <li key={event.id}>
                <EventRow
                  model={model}
                  ordinal={ordinal}
                  {...eventRowState(model, ordinal, time, knownAt)}
                  zone={zone}
                  selected={event.id === selectedId}
                  onActivate={onActivate}
                />
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
});
