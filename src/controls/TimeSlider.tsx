import { type KeyboardEvent, memo, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import { type AxisBreak, type AxisLabel, buildAxisBreaks, buildAxisLabels } from '../time/axisLabels';
import { calendarNamesOf } from '../time/calendarNames';
import type { DisplayZone } from '../time/displayZone';
import { calendarDayOf } from '../time/formatTime';
import { DAY_MS, fractionToTime, HOUR_MS, layoutTimeAxis, timeToFraction } from '../time/timeAxis';
import { EventStrip } from './EventStrip';

export interface TimeSliderProps {
  readonly model: StoryModel;
  readonly time: number;
  readonly zone: DisplayZone;
  /** The human time, e.g. "Sat 3 Feb 2024, 15:00 Santiago time" (aria-valuetext). */
  readonly valueText: string;
  readonly onTime: (time: number) => void;
  readonly onStep: (deltaMs: number) => void;
  readonly onHome: () => void;
  readonly onEnd: () => void;
  readonly onEventTick: (id: string) => void;
  readonly onScrubStart?: () => void;
}

/** Day labels and break labels under the track: they change with the layout, not with the time. */
const AxisLabelRow = memo(function AxisLabelRow({
  labels,
  breaks,
}: {
  labels: readonly AxisLabel[];
  breaks: readonly AxisBreak[];
}) {
  return (
    <div className="axis-labels" aria-hidden="true">
      {labels.map((label) => (
        <span
          key={label.time}
          className={`axis-label${label.segmentStart ? ' segment-start' : ''}`}
          style={{ left: `${label.fraction * 100}%` }}
        >
          {label.text}
        </span>
      ))}
      {breaks.map((scaleBreak) => (
        <span key={scaleBreak.fraction} className="break-label" style={{ left: `${scaleBreak.fraction * 100}%` }}>
          {scaleBreak.label}
        </span>
      ))}
    </div>
  );
});

/**
 * The time slider: an ARIA slider named "Time" whose value text is the human time. Pointer (mouse, pen, touch)
 * and keyboard move it; the map follows on every input, not on release. Scale breaks keep later events
 * reachable without squashing the main story.
 */
export const TimeSlider = memo(function TimeSlider(props: TimeSliderProps) {
  const { model, time, zone, onTime, onStep, onHome, onEnd } = props;
  const trackRef = useRef<HTMLDivElement>(null);
  const [trackWidth, setTrackWidth] = useState(800);
  useEffect(function measureTrack() {
    const track = trackRef.current;
    if (!track) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setTrackWidth(entry.contentRect.width);
    });
    observer.observe(track);
    return () => observer.disconnect();
  }, []);
  // Laid out in pixels: a short segment after a break keeps room for its date, whatever the width.
  const axis = useMemo(
    () => layoutTimeAxis(model.axis, { breakWidth: 18 / trackWidth, minSegmentWidth: 52 / trackWidth }),
    [model.axis, trackWidth],
  );
  const labels = useMemo(
    () => buildAxisLabels(axis, 34 / trackWidth, (t) => calendarDayOf(t, zone.timeZone), calendarNamesOf(zone.locale)),
    [axis, zone, trackWidth],
  );
  const breaks = useMemo(() => buildAxisBreaks(axis), [axis]);
  const fraction = timeToFraction(axis, time);

  const timeAtPointer = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return time;
    return fractionToTime(axis, (clientX - rect.left) / rect.width);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    props.onScrubStart?.();
    onTime(timeAtPointer(event.clientX));
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus({ preventScroll: true });
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) onTime(timeAtPointer(event.clientX));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        onStep(HOUR_MS);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        onStep(-HOUR_MS);
        break;
      case 'PageUp':
        onStep(DAY_MS);
        break;
      case 'PageDown':
        onStep(-DAY_MS);
        break;
      case 'Home':
        onHome();
        break;
      case 'End':
        onEnd();
        break;
      default:
        return;
    }
    event.preventDefault();
    props.onScrubStart?.();
  };

  return (
    <div className="time-slider">
      <EventStrip model={model} axis={axis} time={time} onEventTick={props.onEventTick} />
      <div className="slider-track-area" ref={trackRef} onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
        <div className="slider-track" aria-hidden="true">
          {axis.segments.map((segment) => (
            <div
              key={segment.start}
              className="track-segment"
              style={{ left: `${segment.from * 100}%`, width: `${(segment.to - segment.from) * 100}%` }}
            >
              <div
                className="track-fill"
                style={{
                  width: `${Math.min(1, Math.max(0, (fraction - segment.from) / (segment.to - segment.from))) * 100}%`,
                }}
              />
            </div>
          ))}
          {breaks.map((scaleBreak) => (
            <div key={scaleBreak.fraction} className="track-break" style={{ left: `${scaleBreak.fraction * 100}%` }} />
          ))}
        </div>
        <div
          role="slider"
          tabIndex={0}
          aria-label={interfaceText.time.slider}
          aria-valuemin={0}
          aria-valuemax={Math.round((axis.end - axis.start) / 60_000)}
          aria-valuenow={Math.round((time - axis.start) / 60_000)}
          aria-valuetext={props.valueText}
          aria-orientation="horizontal"
          className="slider-thumb"
          style={{ left: `${fraction * 100}%` }}
          onKeyDown={onKeyDown}
        />
      </div>
      <AxisLabelRow labels={labels} breaks={breaks} />
    </div>
  );
});
