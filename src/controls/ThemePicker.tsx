import { memo } from 'react';
import { THEMES, type ThemeChoice } from '../state/appState';

const LABELS: Readonly<Record<ThemeChoice, string>> = {
  auto: 'Auto',
  light: 'Light',
  dark: 'Dark',
};

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
      <span className="field-label">Theme</span>
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
