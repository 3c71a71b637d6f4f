/**
 * The schema of a story's event features, written once and used by `npm run validate` and by the app at load
 * time. Messages say what was expected, so that a journalist can fix the file without reading this code.
 */
import { z } from 'zod';
import { parseIsoInstant } from './isoInstant';
import { isKnownTimeZone, parsePublicationDate } from './publicationDate';
import { httpUrl, position, slug, requiredText as text } from './schemaParts';
import { CORRECTION_TYPES, EVENT_STATUSES, FIGURE_QUALIFIERS, TIME_PRECISIONS } from './storyEvent';

/** An ISO 8601 date-time with an explicit offset, e.g. 2021-08-26T17:48:00+04:30. */
export const isoInstantSchema = z
  .string({ error: 'expected an ISO 8601 time with offset, e.g. "2021-08-26T17:48:00+04:30"' })
  .refine((value) => parseIsoInstant(value) !== undefined, {
    error: (issue) =>
      `expected an ISO 8601 time with offset, e.g. "2021-08-26T17:48:00+04:30", got ${JSON.stringify(issue.input)}`,
  });

const PUBLISHED_EXPECTED =
  'expected a publication date "YYYY-MM-DD", or a moment "YYYY-MM-DDTHH:MM±HH:MM" when the time is known ("YYYY-MM" or "YYYY" only with published_day_unknown)';

/** A publication date or moment (see `parsePublicationDate`). */
const publishedSchema = z
  .string({ error: PUBLISHED_EXPECTED })
  .refine((value) => parsePublicationDate(value) !== undefined, {
    error: (issue) => `${PUBLISHED_EXPECTED}, got ${JSON.stringify(issue.input)}`,
  });

/** ± minutes around a known moment ("about 15:00" → 30): at most half a day. */
const uncertaintyMinutes = (what: string) =>
  z
    .number({ error: `expected ± minutes around the ${what}` })
    .positive({ error: 'expected ± minutes above 0' })
    .max(720, { error: 'expected at most 720 minutes (half a day): give the day instead' });

const AT_EXPECTED =
  'expected the day "YYYY-MM-DD" or the moment "YYYY-MM-DDTHH:MM±HH:MM" when the correction became public';

/** When a correction became public: a day or a moment. */
const correctionAtSchema = z
  .string({ error: AT_EXPECTED })
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) && parsePublicationDate(value) !== undefined, {
    error: (issue) => `${AT_EXPECTED}, got ${JSON.stringify(issue.input)}`,
  });

/** An IANA time zone id that this browser's Intl knows. */
export const timeZoneSchema = z
  .string({ error: 'expected an IANA time zone id such as "America/New_York"' })
  .refine(isKnownTimeZone, {
    error: (issue) => `expected an IANA time zone id such as "America/New_York", got ${JSON.stringify(issue.input)}`,
  });

export const sourceSchema = z
  .strictObject({
    party: text('who said it (party)'),
    via: text('who relayed the statement (via)').optional(),
    quote: text('the verbatim quote').optional(),
    paraphrase: text('a paraphrase').optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { error: 'expected a language tag such as "es"' })
      .optional(),
    outlet: text('the outlet').optional(),
    copy_of: text('the original outlet whose report the link copies (copy_of)').optional(),
    reporting: text('whose statement the outlet describes in its own words (reporting)').optional(),
    published: publishedSchema,
    published_zone: timeZoneSchema.optional(),
    published_uncertainty_min: uncertaintyMinutes('publication moment').optional(),
    published_basis: text('where the publication date or time comes from (published_basis)').optional(),
    published_day_unknown: text('why the day of publication cannot be found').optional(),
    published_inferred: z.boolean({ error: 'expected true or false' }).optional(),
    url: httpUrl.optional(),
    source_article: z.boolean({ error: 'expected true or false' }).optional(),
    note: text('a note').optional(),
    answers: z
      .record(slug('a question key'), z.union([z.number(), text('an answer')]), {
        error: 'expected an object of question key → number or text',
      })
      .optional(),
  })
  .check((ctx) => {
    const source = ctx.value;
    if (source.quote === undefined && source.paraphrase === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: source,
        path: ['quote'],
        message: 'expected a verbatim quote (or, only where no wording is available, a paraphrase)',
      });
    }
    if (source.source_article) {
      if (source.outlet !== undefined || source.url !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: source,
          path: [source.outlet !== undefined ? 'outlet' : 'url'],
          message: 'the source article has no known outlet or link: leave outlet and url out',
        });
      }
    } else {
      if (source.outlet === undefined) {
        ctx.issues.push({ code: 'custom', input: source, path: ['outlet'], message: 'expected the outlet' });
      }
      if (source.url === undefined) {
        ctx.issues.push({ code: 'custom', input: source, path: ['url'], message: 'expected an http(s) URL' });
      }
    }
  });

const correctionSchema = z.strictObject({
  type: z.enum(CORRECTION_TYPES, { error: `expected type to be one of ${CORRECTION_TYPES.join(', ')}` }).optional(),
  /** Optional with by_source or by_event: the correction then has that source's (or that report's) window. */
  at: correctionAtSchema.optional(),
  at_zone: timeZoneSchema.optional(),
  at_uncertainty_min: uncertaintyMinutes('moment').optional(),
  at_basis: text('where the date or time of the correction comes from (at_basis)').optional(),
  title_after: text('the title shown from this correction on').optional(),
  summary: text('what the correction changed (summary)'),
  by_event: slug('the id of the correcting event').optional(),
  by_source: z.number().int().nonnegative({ error: 'expected the index of a source of this event' }).optional(),
  retracts_sources: z.array(z.number().int().nonnegative()).optional(),
  status_after: z.enum(EVENT_STATUSES, { error: `expected one of ${EVENT_STATUSES.join(', ')}` }).optional(),
});

const placeSchema = z.strictObject({
  name: text('the place name'),
  id: slug('a place id').optional(),
  estimate: z.boolean({ error: 'expected estimate: true or false (is the coordinate derived, not sourced?)' }),
  uncertainty_m: z
    .number({ error: 'expected the location uncertainty in metres' })
    .positive({ error: 'expected a location uncertainty above 0 m' })
    .max(100_000, { error: 'expected a location uncertainty of at most 100 km' })
    .optional(),
  basis: text('the basis of the location (where the coordinate comes from)'),
  reported_by: z
    .array(z.number().int().nonnegative({ error: 'expected the index of a source of this event' }), {
      error: 'expected a list of indexes of the sources that name or locate the place',
    })
    .min(1, { error: 'expected at least one source index' })
    .optional(),
});

const figureSchema = z.strictObject({
  series: slug('a series key (figures that count the same thing share it)'),
  label: text('what the figure counts (label)'),
  value: z.number({ error: 'expected a number' }).nonnegative({ error: 'expected a number of at least 0' }),
  qualifier: z.enum(FIGURE_QUALIFIERS, { error: `expected qualifier to be one of ${FIGURE_QUALIFIERS.join(', ')}` }),
  source: z.number().int().nonnegative({ error: 'expected the index of the source that gives the figure' }),
  note: text('a note').optional(),
  /** How the figure was counted, in words (a chart's table shows it). */
  basis: text('how the figure was counted (basis)').optional(),
  /** Where the figure or what it counts is the editor's inference rather than the source's words: why. */
  inference: text("why the figure or its baseline is the editor's inference").optional(),
});

export const eventPropertiesSchema = z.strictObject({
  title: text('a title'),
  /** One of the story's kinds (story.json `kinds`), checked against them by parseEvents. */
  kind: slug('the id of one of the story’s kinds'),
  start: isoInstantSchema,
  end: isoInstantSchema.optional(),
  time_precision: z.enum(TIME_PRECISIONS, {
    error: `expected time_precision to be one of ${TIME_PRECISIONS.join(', ')}`,
  }),
  time_uncertainty_min: z.number().positive({ error: 'expected ± minutes above 0' }).optional(),
  time_note: text('a note on the time').optional(),
  place: placeSchema.optional(),
  place_name: text('the name of the place (for events with no coordinates)').optional(),
  status: z.enum(EVENT_STATUSES, { error: `expected status to be one of ${EVENT_STATUSES.join(', ')}` }),
  sources: z
    .array(sourceSchema, { error: 'expected a list of sources' })
    .min(1, { error: 'expected at least one source: every event must say who said it' }),
  questions: z.array(z.strictObject({ key: slug('a question key'), label: text('a question label') })).optional(),
  corrections: z.array(correctionSchema).optional(),
  figures: z.array(figureSchema, { error: 'expected a list of figures' }).optional(),
  hindsight: text("the editor's notes written later (hindsight)").optional(),
  // Undated free text cannot be shown honestly at a moment: these older fields are refused with the way forward.
  casualties: z
    .undefined({
      error: 'casualties is no longer used: give each number as a dated figure (figures, with its source)',
    })
    .optional(),
  notes: z
    .undefined({
      error: "notes is no longer used: give dated statements as sources, and the editor's later notes as hindsight",
    })
    .optional(),
});

export const eventFeatureSchema = z.object({
  type: z.literal('Feature', { error: 'expected "type": "Feature"' }),
  id: slug('a feature id'),
  geometry: z.union([z.null(), z.object({ type: z.literal('Point'), coordinates: position })], {
    error: 'expected a Point geometry, or null for an event with no place on the map',
  }),
  properties: eventPropertiesSchema,
});

export type RawEventFeature = z.infer<typeof eventFeatureSchema>;
export type RawSource = z.infer<typeof sourceSchema>;
