import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateSyntheticEvents } from '../bench/syntheticEvents';
import { variants } from '../test/variants';
import { compileValidator } from './compileValidator';
import { eventFeatureSchema } from './eventSchema';
import { placeFeatureSchema } from './placeSchema';

const readFeatures = (path: string): unknown[] =>
  (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features;

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

/** What compileValidator reads of a schema: zod 4's `_zod` (not part of zod's public API). */
type Internals = {
  def: Record<string, unknown> & {
    type: string;
    checks?: { _zod: { def: Record<string, unknown>; check: unknown } }[];
  };
  optin?: string;
  values?: ReadonlySet<unknown>;
  run: (payload: { value: unknown; issues: unknown[] }, context: object) => { issues: unknown[] };
};
const internals = (schema: z.ZodType) => (schema as unknown as { _zod: Internals })._zod;

describe('what compileValidator reads of zod (a zod release that changes it fails here)', () => {
  it('finds each type by the name it switches on, with the parts it reads', () => {
    const inner = z.string();
    expect(
      [z.string(), z.number(), z.boolean(), z.null(), z.undefined(), z.literal('x'), z.enum(['a'])].map(
        (schema) => internals(schema).def.type,
      ),
    ).toEqual(['string', 'number', 'boolean', 'null', 'undefined', 'literal', 'enum']);
    expect([...(internals(z.literal('x')).values ?? [])]).toEqual(['x']);
    expect([...(internals(z.enum(['a', 'b'])).values ?? [])]).toEqual(['a', 'b']);
    const optional = internals(inner.optional());
    expect(optional.def).toMatchObject({ type: 'optional', innerType: inner });
    expect(optional.optin).toBe('optional');
    expect(internals(z.string().default('x')).optin).toBe('defaulted');
    expect(internals(z.coerce.number()).def.coerce).toBe(true);
    expect(internals(z.number()).def.coerce).toBeFalsy();
  });

  it('finds objects’ fields and whether they refuse unknown keys, arrays’ items, tuples’ items and rest, union options', () => {
    const field = z.string();
    expect(internals(z.object({ a: field })).def).toMatchObject({ type: 'object', shape: { a: field } });
    expect(internals(z.object({ a: field })).def.catchall).toBeUndefined();
    const strict = internals(z.strictObject({ a: field })).def.catchall as z.ZodType;
    expect(internals(strict).def.type).toBe('never');
    expect(internals(z.array(field)).def).toMatchObject({ type: 'array', element: field });
    const rest = z.boolean();
    expect(internals(z.tuple([field]).rest(rest)).def).toMatchObject({ type: 'tuple', items: [field], rest });
    expect(internals(z.union([field, rest])).def).toMatchObject({ type: 'union', options: [field, rest] });
  });

  it('finds checks: a pattern, a refinement’s function, and any other check it runs as zod does', () => {
    const pattern = /^a/;
    const [regex] = internals(z.string().regex(pattern)).def.checks ?? [];
    expect(regex?._zod.def).toMatchObject({ check: 'string_format', format: 'regex', pattern });
    const even = (n: number) => n % 2 === 0;
    const [refined] = internals(z.number().refine(even)).def.checks ?? [];
    expect(refined?._zod.def).toMatchObject({ check: 'custom', fn: even });
    expect(refined?._zod.def.when).toBeUndefined();
    const integer = internals(z.number().int()).def.checks?.[0]?._zod;
    const payload = { value: 1.5, issues: [] as unknown[] };
    expect(integer?.check).toBeTypeOf('function');
    if (integer) (integer.check as (payload: unknown) => void)(payload);
    expect(payload.issues).toHaveLength(1);
    expect(internals(z.string()).run({ value: 1, issues: [] }, {}).issues).toHaveLength(1);
    expect(internals(z.string()).run({ value: 'x', issues: [] }, {}).issues).toHaveLength(0);
  });

  it('compiles the story’s feature schemas itself, handing zod only the answers’ record', () => {
    const handed = (schema: z.ZodType) => {
      const types: string[] = [];
      compileValidator(schema, { onRuntimeNode: (type) => types.push(type) });
      return types;
    };
    expect(handed(eventFeatureSchema)).toEqual(['record']);
    expect(handed(placeFeatureSchema)).toEqual([]);
  });
});
