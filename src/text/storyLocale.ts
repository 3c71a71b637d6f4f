/**
 * The story's locale (BCP 47, from story.json's `locale`): the language and region that dates and numbers are
 * written in. It is set once, when the story loads, before anything is formatted, and not changed after that;
 * until then (and in tests that do not set it) it is British English.
 */
export const DEFAULT_LOCALE = 'en-GB';

let current = DEFAULT_LOCALE;
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Called once by the story's loading path with its config's locale. */
export function setStoryLocale(locale: string): void {
  current = locale;
}

/** The story's locale, e.g. "en-GB". */
export function storyLocale(): string {
  return current;
}

/** True when the locale's language is English ("en", "en-US", "en-GB"…). */
export function isEnglish(locale: string): boolean {
  return /^en(?:-|$)/i.test(locale);
}

/**
 * A number as the story's locale writes it: "124,334" in en-GB, "124.334" in es-CL. `fractionDigits` fixes the
 * digits after the point ("3.0"); without it, at most `maxFractionDigits` (default 3) are shown. The formatter is
 * built once per locale and option.
 */
export function formatNumber(value: number, options: { fractionDigits?: number; maxFractionDigits?: number } = {}) {
  const key = `${current}|${options.fractionDigits ?? ''}|${options.maxFractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(current, {
      minimumFractionDigits: options.fractionDigits ?? 0,
      maximumFractionDigits: options.fractionDigits ?? options.maxFractionDigits ?? 3,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
