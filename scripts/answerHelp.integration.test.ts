import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Every script a user runs, as its npm script runs it (those in .ts through tsx). */
const SCRIPTS = [
  'scripts/import.ts',
  'scripts/validate.ts',
  'scripts/jsonSchema.ts',
  'scripts/bench.ts',
  'scripts/benchValidators.ts',
  'scripts/snapshots.ts',
  'scripts/serve.mjs',
  'scripts/lighthouse.mjs',
  'scripts/blockingTime.mjs',
  'scripts/bundleBudget.mjs',
  'scripts/ensureChromium.mjs',
  'scripts/test.mjs',
];

describe('every script answers --help', { timeout: 120_000 }, () => {
  it.each(SCRIPTS)('%s prints how to use it and does nothing else', (script) => {
    const args = script.endsWith('.ts') ? ['--import', 'tsx', script, '--help'] : [script, '--help'];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // A usage line first (the command), then what it does: nothing was built, measured or written.
    expect(result.stdout).toMatch(/^(npm|node|STORY=)/);
    expect(result.stdout.split('\n').length).toBeGreaterThan(1);
  });
});
