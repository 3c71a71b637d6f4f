import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Deterministic dates: tests never depend on the machine's zone.
    env: { TZ: 'UTC' },
  },
});
