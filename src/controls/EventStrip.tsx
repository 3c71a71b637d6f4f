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
const EventTicks = memo(function EventTicks({
  ticks,
  onEventTick,
}: {
  ticks: readonly Tick[];
  onEventTick: (id: string) => void;
}) {
  return (
    <>
      {ticks.map((tick) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut; the event list is the accessible way
        // biome-ignore lint/a11y/useKeyWithClickEvents: same jump is on the keyboard via the event list
        <div
          key={tick.id}
          className="event-tick"
          title={tick.title}
          data-event-id={tick.id}
          style={{ left: `${tick.fraction * 100}%`, bottom: `${tick.row * 7}px`, backgroundColor: tick.color }}
          onClick={() => onEventTick(tick.id)}
        />
      ))}
    </>
  );
});

/**
 * The story's events along the slider: one tick per event, coloured by kind, stacked where they coincide;
 * clicking a tick jumps there. What is still to come is veiled by one mask, so a time step changes one style,
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
  return (
    <div className="event-strip" aria-hidden="true">
      {ticks ? <EventTicks ticks={ticks} onEventTick={onEventTick} /> : <EventHistogram model={model} axis={axis} />}
      <div className="strip-future" style={{ left: `${reached * 100}%` }} />
    </div>
  );
});
