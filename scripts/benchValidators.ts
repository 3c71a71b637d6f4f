/**
 * `npm run bench:validators`: the fast validator of the events schema (src/domain/compileValidator.ts, closures
 * compiled from the zod schema) against Ajv's code generated from the JSON Schema the project generates from the
 * same zod schema (scripts/jsonSchema.ts), on the benchmark's synthetic events and the story's. Ajv's standalone
 * output is the code `ajv.compile` builds, written out: it is timed as compiled here. The JSON Schema cannot say
 * what the zod schema checks in code (times, publication dates, zones, links, a source's quote-or-paraphrase and
 * outlet-and-link rule, finite numbers), so Ajv is measured twice: on the generated schema as it is, and with those
 * checks added by hand (formats calling the same functions, the source rule as JSON Schema). Each is also run over
 * every one-change variant of the story's and the fixtures' events (as compileValidator.test.ts does) to count the
 * features it would accept that the schema refuses. CPU time of this process, medians of the rounds.
 *
 * Usage: tsx scripts/benchValidators.ts [--size 100000] [--rounds 7]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { _, Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { z } from 'zod';
import { generateSyntheticEvents } from '../src/bench/syntheticEvents';
import { compileValidator } from '../src/domain/compileValidator';
import { eventFeatureSchema } from '../src/domain/eventSchema';
import { parseIsoInstant } from '../src/domain/isoInstant';
import { isKnownTimeZone, parsePublicationDate } from '../src/domain/publicationDate';
import { isHttpUrl } from '../src/domain/safeUrl';
import { variants } from '../src/test/variants';
import { answerHelp } from './answerHelp.mjs';

answerHelp(`
npm run bench:validators -- [--size 100000] [--rounds 7]
  Times the events schema's fast validator (src/domain/compileValidator.ts) against Ajv's code from the generated
  JSON Schema, on the benchmark's synthetic events and the story's, and counts what each accepts that the schema
  refuses. Prints the figures; writes nothing.
`);

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return Number(at >= 0 ? args[at + 1] : fallback);
};
const SIZE = option('size', '100000');
const ROUNDS = option('rounds', '7');

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; items?: JsonSchema };

/** The events schema as `npm run schema` generates it (one feature). */
const generated = z.toJSONSchema(eventFeatureSchema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
delete generated.$schema;

/** The same, with what the zod schema checks in code added by hand. */
function withRefinements(schema: JsonSchema): JsonSchema {
  const full = structuredClone(schema);
  const properties = full.properties?.properties?.properties as Record<string, JsonSchema>;
  for (const key of ['start', 'end']) (properties[key] as JsonSchema).format = 'iso-instant';
  const source = properties.sources?.items as JsonSchema;
  const sourceArticle = { properties: { source_article: { const: true } }, required: ['source_article'] };
  const fields = source.properties as Record<string, JsonSchema>;
  (fields.published as JsonSchema).format = 'published';
  (fields.published_zone as JsonSchema).format = 'time-zone';
  (fields.url as JsonSchema).format = 'http-url';
  source.allOf = [
    { anyOf: [{ required: ['quote'] }, { required: ['paraphrase'] }] },
    // The source article has neither outlet nor link; every other source has both.
    {
      anyOf: [
        { ...sourceArticle, not: { anyOf: [{ required: ['outlet'] }, { required: ['url'] }] } },
        { required: ['outlet', 'url'], not: sourceArticle },
      ],
    },
  ];
  const correction = (properties.corrections as JsonSchema).items?.properties as Record<string, JsonSchema>;
  (correction.at as JsonSchema).format = 'correction-at';
  (correction.at_zone as JsonSchema).format = 'time-zone';
  // Numbers: JSON's 1e999 parses as Infinity, which JSON Schema's "number" lets through.
  const finite = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(finite);
    else if (node && typeof node === 'object') {
      const record = node as JsonSchema;
      if (record.type === 'number' || record.type === 'integer') record.finite = true;
      for (const value of Object.values(record)) finite(value);
    }
  };
  finite(full);
  return full;
}

const formats = {
  'iso-instant': (value: string) => parseIsoInstant(value) !== undefined,
  published: (value: string) => parsePublicationDate(value) !== undefined,
  'correction-at': (value: string) =>
    /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) && parsePublicationDate(value) !== undefined,
  'time-zone': isKnownTimeZone,
  'http-url': isHttpUrl,
};
// Standalone code imports the formats from a module (here named "refinements") instead of closing over them.
const ajv = new Ajv({ strict: false, code: { source: true, esm: true, formats: _`refinements` }, formats });
ajv.addKeyword({
  keyword: 'finite',
  type: 'number',
  schemaType: 'boolean',
  code: (context) => context.fail(_`!isFinite(${context.data})`),
});
const ajvChecked = ajv.compile(withRefinements(generated));
const ajvPlain = new Ajv({ strict: false, code: { source: true, esm: true }, validateFormats: false }).compile(
  generated,
);
const ours = compileValidator(eventFeatureSchema);
const validators: Record<string, (value: unknown) => boolean> = {
  'ours (compileValidator)': ours,
  'Ajv, generated schema + checks added by hand': (value) => ajvChecked(value) as boolean,
  'Ajv, generated schema only': (value) => ajvPlain(value) as boolean,
  'zod (safeParse), for scale': (value) => eventFeatureSchema.safeParse(value).success,
};

const cpuMs = (run: () => void) => {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const readFeatures = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features;

const story = readFeatures('geodata/events.geojson');
const sets: [string, unknown[], number][] = [
  [`the benchmark's synthetic events (seed 1)`, generateSyntheticEvents(SIZE, 1).features, 1],
  // Few events: each round validates them 2,000 times.
  ['the story’s events', story, 2000],
];
console.log(
  `Load average: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(', ')} (1, 5, 15 min)`,
);
for (const [label, features, repeat] of sets) {
  console.log(
    `\n${label}: ${features.length.toLocaleString('en-GB')} events, µs of CPU per event (median of ${ROUNDS})`,
  );
  for (const [name, validate] of Object.entries(validators)) {
    const passing = features.filter(validate).length;
    const rounds = Array.from({ length: ROUNDS }, () =>
      cpuMs(() => {
        for (let i = 0; i < repeat; i++) for (const feature of features) validate(feature);
      }),
    );
    const perEvent = (1000 * median(rounds)) / (features.length * repeat);
    console.log(`  ${name}: ${perEvent.toFixed(2)} µs (${passing} of ${features.length} pass)`);
  }
}

const features = [
  ...story,
  ...readFeatures('e2e/fixtures/hostile-events.geojson'),
  ...readFeatures('e2e/fixtures/known-events.geojson'),
  ...generateSyntheticEvents(3, 1).features,
];
let total = 0;
const accepted: Record<string, number> = Object.fromEntries(Object.keys(validators).map((name) => [name, 0]));
for (const feature of features) {
  for (const variant of variants(feature)) {
    total++;
    if (eventFeatureSchema.safeParse(variant).success) continue;
    for (const [name, validate] of Object.entries(validators))
      if (validate(variant)) accepted[name] = (accepted[name] ?? 0) + 1;
  }
}
console.log(`\nOne-change variants of the story's and the fixtures' events: ${total.toLocaleString('en-GB')}`);
for (const [name, count] of Object.entries(accepted)) console.log(`  ${name}: accepts ${count} that zod refuses`);
console.log(
  `\nAjv's standalone module (generated schema + checks): ${standaloneCode(ajv, ajvChecked).length.toLocaleString('en-GB')} characters`,
);
