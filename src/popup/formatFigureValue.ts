import type { Figure } from '../domain/storyEvent';
import { interfaceText } from '../text/interfaceText';
import { formatNumber } from '../text/storyLocale';

/** "at least 170", "13", "up to 10": a figure as its source gave it. */
export function formatFigureValue(figure: Figure, locale: string): string {
  const number = formatNumber(figure.value, locale);
  return figure.qualifier === 'exactly' ? number : interfaceText.popup.qualified(figure.qualifier, number);
}
