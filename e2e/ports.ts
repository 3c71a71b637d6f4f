/**
 * The local ports the browser tests use, as offsets from one base: `E2E_PORT` sets it (so that a developer can
 * keep their servers running between runs); without it, playwright.config.ts chooses a free base before the
 * servers start (scripts/freePorts.ts) and passes it to the test workers as E2E_PORT. Either way a run never
 * meets `npm start` on 4173, nor another checkout's tests.
 */
const base = Number(process.env.E2E_PORT) || 4173;

/** Offsets from the base: the built site, the host page, the benchmark page, the fixture stories' sites. */
const OFFSETS = { site: 0, host: 1, bench: 5, fixture: 6, sheets: 7, monaco: 8 } as const;

/** The built site (dist/). */
export const SITE_PORT = base + OFFSETS.site;
/** A stand-in article page on another origin, for the embed tests. */
export const HOST_PORT = base + OFFSETS.host;
/** The benchmark page (dist-bench/). */
export const BENCH_PORT = base + OFFSETS.bench;
/** The fixture story's site (dist-fixture/: e2e/fixtures/test-story, built by npm test), for the engine's tests. */
export const FIXTURE_PORT = base + OFFSETS.fixture;
/** The sheets fixture story's site (dist-sheets/: e2e/fixtures/sheets-story, written only as sheets). */
export const SHEETS_PORT = base + OFFSETS.sheets;
/** The Monaco fixture story's site (dist-monaco/: e2e/fixtures/monaco-story, with its street basemap). */
export const MONACO_PORT = base + OFFSETS.monaco;

export const SITE = `http://localhost:${SITE_PORT}`;
export const HOST = `http://localhost:${HOST_PORT}`;
export const BENCH = `http://localhost:${BENCH_PORT}`;
export const FIXTURE = `http://localhost:${FIXTURE_PORT}`;
export const SHEETS = `http://localhost:${SHEETS_PORT}`;
export const MONACO = `http://localhost:${MONACO_PORT}`;
