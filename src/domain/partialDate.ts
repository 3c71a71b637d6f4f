import type { PartialDate } from './storyEvent';

/** Parses "2021-08-30", "2021-08" or "2021" (already checked by the schema) into a PartialDate. */
export function parsePartialDate(text: string, inferred: boolean): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year as number, month, day, inferred };
}

/** The last instant (UTC ms, exclusive) a partial date could refer to, for "published by then?" questions. */
export function partialDateEnd(date: PartialDate): number {
  if (date.day !== undefined && date.month !== undefined) return Date.UTC(date.year, date.month - 1, date.day + 1);
  if (date.month !== undefined) return Date.UTC(date.year, date.month, 1);
  return Date.UTC(date.year + 1, 0, 1);
}
