import { memo, useState } from 'react';
import type { StoryModel } from '../domain/storyModel';
import type { DisplayZone } from '../time/displayZone';
import { EventRow, eventRowState } from './EventRow';

const ROW_HEIGHT = 40;
const OVERSCAN = 8;
const VIEW_HEIGHT = 480;

/**
 * A windowed list for large stories: only the rows in view (plus a few) exist in the DOM, positioned inside a
 * spacer of the full height, so scrolling through 100,000 entries stays fast. Rows keep list semantics with
 * their position in the set.
 */
export const VirtualEventList = memo(function VirtualEventList(props: {
  model: StoryModel;
  time: number;
  knownAt: number;
  zone: DisplayZone;
  selectedId: string | null;
  onActivate: (id: string) => void;
}) {
  const { model, time, knownAt, zone, selectedId, onActivate } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const count = model.events.length;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let ordinal = first; ordinal < last; ordinal++) {
    const event = model.events[ordinal];
    if (!event) continue;
    rows.push(
      <li
        key={event.id}
        aria-setsize={count}
        aria-posinset={ordinal + 1}
        style={{ position: 'absolute', top: ordinal * ROW_HEIGHT, height: ROW_HEIGHT, left: 0, right: 0 }}
      >
        <EventRow
          model={model}
          ordinal={ordinal}
          {...eventRowState(model, ordinal, time, knownAt)}
          zone={zone}
          selected={event.id === selectedId}
          onActivate={onActivate}
        />
      </li>,
    );
  }
  return (
    <div
      className="event-list-scroll is-virtual"
      style={{ height: VIEW_HEIGHT }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ol className="event-list" style={{ position: 'relative', height: count * ROW_HEIGHT }}>
        {rows}
      </ol>
    </div>
  );
});
