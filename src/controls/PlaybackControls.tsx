import { memo } from 'react';
import type { AppAction } from '../state/appState';
import { interfaceText } from '../text/interfaceText';
import { PLAYBACK_SPEEDS, type PlaybackSpeedId } from '../time/playback';

export interface PlaybackControlsProps {
  readonly playing: boolean;
  readonly speed: PlaybackSpeedId;
  readonly loop: boolean;
  readonly canGoBack: boolean;
  readonly canGoForward: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly dispatch: (action: AppAction) => void;
  /** Minimal controls (embeds): Play and the neighbouring-event buttons only. */
  readonly minimal?: boolean;
}

const TEXT = interfaceText.playback;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

const ICONS = {
  play: 'M7 4.5v15l13-7.5z',
  pause: 'M6 4.5h4.5v15H6zM13.5 4.5H18v15h-4.5z',
  previous: 'M6 5h2.5v14H6zM9.5 12L19 5v14z',
  next: 'M15.5 5H18v14h-2.5zM14.5 12L5 19V5z',
};

/**
 * Play/Pause, previous/next event, speed and loop. Buttons are named by what they do now. Previous and Next are
 * marked unavailable at the ends rather than disabled: a disabled button drops the keyboard's focus to the page.
 */
export const PlaybackControls = memo(function PlaybackControls(props: PlaybackControlsProps) {
  const { playing, speed, loop, dispatch, minimal } = props;
  return (
    <div className="playback-controls">
      <button
        type="button"
        className="icon-button"
        onClick={() => props.canGoBack && props.onPrevious()}
        aria-disabled={!props.canGoBack || undefined}
        aria-label={TEXT.previousEvent}
        title={TEXT.previousEvent}
      >
        <Icon d={ICONS.previous} />
      </button>
      <button
        type="button"
        className="icon-button play-button"
        onClick={() => dispatch({ type: playing ? 'pause' : 'play' })}
        aria-label={playing ? TEXT.pause : TEXT.play}
        title={playing ? TEXT.pause : TEXT.play}
      >
        <Icon d={playing ? ICONS.pause : ICONS.play} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => props.canGoForward && props.onNext()}
        aria-disabled={!props.canGoForward || undefined}
        aria-label={TEXT.nextEvent}
        title={TEXT.nextEvent}
      >
        <Icon d={ICONS.next} />
      </button>
      {!minimal && (
        <>
          <label className="compact-field">
            <span className="visually-hidden">{TEXT.speed}</span>
            <select
              value={speed}
              onChange={(event) => dispatch({ type: 'setSpeed', speed: event.target.value as PlaybackSpeedId })}
            >
              {PLAYBACK_SPEEDS.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <label className="compact-field checkbox-field">
            <input
              type="checkbox"
              checked={loop}
              onChange={(event) => dispatch({ type: 'setLoop', loop: event.target.checked })}
            />
            {TEXT.loop}
          </label>
        </>
      )}
    </div>
  );
});
