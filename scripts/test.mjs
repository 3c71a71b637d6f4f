#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
/**
 * `npm test`: every check, in order, each reported as it finishes:
 * types, lint, layering (imports run downward, never in a circle: .dependency-cruiser.cjs), data validation (the
 * story and the fixture stories), unit tests, build (the site, and the fixture stories' sites for the engine's and
 * the street basemap's browser tests), bundle budget, integration tests (`*.integration.test.ts`: they spawn
 * builds and the command-line tools), Chromium, browser tests (on free ports of their own, or E2E_PORT's:
 * playwright.config.ts).
 * A failing step does not hide the others (except that browser tests need the build and a browser).
 * Ends with how long each stage took, then one plain line, "N passed, N failed": unit, integration and browser
 * tests count one each, other steps one each.
 */
import { performance } from 'node:perf_hooks';
import { answerHelp } from './answerHelp.mjs';

answerHelp(`
npm test
  Every check in order: types, lint, layering, data validation, unit tests, build, bundle budget, integration
  tests, Chromium, browser tests. Ends with each stage's time, then one line: N passed, N failed. The browser
  tests choose free ports; E2E_PORT fixes them (and, without CI=true, reuses servers running there).
`);

const REPORTS = 'test-results';
/** The fixture story of the engine's browser tests (e2e/engine.spec.ts; npm run build:fixture builds its site). */
const FIXTURE_STORY = 'e2e/fixtures/test-story';
/** The street basemap's fixture story (e2e/streets.spec.ts; npm run build:monaco builds its site). */
const MONACO_STORY = 'e2e/fixtures/monaco-story';
mkdirSync(REPORTS, { recursive: true });
const UNIT_REPORT = `${REPORTS}/unit.json`;
const INTEGRATION_REPORT = `${REPORTS}/integration.json`;
const E2E_REPORT = `${REPORTS}/e2e.json`;
for (const file of [UNIT_REPORT, INTEGRATION_REPORT, E2E_REPORT]) rmSync(file, { force: true });

let passed = 0;
let failed = 0;
const failures = [];
/** How long each stage took, in seconds, in the order they ran. */
const times = [];
const begun = performance.now();

function run(name, command, args, env = {}) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  times.push([name, (performance.now() - started) / 1000]);
  return result.status === 0;
}

/** "95 s" or "6 min 52 s". */
function duration(seconds) {
  const whole = Math.round(seconds);
  return whole < 100 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
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

/** One of vitest's projects (vitest.config.ts), counted from its JSON report. */
function vitestStage(name, project, report) {
  suite(
    name,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    {},
    () => {
      const counts = readJson(report);
      return counts && { passed: counts.numPassedTests, failed: counts.numFailedTests };
    },
  );
}

step('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('lint', 'npx', ['biome', 'check', '.']);
step('layering', 'npm', ['run', 'layers', '--silent']);
step('data validation', 'npx', ['tsx', 'scripts/validate.ts']);
step('fixture data validation', 'npx', ['tsx', 'scripts/validate.ts', FIXTURE_STORY]);
step('sheets fixture validation', 'npx', ['tsx', 'scripts/validate.ts', 'e2e/fixtures/sheets-story']);
step('Monaco fixture data validation', 'npx', ['tsx', 'scripts/validate.ts', MONACO_STORY]);
vitestStage('unit tests', 'unit', UNIT_REPORT);
const siteBuilt = step('build', 'npm', ['run', 'build', '--silent']);
if (siteBuilt) step('bundle budget', 'node', ['scripts/bundleBudget.mjs']);
// The engine's browser tests run against a second, small story, built as any story is (STORY=<folder>).
const fixtureBuilt = step('fixture build', 'npm', ['run', 'build:fixture', '--silent']);
// And a story written only as sheets (e2e/sheets.spec.ts): the build reads its sheets.
const sheetsBuilt = step('sheets fixture build', 'npm', ['run', 'build:sheets-fixture', '--silent']);
// The street basemap's browser tests run against a story in Monaco whose basemap is built from OpenStreetMap.
const monacoBuilt = step('Monaco fixture build', 'npm', ['run', 'build:monaco', '--silent']);
vitestStage('integration tests', 'integration', INTEGRATION_REPORT);
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
console.log(
  `Times: ${times.map(([name, seconds]) => `${name} ${duration(seconds)}`).join(', ')}; ` +
    `total ${duration((performance.now() - begun) / 1000)}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
