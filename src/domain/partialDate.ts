import type { PartialDate } from './storyEvent';

/** Parses "2021-08-30", "2021-08" or "2021" (already checked by the schema) into a PartialDate. */
export function parsePartialDate(text: string, inferred: boolean): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year as number, month, day, inferred };
}
