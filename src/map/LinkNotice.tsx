import { useState } from 'react';
import type { StoryModel } from '../domain/storyModel';
import type { LinkNote } from '../state/urlState';
import { interfaceText } from '../text/interfaceText';
import type { DisplayZone } from '../time/displayZone';
import { formatSliderValue } from '../time/formatTime';

const TEXT = interfaceText.map;

/** One change the page made to a link, in words. */
function describe(note: LinkNote, model: StoryModel, zone: DisplayZone): string {
  const title = (id: string) => model.eventById.get(id)?.title ?? id;
  switch (note.kind) {
    case 'timeOutside':
      return TEXT.linkTimeOutside(formatSliderValue(note.requested, zone), formatSliderValue(note.shown, zone));
    case 'timeSnapped':
      return TEXT.linkTimeSnapped(formatSliderValue(note.requested, zone), formatSliderValue(note.shown, zone));
    case 'timeMovedToEvent':
      return TEXT.linkTimeMoved(
        title(note.eventId),
        formatSliderValue(note.requested, zone),
        formatSliderValue(note.shown, zone),
      );
    case 'eventLayerOff': {
      const layer = model.legend.layers.find((candidate) => candidate.id === note.layer)?.label ?? note.layer;
      return TEXT.linkLayerOff(title(note.eventId), layer);
    }
  }
}

/**
 * Tells the reader what the page changed in the link it was opened with (a time in a gap of the timeline, an
 * event that had not happened yet at the link's time), so that no link silently shows something else.
 */
export function LinkNotice({
  notes,
  model,
  zone,
}: {
  notes: readonly LinkNote[];
  model: StoryModel;
  zone: DisplayZone;
}) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="map-notice link-notice">
      <div>
        {notes.map((note) => (
          <p key={note.kind}>{describe(note, model, zone)}</p>
        ))}
      </div>
      <button type="button" className="text-button notice-dismiss" onClick={() => setDismissed(true)}>
        {TEXT.dismiss}
      </button>
    </div>
  );
}
