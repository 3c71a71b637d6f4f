/** One-change variants of a value, for tests that compare validators' verdicts with the schema's. */

/** Wrong values of every JSON kind, and the numbers JSON can produce that zod refuses. */
const WRONG_VALUES: unknown[] = [null, 0, -1, 1.5, Number.POSITIVE_INFINITY, '', ' ', 'x', true, [], {}, [1], { a: 1 }];

/** Every variant of `value` with one change: a field removed, replaced by a wrong value, or an unknown key added. */
export function* variants(value: unknown, depth = 0): Generator<unknown> {
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
