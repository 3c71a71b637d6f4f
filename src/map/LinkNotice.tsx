import { useState } from 'react';
import type { StoryModel } from '../domain/storyModel';
import type { LinkNote } from '../state/urlState';
import type { DisplayZone } from '../time/displayZone';
import { formatSliderValue } from '../time/formatTime';

/** One change the page made to a link, in words. */
function describe(note: LinkNote, model: StoryModel, zone: DisplayZone): string {
  const title = (id: string) => model.eventById.get(id)?.title ?? id;
  switch (note.kind) {
    case 'timeSnapped':
      return `The link’s time, ${formatSliderValue(note.requested, zone)}, falls in a gap of the timeline; the map shows the nearest moment on it, ${formatSliderValue(note.shown, zone)}.`;
    case 'timeMovedToEvent':
      return `“${title(note.eventId)}” is not on the map at the link’s time, ${formatSliderValue(note.requested, zone)}; the map shows it when it started, ${formatSliderValue(note.shown, zone)}.`;
    case 'eventLayerOff': {
      const layer = model.legend.layers.find((candidate) => candidate.id === note.layer)?.label ?? note.layer;
      return `“${title(note.eventId)}” is not shown: the link turns its layer, ${layer}, off. Turn it on in Layers to see it.`;
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
        OK
      </button>
    </div>
  );
}
