/** Building blocks shared by the schemas of story.json, events.geojson and places.geojson. */
import { z } from 'zod';
import { parseIsoInstant } from './isoInstant';
import { isHttpUrl } from './safeUrl';

// Zod compiles validators with `new Function` unless told not to; our Content-Security-Policy forbids eval.
z.config({ jitless: true });

/** Text that must not be blank. (A check, not a trimming transform: cheaper, and the text is kept as written.) */
export const requiredText = (what: string) =>
  z.string({ error: `expected ${what} as text` }).regex(/\S/, { error: `expected ${what}, got an empty string` });

/** An author-given id: lowercase letters, digits and hyphens. */
export const slug = (what: string) =>
  z.string({ error: `expected ${what} as text` }).regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
    error: `expected ${what} as a slug of lowercase letters, digits and hyphens (e.g. "abbey-gate-bombing")`,
  });

/** An absolute http(s) URL; anything else (javascript:, data:, relative) is refused. */
export const httpUrl = z.string({ error: 'expected an http(s) URL' }).refine(isHttpUrl, {
  error: (issue) => `expected an http(s) URL, got ${JSON.stringify(issue.input)}`,
});

/** What a number read from JSON is when it overflowed (`1e999` parses as Infinity). */
export const NOT_FINITE = 'got a number too large to represent (e.g. 1e999): not a finite number';

/** A finite number; `1e999` (Infinity once parsed) is named as such rather than as a wrong type. */
export const finiteNumber = (what: string) =>
  z.number({
    error: (issue) =>
      typeof issue.input === 'number' && !Number.isNaN(issue.input)
        ? `expected ${what}, ${NOT_FINITE}`
        : `expected ${what} as a number`,
  });

/** A GeoJSON position: [longitude, latitude] (an altitude may follow). */
export const position = z
  .tuple([z.number({ error: 'expected a longitude number' }), z.number({ error: 'expected a latitude number' })], {
    error: 'expected coordinates as [longitude, latitude]',
  })
  .rest(z.number());

/** An ISO 8601 moment with its offset, e.g. "2021-08-26T18:00:00+04:30". */
export const isoMoment = z
  .string({ error: 'expected an ISO 8601 time with offset, e.g. "2021-08-26T18:00:00+04:30"' })
  .refine((value) => parseIsoInstant(value) !== undefined, {
    error: (issue) =>
      `expected an ISO 8601 time with offset, e.g. "2021-08-26T18:00:00+04:30", got ${JSON.stringify(issue.input)}`,
  });
