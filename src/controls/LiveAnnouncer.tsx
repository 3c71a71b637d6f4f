import { useEffect, useRef, useState } from 'react';
import { type NewsItem, selectNews } from '../domain/knowledgeIndex';
import { selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { formatNews } from '../popup/formatNews';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatShortEventTime } from '../time/formatTime';
import { eventsStartingIn } from '../time/timeIndex';

/** Quiet time after the last change before announcing, so that playback is not read out frame by frame. */
const ANNOUNCE_DELAY_MS = 900;
const MAX_TITLES = 3;

/**
 * A polite live region announcing, as the reader plays or scrubs forward, the events that appeared and what became
 * known (first reports, figures, corrections), collected and debounced into one message.
 */
export function LiveAnnouncer({ model, time, zone }: { model: StoryModel; time: number; zone: DisplayZone }) {
  const [message, setMessage] = useState('');
  const previous = useRef(time);
  const appearedSince = useRef<number[]>([]);
  const newsSince = useRef<NewsItem[]>([]);
  const timer = useRef<number | undefined>(undefined);

  useEffect(
    function collectWhatAppeared() {
      const from = previous.current;
      previous.current = time;
      if (time <= from) return;
      // Events starting in (from, time], and what became known in it.
      const appeared = eventsStartingIn(model.index, from + 1, time + 1);
      const news = selectNews(model.events, model.knowledge, from, time);
      if (appeared.length === 0 && news.length === 0) return;
      appearedSince.current.push(...appeared);
      newsSince.current.push(...news);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        const ordinals = appearedSince.current;
        const known = newsSince.current;
        appearedSince.current = [];
        newsSince.current = [];
        const parts: string[] = [];
        if (ordinals.length > 0) {
          const named = ordinals.slice(-MAX_TITLES).map((ordinal) => {
            const event = model.events[ordinal];
            return event
              ? `${formatShortEventTime(event, zone)}, ${formatKnownTitle(model.legend, event.kind, selectHeadline(event, time).title)}`
              : '';
          });
          parts.push(interfaceText.events.announce(ordinals.length, named, ordinals.length - named.length));
        }
        if (known.length > 0) {
          const lines = known.slice(-MAX_TITLES).map((item) => formatNews(item, model, time));
          parts.push(interfaceText.news.known(lines, known.length - lines.length));
        }
        setMessage(parts.join(' '));
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
