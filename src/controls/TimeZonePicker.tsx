import { memo } from 'react';
import { interfaceText } from '../text/interfaceText';
import { DISPLAY_ZONE_CHOICES, type DisplayZoneChoice, resolveDisplayZone } from '../time/displayZone';

/** Chooses the zone of every time shown: the story's own (default), UTC, or the reader's. */
export const TimeZonePicker = memo(function TimeZonePicker({
  zone,
  storyZone,
  onChange,
}: {
  zone: DisplayZoneChoice;
  storyZone: { id: string; label: string };
  onChange: (zone: DisplayZoneChoice) => void;
}) {
  return (
    <label className="compact-field">
      <span className="field-label">{interfaceText.time.timesIn}</span>
      <select value={zone} onChange={(event) => onChange(event.target.value as DisplayZoneChoice)}>
        {DISPLAY_ZONE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {choice === 'story'
              ? interfaceText.time.storyZone(storyZone.label)
              : resolveDisplayZone(choice, storyZone).label}
          </option>
        ))}
      </select>
    </label>
  );
});
