#!/usr/bin/env node
/**
 * `npm run blocking-time`: an estimate of Lighthouse's total blocking time that a busy machine does not distort.
 * Lighthouse times the page's tasks by the wall clock, so on a shared machine a task that waits for a core counts
 * as blocking (at a load average of 15–30 on 2 cores its TBT varied 5-fold from one run to the next). This loads
 * each page at Lighthouse's phone size, records a Chromium trace and sums, over the main thread's tasks after the
 * first contentful paint, max(0, 4 × CPU time − 50 ms): the CPU time each task really took, slowed down 4× as
 * Lighthouse's mobile preset does. A measurement for comparing builds, not Lighthouse's figure and not a test.
 *
 * Usage: node scripts/blockingTime.mjs [--dir dist] [--runs 5] [--pages index.html,embed.html] [--port 8175]
 */
import { answerHelp } from './answerHelp.mjs';
import { findChromium } from './findChromium.mjs';
import { startStaticServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
/** Lighthouse's mobile preset: its CPU slow-down and blocking threshold, and its phone's screen. */
const CPU_SLOWDOWN = 4;
const BLOCKING_MS = 50;
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** How long a load is watched: the story, the map and its basemap are in well before. */
const WATCH_MS = 6000;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading', 'toplevel'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The estimate for one traced load, and its longest tasks (start after navigation and CPU time, ms). */
export function estimateBlockingTime(traceEvents) {
  const fcp = traceEvents.find((event) => event.name === 'firstContentfulPaint');
  if (!fcp) throw new Error('the trace has no first contentful paint');
  const onMain = (event) => event.pid === fcp.pid && event.tid === fcp.tid;
  const navigation = traceEvents.find((event) => event.name === 'navigationStart' && onMain(event)) ?? fcp;
  const tasks = traceEvents
    .filter((event) => onMain(event) && event.name === 'RunTask' && event.ph === 'X' && event.ts >= fcp.ts)
    .map((task) => ({ atMs: (task.ts - navigation.ts) / 1000, cpuMs: (task.tdur ?? task.dur) / 1000 }));
  const blockingMs = tasks.reduce((sum, task) => sum + Math.max(0, CPU_SLOWDOWN * task.cpuMs - BLOCKING_MS), 0);
  const longest = tasks.filter((task) => CPU_SLOWDOWN * task.cpuMs > BLOCKING_MS);
  return { fcpMs: (fcp.ts - navigation.ts) / 1000, blockingMs, longest };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  answerHelp(`
npm run blocking-time -- [--dir dist] [--runs 5] [--pages index.html,embed.html] [--port 8175]
  Estimates Lighthouse's total blocking time from the CPU time of the main thread's tasks in a Chromium trace,
  which a busy machine does not distort. A measurement for comparing builds, not a test.
`);
  const { chromium } = await import('@playwright/test');
  const dir = option('dir', 'dist');
  const runs = Number(option('runs', '5'));
  const pages = option('pages', 'index.html,embed.html').split(',');
  const server = await startStaticServer({ port: Number(option('port', '8175')), root: dir, strictPort: false });
  const port = server.address().port;
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  const results = Object.fromEntries(pages.map((page) => [page, []]));
  try {
    // Pages in turn, run after run: a change in the machine's load meets them all.
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const context = await browser.newContext(PHONE);
        const tab = await context.newPage();
        await browser.startTracing(tab, { categories: CATEGORIES });
        await tab.goto(`http://localhost:${port}/${page}`);
        await tab.waitForTimeout(WATCH_MS);
        const trace = JSON.parse((await browser.stopTracing()).toString());
        await context.close();
        const estimate = estimateBlockingTime(trace.traceEvents);
        results[page].push(estimate.blockingMs);
        const tasks = estimate.longest.map((task) => `${Math.round(task.atMs)}:${task.cpuMs.toFixed(0)}`).join(' ');
        console.log(
          `${page} run ${run + 1}: ${Math.round(estimate.blockingMs)} ms (tasks over ${BLOCKING_MS / CPU_SLOWDOWN} ms of CPU, at:ms: ${tasks})`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const [page, values] of Object.entries(results)) {
    console.log(
      `${page}: blocking time estimate, median of ${values.length}: ${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`,
    );
  }
}
