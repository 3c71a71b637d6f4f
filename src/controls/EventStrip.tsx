import { memo, useMemo } from 'react';
import { kindSymbolOf } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import { type TimeAxis, timeToFraction } from '../time/timeAxis';
import { EventHistogram } from './EventHistogram';

/** Above this many events, the strip shows a histogram instead of one tick per event. */
export const MAX_EVENT_TICKS = 400;
const STACK_ROWS = 3;
const SAME_PLACE = 0.006;

interface Tick {
  readonly id: string;
  readonly title: string;
  readonly fraction: number;
  readonly color: string;
  readonly row: number;
}

/** The ticks themselves: they depend on the story and the track's layout, never on the time. */
const EventTicks = memo(function EventTicks({ ticks }: { ticks: readonly Tick[] }) {
  return (
    <>
      {ticks.map((tick) => (
        <div
          key={tick.id}
          className="event-tick"
          title={tick.title}
          data-event-id={tick.id}
          style={{ left: `${tick.fraction * 100}%`, bottom: `${tick.row * ROW_STEP}px`, backgroundColor: tick.color }}
        />
      ))}
    </>
  );
});

/** How far from a tick (px) a tap or click still takes it: a tick is 6 px wide, a finger is not. */
const REACH = 16;
const ROW_STEP = 7;
const TICK_HEIGHT = 9;

/** The tick nearest a point in the strip (px from its left and bottom), within reach; undefined when none is. */
export function nearestTick(
  ticks: readonly Pick<Tick, 'id' | 'fraction' | 'row'>[],
  width: number,
  x: number,
  fromBottom: number,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const tick of ticks) {
    const dx = tick.fraction * width - x;
    const dy = tick.row * ROW_STEP + TICK_HEIGHT / 2 - fromBottom;
    const distance = Math.hypot(dx, dy);
    // Of two ticks drawn on the same spot, the first (the earlier event) is taken.
    if (distance <= REACH && distance < bestDistance) {
      best = tick.id;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The story's events along the slider: one tick per event, coloured by kind, stacked where they coincide;
 * clicking or tapping near a tick jumps there. What is still to come is veiled by one mask, so a time step changes one style,
 * not every tick. For the keyboard and screen readers, the event list offers the same jumps.
 */
export const EventStrip = memo(function EventStrip({
  model,
  axis,
  time,
  onEventTick,
}: {
  model: StoryModel;
  axis: TimeAxis;
  time: number;
  onEventTick: (id: string) => void;
}) {
  const ticks = useMemo<Tick[] | undefined>(() => {
    if (model.events.length > MAX_EVENT_TICKS) return undefined;
    const result: Tick[] = [];
    for (const event of model.events) {
      const fraction = timeToFraction(axis, event.start);
      const row = result.filter((tick) => Math.abs(tick.fraction - fraction) < SAME_PLACE).length % STACK_ROWS;
      // The tick names only the kind: a title may not have been published at the slider's time.
      const symbol = kindSymbolOf(model.legend, event.kind);
      result.push({
        id: event.id,
        title: interfaceText.events.tickTitle(symbol.label),
        fraction,
        color: symbol.fill,
        row,
      });
    }
    return result;
  }, [model, axis]);
  const reached = timeToFraction(axis, time);
  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (!ticks) return;
    const box = event.currentTarget.getBoundingClientRect();
    const id = nearestTick(ticks, box.width, event.clientX - box.left, box.bottom - event.clientY);
    if (id !== undefined) onEventTick(id);
  };
  return (
    // A pointer shortcut, hidden from assistive technology: the event list offers the same jumps to everyone.
    <div className="event-strip" aria-hidden="true" onClick={onClick}>
      {ticks ? <EventTicks ticks={ticks} /> : <EventHistogram model={model} axis={axis} />}
      <div className="strip-future" style={{ left: `${reached * 100}%` }} />
    </div>
  );
});
