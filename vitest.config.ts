import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mts}'],
    environment: 'node',
    // Deterministic dates: tests never depend on the machine's zone.
    env: { TZ: 'UTC' },
  },
});
