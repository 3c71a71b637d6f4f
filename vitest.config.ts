import { defineConfig } from 'vitest/config';

/**
 * Two stages of `npm test`: unit tests (fast, no build, run before the build) and integration tests, files named
 * `*.integration.test.ts`, which spawn builds or the project's command-line tools (run after the build, as
 * `vitest run --project integration`). `npx vitest run <file>` runs any of them.
 */
const INTEGRATION = ['src/**/*.integration.test.{ts,tsx}', 'scripts/**/*.integration.test.{ts,mts}'];
const shared = {
  environment: 'node',
  // Deterministic dates: tests never depend on the machine's zone.
  env: { TZ: 'UTC' },
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mts}'],
          exclude: INTEGRATION,
        },
      },
      { test: { ...shared, name: 'integration', include: INTEGRATION } },
    ],
  },
});
