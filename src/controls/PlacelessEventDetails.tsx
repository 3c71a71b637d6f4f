import { useEffect, useRef } from 'react';
import type { KnowledgeView } from '../domain/knownAt';
import type { StoryEvent } from '../domain/storyEvent';
import type { StoryModel } from '../domain/storyModel';
import { EventPopup } from '../popup/EventPopup';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';

/**
 * Scrolls the page so that as much of `details` shows as fits, without scrolling away the control that has the
 * focus (Previous or Next, which the reader may press again).
 */
function revealBelowFocus(details: HTMLElement): void {
  const box = details.getBoundingClientRect();
  let scroll = Math.max(0, box.bottom - window.innerHeight);
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body && !details.contains(focused)) {
    scroll = Math.min(scroll, Math.max(0, focused.getBoundingClientRect().top - 8));
  }
  if (scroll > 0) window.scrollBy({ top: scroll, behavior: 'instant' });
}

/**
 * The details of a selected event that has no place on the map (a statement in Washington): shown beside the
 * map, with the same content as a popup, never at a made-up coordinate.
 */
export function PlacelessEventDetails(props: {
  event: StoryEvent;
  model: StoryModel;
  time: number;
  known: KnowledgeView;
  zone: DisplayZone;
  focus: boolean;
  /** Brought into view, the focus left where it is (chosen with Previous/Next, which the reader may press again). */
  reveal: boolean;
  onClose: () => void;
  onNavigate: (id: string, at?: number) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(function giveFocusBackOnClose() {
    const before = document.activeElement;
    const details = ref.current;
    return () => {
      const active = document.activeElement;
      const focusWasHere = !active || active === document.body || (details?.contains(active) ?? false);
      if (focusWasHere && before instanceof HTMLElement && before.isConnected) {
        before.focus({ preventScroll: true });
      }
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly selected event takes the focus again
  useEffect(
    function focusDetailsWhenAsked() {
      if (props.focus) ref.current?.querySelector<HTMLElement>('.popup-title')?.focus();
      else if (props.reveal && ref.current) revealBelowFocus(ref.current);
    },
    [props.focus, props.reveal, props.event],
  );
  return (
    <section className="placeless-details" aria-label={interfaceText.events.details} ref={ref}>
      <button
        type="button"
        className="close-button"
        onClick={props.onClose}
        aria-label={interfaceText.events.closeDetails}
      >
        ×
      </button>
      <EventPopup
        event={props.event}
        model={props.model}
        time={props.time}
        known={props.known}
        zone={props.zone}
        onNavigate={props.onNavigate}
      />
    </section>
  );
}
