import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatJsonSchema, STORY_SCHEMAS } from './jsonSchema';

describe('the JSON Schemas in docs/schema', () => {
  it.each(Object.keys(STORY_SCHEMAS) as (keyof typeof STORY_SCHEMAS)[])(
    '%s is what npm run schema generates from the one schema',
    (name) => {
      expect(readFileSync(`docs/schema/${name}`, 'utf8')).toBe(formatJsonSchema(name));
    },
  );
});
