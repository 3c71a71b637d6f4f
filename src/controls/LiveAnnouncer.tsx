import { useEffect, useRef, useState } from 'react';
import { selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatShortEventTime } from '../time/formatTime';
import { eventsStartingIn } from '../time/timeIndex';

/** Quiet time after the last change before announcing, so that playback is not read out frame by frame. */
const ANNOUNCE_DELAY_MS = 900;
const MAX_TITLES = 3;

/**
 * A polite live region announcing the events that appeared while the reader played or scrubbed forward,
 * collected and debounced into one message.
 */
export function LiveAnnouncer({ model, time, zone }: { model: StoryModel; time: number; zone: DisplayZone }) {
  const [message, setMessage] = useState('');
  const previous = useRef(time);
  const collected = useRef<number[]>([]);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function collectAppearedEvents() {
      const from = previous.current;
      previous.current = time;
      if (time <= from) return;
      // Events starting in (from, time]: those that just appeared.
      const appeared = eventsStartingIn(model.index, from + 1, time + 1);
      if (appeared.length === 0) return;
      collected.current.push(...appeared);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        const ordinals = collected.current;
        collected.current = [];
        const named = ordinals.slice(-MAX_TITLES).map((ordinal) => {
          const event = model.events[ordinal];
          return event
            ? `${formatShortEventTime(event, zone)}, ${formatKnownTitle(model.legend, event.kind, selectHeadline(event, time).title)}`
            : '';
        });
        const more = ordinals.length - named.length;
        setMessage(interfaceText.events.announce(ordinals.length, named, more));
      }, ANNOUNCE_DELAY_MS);
    },
    [time, model, zone],
  );
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </div>
  );
}
