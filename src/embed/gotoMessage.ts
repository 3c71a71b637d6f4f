import { parseIsoInstant } from '../domain/isoInstant';

/** What a host page may ask the embed to show. */
export type GotoRequest =
  | { readonly kind: 'chapter'; readonly index: number }
  | { readonly kind: 'moment'; readonly time: number; readonly eventId?: string };

/** What a request is checked against. */
export interface GotoContext {
  readonly chapterIds: readonly string[];
  readonly eventIds: { has(id: string): boolean };
  /** The story's time span: a moment outside it is refused. */
  readonly start: number;
  readonly end: number;
}

const MAX_TEXT = 120;

function plainObject(value: unknown): Record<string, unknown> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null ? (value as Record<string, unknown>) : undefined;
}

function onlyKeys(object: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(object).every((key) => allowed.includes(key));
}

/**
 * Reads a host page's `{"map-goto": {"chapter": "<id>" | <number from 1>}}` or
 * `{"map-goto": {"t": "<ISO 8601 instant>", "event": "<optional id>"}}`. Anything else (another shape, extra keys,
 * unknown ids, long strings, moments outside the story) gives undefined, and the embed ignores it.
 */
export function parseGotoMessage(data: unknown, context: GotoContext): GotoRequest | undefined {
  const message = plainObject(data);
  if (!message || !onlyKeys(message, ['map-goto'])) return undefined;
  const goto = plainObject(message['map-goto']);
  if (!goto) return undefined;
  if ('chapter' in goto) {
    if (!onlyKeys(goto, ['chapter'])) return undefined;
    const chapter = goto.chapter;
    if (typeof chapter === 'string' && chapter.length <= MAX_TEXT) {
      const index = context.chapterIds.indexOf(chapter);
      return index >= 0 ? { kind: 'chapter', index } : undefined;
    }
    if (
      typeof chapter === 'number' &&
      Number.isInteger(chapter) &&
      chapter >= 1 &&
      chapter <= context.chapterIds.length
    ) {
      return { kind: 'chapter', index: chapter - 1 };
    }
    return undefined;
  }
  if (!onlyKeys(goto, ['t', 'event']) || typeof goto.t !== 'string' || goto.t.length > 40) return undefined;
  const time = parseIsoInstant(goto.t);
  if (time === undefined || time < context.start || time > context.end) return undefined;
  if (goto.event === undefined) return { kind: 'moment', time };
  if (typeof goto.event !== 'string' || goto.event.length > MAX_TEXT || !context.eventIds.has(goto.event)) {
    return undefined;
  }
  return { kind: 'moment', time, eventId: goto.event };
}
