import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateSyntheticEvents } from '../bench/syntheticEvents';
import { compileValidator } from './compileValidator';
import { eventFeatureSchema } from './eventSchema';
import { placeFeatureSchema } from './placeSchema';

const readFeatures = (path: string): unknown[] =>
  (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features;

/** Wrong values of every JSON kind, and the numbers JSON can produce that zod refuses. */
const WRONG_VALUES: unknown[] = [null, 0, -1, 1.5, Number.POSITIVE_INFINITY, '', ' ', 'x', true, [], {}, [1], { a: 1 }];

/** Every variant of `value` with one change: a field removed, replaced by a wrong value, or an unknown key added. */
function* variants(value: unknown, depth = 0): Generator<unknown> {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const wrong of WRONG_VALUES) yield value.map((item, j) => (j === i ? wrong : item));
      for (const inner of variants(value[i], depth + 1)) yield value.map((item, j) => (j === i ? inner : item));
    }
    yield [...value, value[0]];
    yield value.slice(1);
    yield [];
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    yield { ...record, unexpected_key: 1 };
    for (const key of Object.keys(record)) {
      const { [key]: _removed, ...rest } = record;
      yield rest;
      for (const wrong of WRONG_VALUES) yield { ...record, [key]: wrong };
      for (const inner of variants(record[key], depth + 1)) yield { ...record, [key]: inner };
    }
  }
}

function expectSameVerdicts(schema: z.ZodType, features: readonly unknown[]) {
  const passes = compileValidator(schema);
  let checked = 0;
  for (const feature of features) {
    // Valid features take the fast path: the validator knows them.
    expect(passes(feature), JSON.stringify(feature).slice(0, 200)).toBe(schema.safeParse(feature).success);
    for (const variant of variants(feature)) {
      // The validator may be unsure (false) where zod accepts, never sure where zod refuses.
      if (passes(variant)) expect(schema.safeParse(variant).success, JSON.stringify(variant)).toBe(true);
      checked++;
    }
  }
  return checked;
}

describe('compileValidator', () => {
  it('never accepts an event that the schema refuses, over every one-change variant of the story and the fixtures', () => {
    const features = [
      ...readFeatures('geodata/events.geojson'),
      ...readFeatures('e2e/fixtures/hostile-events.geojson'),
      ...readFeatures('e2e/fixtures/known-events.geojson'),
      ...generateSyntheticEvents(3, 1).features,
    ];
    expect(expectSameVerdicts(eventFeatureSchema, features)).toBeGreaterThan(10_000);
  }, 60_000);

  it('never accepts a place that the schema refuses', () => {
    expect(expectSameVerdicts(placeFeatureSchema, readFeatures('geodata/places.geojson'))).toBeGreaterThan(1000);
  });

  it('answers as the schema does for strict and stripping objects, tuples, unions, enums and refinements', () => {
    const schema = z.object({
      strict: z.strictObject({ a: z.string().regex(/^a/), b: z.number().int().positive().optional() }),
      pair: z.tuple([z.number(), z.string()]).rest(z.boolean()),
      either: z.union([z.null(), z.literal('x')]),
      kind: z.enum(['one', 'two']),
      even: z.number().refine((n) => n % 2 === 0),
      list: z.array(z.string()).min(1),
      answers: z.record(z.string(), z.number()).optional(),
    });
    const valid = {
      strict: { a: 'ab', b: 2 },
      pair: [1, 'x', true],
      either: null,
      kind: 'two',
      even: 4,
      list: ['x'],
      answers: { q: 1 },
      extra: 'dropped by zod, ignored here',
    };
    expect(compileValidator(schema)(valid)).toBe(true);
    expect(expectSameVerdicts(schema, [valid])).toBeGreaterThan(100);
  });
});
