import { memo, useCallback } from 'react';
import type { StoryModel } from '../domain/storyModel';
import type { AppAction, AppState } from '../state/appState';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone, DisplayZoneChoice } from '../time/displayZone';
import { formatSliderValue } from '../time/formatTime';
import { nextEventTime, previousEventTime } from '../time/neighbourEventTime';
import { PlaybackControls } from './PlaybackControls';
import { TimeSlider } from './TimeSlider';
import { TimeZonePicker } from './TimeZonePicker';

export interface TimeControlsProps {
  readonly model: StoryModel;
  readonly state: AppState;
  readonly zone: DisplayZone;
  readonly dispatch: (action: AppAction) => void;
  readonly onActivateEvent: (id: string) => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly minimal?: boolean;
}

/** The time readout, the slider with its event strip, then playback and the time zone in one wrapping row. */
export const TimeControls = memo(function TimeControls(props: TimeControlsProps) {
  const { model, state, zone, dispatch, minimal } = props;
  const onTime = useCallback((time: number) => dispatch({ type: 'setTime', time }), [dispatch]);
  const onStep = useCallback((deltaMs: number) => dispatch({ type: 'stepTime', deltaMs }), [dispatch]);
  const onHome = useCallback(() => dispatch({ type: 'jumpToStart' }), [dispatch]);
  const onEnd = useCallback(() => dispatch({ type: 'jumpToEnd' }), [dispatch]);
  const onScrubStart = useCallback(() => dispatch({ type: 'pause' }), [dispatch]);
  // Formatted once per step, for the readout and the slider's spoken value.
  const valueText = formatSliderValue(state.time, zone);
  const onZone = useCallback((choice: DisplayZoneChoice) => dispatch({ type: 'setZone', zone: choice }), [dispatch]);
  return (
    <section className="time-controls" aria-label={interfaceText.time.controls}>
      <p className="time-readout" aria-hidden="true">
        {valueText}
      </p>
      <TimeSlider
        model={model}
        time={state.time}
        zone={zone}
        valueText={valueText}
        onTime={onTime}
        onStep={onStep}
        onHome={onHome}
        onEnd={onEnd}
        onEventTick={props.onActivateEvent}
        onScrubStart={onScrubStart}
      />
      <div className="time-actions">
        <PlaybackControls
          playing={state.playing}
          speed={state.speed}
          loop={state.loop}
          canGoBack={previousEventTime(model.index, state.time) !== undefined}
          canGoForward={nextEventTime(model.index, state.time) !== undefined}
          onPrevious={props.onPrevious}
          onNext={props.onNext}
          dispatch={dispatch}
          minimal={minimal}
        />
        {!minimal && <TimeZonePicker zone={state.zone} storyZone={model.config.timeZone} onChange={onZone} />}
      </div>
    </section>
  );
});
