import type { z } from 'zod';

/** Says whether a value certainly passes the schema it was compiled from; false means "ask the schema". */
export type FastValidator = (value: unknown) => boolean;

/** The parts of zod's internals the compiler reads (zod 4's `_zod` of schemas and checks). */
interface Internals {
  readonly def: Record<string, unknown> & { readonly type: string; readonly checks?: readonly Check[] };
  readonly optin?: string;
  readonly values?: ReadonlySet<unknown>;
  run(payload: { value: unknown; issues: unknown[] }, context: object): { issues: unknown[] } | Promise<unknown>;
}
interface Schema {
  readonly _zod: Internals;
}
interface Check {
  readonly _zod: {
    readonly def: Record<string, unknown> & { readonly check: string };
    check(payload: { value: unknown; issues: unknown[] }): unknown;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a compilation may be asked to report: the schema types it handed to zod's runtime. */
export interface CompileOptions {
  readonly onRuntimeNode?: (type: string) => void;
}

/** A node the compiler does not model: zod's own runtime answers for it (same verdict, at zod's speed). */
function runtimeNode(schema: Schema, options: CompileOptions): FastValidator {
  options.onRuntimeNode?.(schema._zod.def.type);
  return (value) => {
    const result = schema._zod.run({ value, issues: [] }, {});
    return !(result instanceof Promise) && result.issues.length === 0;
  };
}

function compileCheck(check: Check): FastValidator {
  const def = check._zod.def;
  if (def.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if (def.check === 'custom' && typeof def.fn === 'function' && def.when === undefined) {
    // A refinement: a truthy answer passes. (An async one cannot be decided here: the schema decides.)
    const refine = def.fn as (value: unknown) => unknown;
    return (value) => {
      const verdict = refine(value);
      return verdict instanceof Promise ? false : Boolean(verdict);
    };
  }
  // Any other check (bounds, integers, lengths, checks on the whole object) runs as zod runs it.
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    const result = check._zod.check(payload);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}

function withChecks(type: FastValidator, checks: readonly Check[] | undefined): FastValidator {
  if (!checks || checks.length === 0) return type;
  const compiled = checks.map(compileCheck);
  return (value) => {
    if (!type(value)) return false;
    for (const check of compiled) if (!check(value)) return false;
    return true;
  };
}

function compileObject(schema: Schema, options: CompileOptions): FastValidator {
  const def = schema._zod.def as Internals['def'] & { shape: Record<string, Schema>; catchall?: Schema };
  const catchall = def.catchall?._zod.def.type;
  // Unknown keys: refused (strictObject) or dropped (object); any other catch-all is zod's business.
  if (catchall !== undefined && catchall !== 'never') return runtimeNode(schema, options);
  const strict = catchall === 'never';
  const fields = Object.entries(def.shape).map(([key, field]) => ({
    key,
    optional: field._zod.optin === 'optional',
    validate: compileNode(field, options),
  }));
  return (value) => {
    if (!isObject(value)) return false;
    let present = 0;
    for (const field of fields) {
      const item = value[field.key];
      // Absent (or undefined, which JSON cannot say): fine for an optional field; zod decides for any other.
      if (item === undefined) {
        if (field.optional) continue;
        return false;
      }
      present++;
      if (!field.validate(item)) return false;
    }
    if (!strict) return true;
    // Every key a field (JSON objects have no inherited keys): counting them is cheaper than listing them.
    let keys = 0;
    for (const _key in value) keys++;
    return keys === present;
  };
}

function compileType(schema: Schema, options: CompileOptions): FastValidator {
  const def = schema._zod.def;
  if ('coerce' in def && def.coerce) return runtimeNode(schema, options);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'undefined':
      return (value) => value === undefined;
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return runtimeNode(schema, options);
      return (value) => values.has(value);
    }
    case 'optional': {
      const inner = def.innerType as Schema;
      if (inner._zod.optin === 'defaulted') return runtimeNode(schema, options);
      const validate = compileNode(inner, options);
      return (value) => value === undefined || validate(value);
    }
    case 'object':
      return compileObject(schema, options);
    case 'array': {
      const validate = compileNode(def.element as Schema, options);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const item of value) if (!validate(item)) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = def.items as Schema[];
      // Optional tuple items change the length rules: zod decides those.
      if (items.some((item) => item._zod.optin !== undefined)) return runtimeNode(schema, options);
      const validateItems = items.map((item) => compileNode(item, options));
      const rest = def.rest ? compileNode(def.rest as Schema, options) : undefined;
      return (value) => {
        if (!Array.isArray(value) || value.length < items.length) return false;
        if (!rest && value.length > items.length) return false;
        for (let i = 0; i < value.length; i++) {
          const validate = i < validateItems.length ? validateItems[i] : rest;
          if (!validate?.(value[i])) return false;
        }
        return true;
      };
    }
    case 'union': {
      const alternatives = (def.options as Schema[]).map((option) => compileNode(option, options));
      return (value) => alternatives.some((alternative) => alternative(value));
    }
    default:
      return runtimeNode(schema, options);
  }
}

function compileNode(schema: Schema, options: CompileOptions): FastValidator {
  return withChecks(compileType(schema, options), schema._zod.def.checks);
}

/**
 * Compiles a zod schema into plain closures that answer one question fast: does a value pass? It reads the
 * schema's definition once (its types, fields and its own checks and refinements, which it calls as they are),
 * so there is still one schema; no code is generated or evaluated (the Content-Security-Policy forbids eval).
 * What it does not model (records, transforms, defaults…) it hands to zod's runtime for that part. `true` is a
 * pass; `false` means the caller asks the schema itself, which finds every problem and words it. The data it
 * accepts is returned as it is, not copied: unknown keys of a non-strict object stay (nothing reads them).
 * What it reads of zod's internals is pinned by compileValidator.test.ts ("what it reads of zod"): a zod release
 * that changes them fails that test, not a reader's page. (Ajv's standalone code from the generated JSON Schemas
 * was measured against it and not taken: docs/benchmarks.md, "Validators".)
 */
export function compileValidator(schema: z.ZodType, options: CompileOptions = {}): FastValidator {
  return compileNode(schema as unknown as Schema, options);
}
