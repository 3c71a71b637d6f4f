import { interfaceText } from '../text/interfaceText';
import { DEFAULT_LOCALE } from '../text/storyLocale';

/** The time zone a reader chose for the display. */
export type DisplayZoneChoice = 'story' | 'utc' | 'local';

export const DISPLAY_ZONE_CHOICES: readonly DisplayZoneChoice[] = ['story', 'utc', 'local'];

/** A resolved display zone: the IANA id for Intl (undefined = the reader's own) and how to name it. */
export interface DisplayZone {
  readonly choice: DisplayZoneChoice;
  readonly timeZone: string | undefined;
  /** Short label, e.g. "Santiago", "UTC", "your time". */
  readonly label: string;
  /** Suffix for spoken or written times, e.g. "Santiago time". */
  readonly suffix: string;
  /** The story's locale (BCP 47): the language and region dates and numbers are written in. */
  readonly locale: string;
}

let ownZone: string | undefined;
/** The reader's own IANA zone (asked of Intl once: creating a formatter is costly). */
function readersZone(): string {
  ownZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return ownZone;
}

/** Resolves a choice against the story's own zone (e.g. America/Santiago, labelled "Santiago"). */
export function resolveDisplayZone(
  choice: DisplayZoneChoice,
  story: { id: string; label: string },
  locale: string = DEFAULT_LOCALE,
): DisplayZone {
  const text = interfaceText.time;
  if (choice === 'utc') return { choice, timeZone: 'UTC', label: text.utc, suffix: text.utc, locale };
  if (choice === 'local') {
    const own = readersZone();
    return { choice, timeZone: undefined, label: text.yourTime(own), suffix: text.yourTimeSuffix, locale };
  }
  return { choice, timeZone: story.id, label: story.label, suffix: text.storyZone(story.label), locale };
}
