import { memo } from 'react';
import { THEMES, type ThemeChoice } from '../state/appState';
import { interfaceText } from '../text/interfaceText';

const LABELS: Readonly<Record<ThemeChoice, string>> = interfaceText.theme.choices;

/** Chooses the page's colours: light, dark, or auto, the reader's system setting (the default). */
export const ThemePicker = memo(function ThemePicker({
  theme,
  onChange,
}: {
  theme: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
}) {
  return (
    <label className="compact-field theme-picker">
      <span className="field-label">{interfaceText.theme.label}</span>
      <select value={theme} onChange={(event) => onChange(event.target.value as ThemeChoice)}>
        {THEMES.map((choice) => (
          <option key={choice} value={choice}>
            {LABELS[choice]}
          </option>
        ))}
      </select>
    </label>
  );
});
