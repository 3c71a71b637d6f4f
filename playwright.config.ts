import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/findChromium.mjs';
import { chooseFreePortBase } from './scripts/freePorts';

/**
 * The ports' base: E2E_PORT if given (servers already running there are reused, outside CI); else a free one,
 * chosen here, in the runner, before the servers start, and handed to the workers (forked with this environment)
 * as E2E_PORT, where e2e/ports.ts reads it.
 */
const given = Boolean(process.env.E2E_PORT) && !process.env.E2E_PORT_CHOSEN;
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(await chooseFreePortBase());
  process.env.E2E_PORT_CHOSEN = '1';
}
const { BENCH_PORT, FIXTURE_PORT, HOST_PORT, MONACO_PORT, SHEETS_PORT, SITE_PORT } = await import('./e2e/ports');
const PORT = SITE_PORT;
/** Servers found on the ports are used only when the developer named the ports, and never in CI. */
const reuseExistingServer = given && !process.env.CI;
const executablePath = await findChromium();

/**
 * Browser tests run against the built sites, served as a newsroom would host them: the Kabul story (dist/) and, for
 * the engine's tests (e2e/engine.spec.ts), the fixture story (dist-fixture/).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  workers: 2,
  retries: 0,
  reporter: process.env.E2E_JSON_REPORT
    ? [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT }]]
    : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A zone that is neither Kabul nor UTC, so that "the reader's own zone" is really tested.
    timezoneId: 'America/New_York',
    locale: 'en-GB',
    launchOptions: {
      executablePath,
      // Chromium's own look-ups of Google hosts are cut off too: every request must stay on localhost.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
    },
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --strict-port --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer,
      stdout: 'ignore',
    },
    {
      // The benchmark page (built to dist-bench/ by npm run build), for its functional test.
      command: `node scripts/serve.mjs --strict-port --port ${BENCH_PORT} --dir dist-bench`,
      url: `http://localhost:${BENCH_PORT}/bench.html`,
      reuseExistingServer,
      stdout: 'ignore',
    },
    {
      // The fixture story (e2e/fixtures/test-story, built to dist-fixture/ by npm test), for the engine's tests.
      command: `node scripts/serve.mjs --strict-port --port ${FIXTURE_PORT} --dir dist-fixture`,
      url: `http://localhost:${FIXTURE_PORT}/`,
      reuseExistingServer,
      stdout: 'ignore',
    },
    {
      // The story written only as sheets (e2e/fixtures/sheets-story, built to dist-sheets/ by npm test).
      command: `node scripts/serve.mjs --strict-port --port ${SHEETS_PORT} --dir dist-sheets`,
      url: `http://localhost:${SHEETS_PORT}/`,
      reuseExistingServer,
      stdout: 'ignore',
    },
    {
      // The Monaco fixture story (e2e/fixtures/monaco-story, built to dist-monaco/ by npm test), for the street
      // basemap's tests (e2e/streets.spec.ts).
      command: `node scripts/serve.mjs --strict-port --port ${MONACO_PORT} --dir dist-monaco`,
      url: `http://localhost:${MONACO_PORT}/`,
      reuseExistingServer,
      stdout: 'ignore',
    },
    {
      // A host page on another origin, for the embed tests.
      command: `node e2e/hostServer.mjs --port ${HOST_PORT} --embed-origin http://localhost:${SITE_PORT}`,
      url: `http://localhost:${HOST_PORT}/health`,
      reuseExistingServer,
      stdout: 'ignore',
    },
  ],
});
