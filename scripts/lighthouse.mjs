#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
/**
 * `npm run lighthouse`: Lighthouse (mobile preset, simulated throttling) against the built site, served as
 * `npm start` serves it (scripts/serve.mjs: compression, caching, headers), in Debian's Chromium. Prints the
 * performance score, LCP, TBT, CLS and FCP of index.html and embed.html, the median over the runs. A measurement,
 * not a test: not part of `npm test`. Build first (`npm run lighthouse` does).
 *
 * Usage: node scripts/lighthouse.mjs [--runs 3] [--port 8174] [--json file]
 */
import { answerHelp } from './answerHelp.mjs';
import { findChromium } from './findChromium.mjs';
import { startStaticServer } from './serve.mjs';

answerHelp(`
npm run lighthouse -- [--runs 3] [--port 8174] [--json file]
  Builds the site, serves it as npm start does, and prints Lighthouse's mobile scores (performance, LCP, TBT,
  CLS, FCP) of index.html and embed.html, the median over the runs. A measurement, not a test.
`);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const RUNS = Number(option('runs', '3'));
const PORT = Number(option('port', process.env.LIGHTHOUSE_PORT ?? '8174'));
const JSON_OUT = option('json', undefined);
/** The pages. */
const PAGES = ['index.html', 'embed.html'];
/** Audits of the serving and the build: compression, caching, render-blocking files, unused code. */
const SERVER_AUDITS = [
  'uses-text-compression',
  'uses-long-cache-ttl',
  'render-blocking-resources',
  'unused-javascript',
  'total-byte-weight',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

const executablePath = await findChromium();
if (!executablePath) {
  console.error('No Chromium: run node scripts/ensureChromium.mjs first.');
  process.exit(1);
}
const server = await startStaticServer({ port: PORT, root: 'dist', strictPort: false });
const port = server.address().port;
const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    // Every request must stay on localhost, as in the browser tests.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  ],
});
const results = {};
try {
  for (const page of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`http://localhost:${port}/${page}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const { audits, categories } = result.lhr;
      const figures = {
        score: Math.round((categories.performance.score ?? 0) * 100),
        fcpMs: audits['first-contentful-paint'].numericValue,
        lcpMs: audits['largest-contentful-paint'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        speedIndexMs: audits['speed-index'].numericValue,
        // What the server and the build are for: each audit passes (1) or says what it would save.
        checks: Object.fromEntries(
          SERVER_AUDITS.map((id) => [id, audits[id]?.score ?? audits[id]?.scoreDisplayMode ?? 'missing']),
        ),
      };
      runs.push(figures);
      console.log(
        `${page} run ${run + 1}: score ${figures.score}, LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms, CLS ${figures.cls.toFixed(3)}, FCP ${Math.round(figures.fcpMs)} ms`,
      );
    }
    const pick = (key) => median(runs.map((run) => run[key]));
    results[page] = {
      runs,
      median: {
        score: pick('score'),
        fcpMs: pick('fcpMs'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        speedIndexMs: pick('speedIndexMs'),
      },
    };
  }
} finally {
  await chrome.kill();
  server.close();
}

console.log('\nLighthouse (mobile preset, simulated throttling), median of', RUNS, 'runs:');
console.log('| page | performance | LCP | TBT | CLS | FCP |');
console.log('|---|---|---|---|---|---|');
for (const [page, { median: m }] of Object.entries(results)) {
  console.log(
    `| ${page} | ${m.score} | ${(m.lcpMs / 1000).toFixed(2)} s | ${Math.round(m.tbtMs)} ms | ${m.cls.toFixed(3)} | ${(m.fcpMs / 1000).toFixed(2)} s |`,
  );
}
for (const [page, { runs }] of Object.entries(results)) {
  console.log(
    `${page}: ${Object.entries(runs[0]?.checks ?? {})
      .map(([id, score]) => `${id} ${score}`)
      .join(', ')}`,
  );
}
if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify(results, null, 2)}\n`);
