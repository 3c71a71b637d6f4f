/**
 * The local ports the browser tests use. `E2E_PORT` moves them all (site, host page, benchmark page, fixture story),
 * so that two checkouts can run their browser tests side by side on one machine.
 */
const base = Number(process.env.E2E_PORT) || 4173;

/** The built site (dist/). */
export const SITE_PORT = base;
/** A stand-in article page on another origin, for the embed tests. */
export const HOST_PORT = base + 1;
/** The benchmark page (dist-bench/). */
export const BENCH_PORT = base + 5;
/** The fixture story's site (dist-fixture/: e2e/fixtures/test-story, built by npm test), for the engine's tests. */
export const FIXTURE_PORT = base + 6;
/** The sheets fixture story's site (dist-sheets/: e2e/fixtures/sheets-story, written only as sheets). */
export const SHEETS_PORT = base + 7;
/** The Monaco fixture story's site (dist-monaco/: e2e/fixtures/monaco-story, with its street basemap). */
export const MONACO_PORT = base + 8;

export const SITE = `http://localhost:${SITE_PORT}`;
export const HOST = `http://localhost:${HOST_PORT}`;
export const BENCH = `http://localhost:${BENCH_PORT}`;
export const FIXTURE = `http://localhost:${FIXTURE_PORT}`;
export const SHEETS = `http://localhost:${SHEETS_PORT}`;
export const MONACO = `http://localhost:${MONACO_PORT}`;
