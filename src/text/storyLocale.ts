/**
 * Numbers as a locale writes them. A story's locale (BCP 47, from story.json's `locale`) travels with the display
 * zone (`DisplayZone.locale`) to whatever formats: nothing here holds a current locale.
 */
export const DEFAULT_LOCALE = 'en-GB';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** True when the locale's language is English ("en", "en-US", "en-GB"…). */
export function isEnglish(locale: string): boolean {
  return /^en(?:-|$)/i.test(locale);
}

/**
 * A number as a locale writes it: "124,334" in en-GB, "124.334" in es-CL. `fractionDigits` fixes the digits after
 * the point ("3.0"); without it, at most `maxFractionDigits` (default 3) are shown. The formatter is built once per
 * locale and option.
 */
export function formatNumber(
  value: number,
  locale: string,
  options: { fractionDigits?: number; maxFractionDigits?: number } = {},
): string {
  const key = `${locale}|${options.fractionDigits ?? ''}|${options.maxFractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: options.fractionDigits ?? 0,
      maximumFractionDigits: options.fractionDigits ?? options.maxFractionDigits ?? 3,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}
