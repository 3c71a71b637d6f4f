#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
/**
 * `npm test`: every check, in order, each reported as it finishes:
 * types, lint, data validation (the story and the fixture stories), unit tests, build (the site, and the fixture
 * stories' sites for the engine's and the street basemap's browser tests), bundle budget, Chromium, browser tests.
 * A failing step does not hide the others (except that browser tests need the build and a browser).
 * Ends with one plain line, "N passed, N failed": unit and browser tests count one each, other steps one each.
 */
import { answerHelp } from './answerHelp.mjs';

answerHelp(`
npm test
  Every check in order: types, lint, data validation, unit tests, build, bundle budget, Chromium, browser tests.
  Ends with one line: N passed, N failed. Set E2E_PORT to move the browser tests' ports, CI=true to never reuse
  a running server.
`);

const REPORTS = 'test-results';
/** The fixture story of the engine's browser tests (e2e/engine.spec.ts; npm run build:fixture builds its site). */
const FIXTURE_STORY = 'e2e/fixtures/test-story';
/** The street basemap's fixture story (e2e/streets.spec.ts; npm run build:monaco builds its site). */
const MONACO_STORY = 'e2e/fixtures/monaco-story';
mkdirSync(REPORTS, { recursive: true });
const UNIT_REPORT = `${REPORTS}/unit.json`;
const E2E_REPORT = `${REPORTS}/e2e.json`;
for (const file of [UNIT_REPORT, E2E_REPORT]) rmSync(file, { force: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(name, command, args, env = {}) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name, command, args) {
  const ok = run(name, command, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Runs a test suite whose report counts its tests; a suite that crashes without a report counts as one failure. */
function suite(name, command, args, env, count) {
  const ok = run(name, command, args, env);
  const counts = count();
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    if (counts.failed > 0 || !ok) failures.push(name);
    if (!ok && counts.failed === 0) failed++;
  } else {
    failed++;
    failures.push(`${name} (no report)`);
  }
}

step('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['biome', 'check', '.']);
step('data validation', 'npx', ['tsx', 'scripts/validate.ts']);
step('fixture data validation', 'npx', ['tsx', 'scripts/validate.ts', FIXTURE_STORY]);
step('sheets fixture validation', 'npx', ['tsx', 'scripts/validate.ts', 'e2e/fixtures/sheets-story']);
step('Monaco fixture data validation', 'npx', ['tsx', 'scripts/validate.ts', MONACO_STORY]);
suite(
  'unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`],
  {},
  () => {
    const report = readJson(UNIT_REPORT);
    return report && { passed: report.numPassedTests, failed: report.numFailedTests };
  },
);
const siteBuilt = step('build', 'npm', ['run', 'build', '--silent']);
if (siteBuilt) step('bundle budget', 'node', ['scripts/bundleBudget.mjs']);
// The engine's browser tests run against a second, small story, built as any story is (STORY=<folder>).
const fixtureBuilt = step('fixture build', 'npm', ['run', 'build:fixture', '--silent']);
// And a story written only as sheets (e2e/sheets.spec.ts): the build reads its sheets.
const sheetsBuilt = step('sheets fixture build', 'npm', ['run', 'build:sheets-fixture', '--silent']);
// The street basemap's browser tests run against a story in Monaco whose basemap is built from OpenStreetMap.
const monacoBuilt = step('Monaco fixture build', 'npm', ['run', 'build:monaco', '--silent']);
const built = siteBuilt && fixtureBuilt && sheetsBuilt && monacoBuilt;
const browser = step('chromium', 'node', ['scripts/ensureChromium.mjs']);
if (built && browser) {
  suite('browser tests', 'npx', ['playwright', 'test'], { E2E_JSON_REPORT: E2E_REPORT }, () => {
    const report = readJson(E2E_REPORT);
    return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
  });
} else {
  failed++;
  failures.push('browser tests (not run: the build or Chromium is missing)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
if (existsSync(REPORTS)) console.log(`Reports: ${REPORTS}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
