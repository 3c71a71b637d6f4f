/**
 * `npm run bench`: our map core against Leaflet.TimeDimension, in one Chromium session, on the same seeded
 * synthetic data (1,000, 10,000 and 100,000 events), basemap, canvas renderer and view. Prints a table and writes
 * docs/benchmarks.json and docs/benchmarks.md. Not part of `npm test`: tests never assert on timings.
 *
 * Usage: tsx scripts/bench.ts [--sizes 1000,10000,100000] [--quick] [--port 4176 (the benchmark page; the site on the
 * next port)] [--render (rewrite the Markdown from the JSON)]
 */

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { type Browser, type CDPSession, chromium, type Page } from '@playwright/test';
import { answerHelp } from './answerHelp.mjs';
import { measurePage } from './bundleBudget.mjs';
import { findChromium } from './findChromium.mjs';
import { startStaticServer } from './serve.mjs';

answerHelp(`
npm run bench -- [--sizes 1000,10000,100000] [--quick] [--port 4176] [--render]
  Builds the site and the benchmark page, then measures our map core against Leaflet.TimeDimension in Chromium
  on the same seeded synthetic data; prints a table and writes docs/benchmarks.json and docs/benchmarks.md.
  --render rewrites the Markdown from the JSON without measuring.
`);

type Impl = 'ours' | 'peer';
/** The implementations whose first render is measured: ours, the peer, and the floor (parse and draw once). */
type LoadImpl = Impl | 'floor';
type Mode = 'window' | 'cumulative';

interface Distribution {
  median: number;
  p95: number;
}
interface StepFigures {
  sync: Distribution;
  painted: Distribution;
}
interface Run {
  impl: Impl;
  size: number;
  mode: Mode;
  /** First render: the median of the loads (`runsMs`, each in a fresh page); `detail` of the first of them. */
  load: { syncMs: number; paintedMs: number; runsMs?: number[]; detail: Record<string, number> };
  forward: StepFigures;
  random: StepFigures;
  empty: StepFigures;
  fps?: number;
  heapAfterLoadMb: number;
  heapAfterStepsMb?: number;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const SIZES = (option('sizes') ?? '1000,10000,100000').split(',').map(Number);
/** Measured steps per scenario (the issue asks for at least 50). */
const STEPS = quick ? 20 : 60;
const HEAP_STEPS = quick ? 200 : 1000;
const PLAY_SECONDS = quick ? 3 : 10;
/** First renders measured per implementation, size and mode, each in a fresh page: the median is reported. */
const LOAD_RUNS = quick ? 3 : 5;
const BENCH_PORT = Number(option('port') ?? 4176);
const SITE_PORT = BENCH_PORT + 1;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
const distribution = (values: number[]): Distribution => ({
  median: percentile(values, 50),
  p95: percentile(values, 95),
});

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1_000_000;
}

/** Opens the benchmark page in a fresh page and loads its data at day 10: the page, and the load's figures. */
async function openAndLoad(browser: Browser, impl: LoadImpl, size: number, mode: Mode, query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://localhost:${BENCH_PORT}/bench.html?impl=${impl}&n=${size}&mode=${mode}&seed=1${query}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const load = await page.evaluate(async () => {
    const bench = window.bench;
    if (!bench) throw new Error('no bench harness');
    return bench.load(bench.range.start + 10 * 86_400_000);
  });
  return { page, load };
}

/** Measured steps, run in the page (see measureScenario in src/bench/benchApi.ts). */
async function measureSteps(page: Page, kind: 'forward' | 'random' | 'empty', count: number, seed: number) {
  return page.evaluate(
    ({ kind, count, seed }) => {
      if (!window.bench || !window.benchTools) throw new Error('no bench harness');
      return window.benchTools.measureScenario(window.bench, kind, count, seed);
    },
    { kind, count, seed },
  );
}

async function runScenario(
  browser: Browser,
  impl: Impl,
  size: number,
  mode: Mode,
  withHeapSteps: boolean,
): Promise<Run> {
  const { page, load } = await openAndLoad(browser, impl, size, mode);
  const cdp = await page.context().newCDPSession(page);
  // Let the basemap and the first frames settle before measuring steps.
  await page.waitForTimeout(1500);
  const heapAfterLoadMb = await heapMb(cdp);
  const forward = await measureSteps(page, 'forward', STEPS, 7);
  const random = await measureSteps(page, 'random', STEPS, 11);
  const empty = await measureSteps(page, 'empty', STEPS, 13);
  let fps: number | undefined;
  if (mode === 'window') {
    fps = await page.evaluate((seconds) => window.bench?.play(seconds, 6 * 3_600_000) ?? 0, PLAY_SECONDS);
  }
  let heapAfterStepsMb: number | undefined;
  if (withHeapSteps) {
    await page.evaluate((count) => {
      if (!window.bench || !window.benchTools) throw new Error('no bench harness');
      return window.benchTools.scrubRandomly(window.bench, count, 99);
    }, HEAP_STEPS);
    await page.waitForTimeout(500);
    heapAfterStepsMb = await heapMb(cdp);
  }
  await page.close();
  const figures = (measured: { sync: number[]; painted: number[] }): StepFigures => ({
    sync: distribution(measured.sync),
    painted: distribution(measured.painted),
  });
  return {
    impl,
    size,
    mode,
    load,
    forward: figures(forward),
    random: figures(random),
    empty: figures(empty),
    fps,
    heapAfterLoadMb,
    heapAfterStepsMb,
  };
}

/** One first render in a fresh page: from the data's text to the frame that shows its points. */
async function measureLoad(browser: Browser, impl: LoadImpl, size: number, mode: Mode) {
  const { page, load } = await openAndLoad(browser, impl, size, mode);
  await page.close();
  return load;
}

/**
 * First renders of ours, the peer and the floor, interleaved (so that all three meet the same load of the machine):
 * the median painted time of each, with every run.
 */
async function measureLoads(browser: Browser, size: number, mode: Mode) {
  const painted: Record<LoadImpl, number[]> = { ours: [], peer: [], floor: [] };
  const details: Partial<Record<LoadImpl, Record<string, number>>> = {};
  for (let run = 0; run < LOAD_RUNS; run++) {
    for (const impl of ['ours', 'peer', 'floor'] as const) {
      const load = await measureLoad(browser, impl, size, mode);
      painted[impl].push(load.paintedMs);
      details[impl] ??= load.detail;
    }
  }
  return { painted, details };
}

/** Our full page (map, slider, event list) per step, for the record: the peer has no UI in its figure. */
async function runFullPage(browser: Browser, size: number): Promise<StepFigures> {
  const { page } = await openAndLoad(browser, 'ours', size, 'window', '&ui=page');
  await page.waitForTimeout(1000);
  const measured = await measureSteps(page, 'forward', STEPS, 7);
  await page.close();
  return { sync: distribution(measured.sync), painted: distribution(measured.painted) };
}

/** The real story map, built: from navigation to the frame after its events are first drawn. */
async function storyFirstRender(browser: Browser): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`http://localhost:${SITE_PORT}/?t=2021-08-30T04:00Z`);
    await page.waitForFunction(() => performance.getEntriesByName('event-markers-drawn').length > 0);
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
        ),
    );
    times.push(ms);
    await context.close();
  }
  return times;
}

function build(): void {
  for (const command of [
    ['vite', 'build', '--configLoader', 'runner'],
    ['vite', 'build', '--configLoader', 'runner', '--config', 'vite.bench.config.ts'],
  ]) {
    const result = spawnSync('npx', command, { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const fmt = (value: number | undefined, digits = 2) =>
  value === undefined || Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(digits);
const ratio = (peer: number | undefined, ours: number | undefined) =>
  peer === undefined || ours === undefined || ours <= 0 ? '–' : `${(peer / ours).toFixed(1)}×`;

async function main(): Promise<void> {
  build();
  const executablePath = await findChromium();
  if (!executablePath) {
    console.error('No Chromium: run node scripts/ensureChromium.mjs first.');
    process.exit(1);
  }
  const benchServer = await startStaticServer({ port: BENCH_PORT, root: 'dist-bench', isolated: true });
  const siteServer = await startStaticServer({ port: SITE_PORT, root: 'dist' });
  const browser = await chromium.launch({
    executablePath,
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
  });
  const runs: Run[] = [];
  const floor: FloorRun[] = [];
  const fullPage: Record<number, StepFigures> = {};
  try {
    for (const size of SIZES) {
      for (const mode of ['window', 'cumulative'] as const) {
        process.stdout.write(`first render ${size} ${mode} (${LOAD_RUNS} runs each)… `);
        const loads = await measureLoads(browser, size, mode);
        const median = (impl: LoadImpl) => percentile(loads.painted[impl], 50);
        console.log(`ours ${fmt(median('ours'))}, peer ${fmt(median('peer'))}, floor ${fmt(median('floor'))} ms`);
        floor.push({
          size,
          mode,
          paintedMs: median('floor'),
          runsMs: loads.painted.floor,
          detail: loads.details.floor ?? {},
        });
        for (const impl of ['ours', 'peer'] as const) {
          const withHeap = mode === 'window';
          process.stdout.write(`${impl} ${size} ${mode}… `);
          const run = await runScenario(browser, impl, size, mode, withHeap);
          // The first render reported is the median of the fresh loads; the scenario's own load is one more sample.
          const all = [...loads.painted[impl], run.load.paintedMs];
          run.load = { ...run.load, paintedMs: percentile(all, 50), runsMs: all, detail: run.load.detail };
          console.log(
            `load ${fmt(run.load.paintedMs)} ms, step ${fmt(run.forward.sync.median, 3)} ms (p95 ${fmt(run.forward.sync.p95, 3)})`,
          );
          runs.push(run);
        }
      }
      fullPage[size] = await runFullPage(browser, size);
    }
    const story = await storyFirstRender(browser);
    const budgets = ['index.html', 'embed.html'].map((page) => measurePage('dist', page));
    const machine = {
      date: new Date().toISOString(),
      os: `${platform()} ${release()}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1e9),
      chromium: browser.version(),
      node: process.version,
      headless: true,
      stepsPerScenario: STEPS,
      heapSteps: HEAP_STEPS,
      loadRuns: LOAD_RUNS + 1,
      loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    };
    const report = { machine, runs, floor, fullPage, story: { firstRenderMs: story }, budgets };
    writeFileSync('docs/benchmarks.json', `${JSON.stringify(report, null, 2)}\n`);
    const markdown = renderMarkdown(report);
    writeFileSync('docs/benchmarks.md', withNotes(markdown));
    console.log(`\n${markdown}`);
  } finally {
    await browser.close();
    benchServer.close();
    siteServer.close();
  }
}

/** The floor's first render: parse the text and draw the shown points once (src/bench/floorHarness.ts). */
interface FloorRun {
  size: number;
  mode: Mode;
  paintedMs: number;
  runsMs: number[];
  detail: Record<string, number>;
}

interface Report {
  machine: Record<string, unknown>;
  runs: Run[];
  floor?: FloorRun[];
  fullPage: Record<number, StepFigures>;
  story: { firstRenderMs: number[] };
  budgets: { page: string; gzipKb: number; budgetKb: number }[];
}

function find(runs: Run[], impl: Impl, size: number, mode: Mode): Run | undefined {
  return runs.find((run) => run.impl === impl && run.size === size && run.mode === mode);
}

function renderMarkdown(report: Report): string {
  const { machine, runs } = report;
  const lines: string[] = [];
  lines.push('# Benchmarks: our map core and Leaflet.TimeDimension');
  lines.push('');
  lines.push(
    `Measured by \`npm run bench\` on ${String(machine.date).slice(0, 10)}: ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGb} GB, ${machine.os}; Chromium ${machine.chromium} headless (software raster); Node ${machine.node}. ` +
      `Times in ms; medians and 95th percentiles over ${machine.stepsPerScenario} steps per scenario; first renders ` +
      `are medians of ${machine.loadRuns ?? 1} loads, each in a fresh page. ` +
      `Load average of the machine when it finished: ${(machine.loadAverage as number[] | undefined)?.join(', ') ?? 'not recorded'} (1, 5, 15 min; 2 cores). ` +
      'Ratio = Leaflet.TimeDimension ÷ ours (above 1: ours is faster).',
  );
  lines.push('');
  lines.push(firstRenderSection(report));
  lines.push('');
  lines.push(
    'Both draw the same seeded synthetic events (30 days around the story’s opening view, each 1–12 h long) as circles on a canvas, over the ' +
      "same embedded basemap and view (zoom 10). Leaflet.TimeDimension 1.1.1: a GeoJSON layer, times at the events' own " +
      'start and end times, each feature\'s [start, end] as its `times`; "24 h window" is its `duration: "PT24H"`, ' +
      '"cumulative" its default. Ours: the file published as the build publishes a story (checked once with the ' +
      "story's parser and its SHA-256 digest recorded, before the clock), then, on the clock, the app's own path: " +
      'the bytes decoded, their digest compared with the record, the events converted and indexed, and drawn by ' +
      "the app's own reducer and map (EventMarkers with VisibilitySync), " +
      'from typed arrays on one canvas; below zoom 11, when more than 5,000 circles would be drawn (here: cumulative ' +
      'mode, once more than 5,000 events have started), it draws counts per grid cell instead, as the product does. ' +
      '"Main thread" is the synchronous work of one step: for ours the state update, React commit and Leaflet changes ' +
      '(`flushSync`), for the peer its `setCurrentTimeIndex`. "Painted" is from the input to two animation frames later; ' +
      '"empty" is the same wait with no change (the floor). A forward step is one hour; a random step jumps anywhere.',
  );
  lines.push('');
  for (const size of [...new Set(runs.map((run) => run.size))]) {
    lines.push(`## ${size.toLocaleString('en-GB')} events`);
    lines.push('');
    lines.push('| figure | ours | Leaflet.TimeDimension | ratio |');
    lines.push('|---|---|---|---|');
    for (const mode of ['window', 'cumulative'] as const) {
      const ours = find(runs, 'ours', size, mode);
      const peer = find(runs, 'peer', size, mode);
      if (!ours || !peer) continue;
      const label = mode === 'window' ? '24 h window' : 'cumulative';
      lines.push(
        `| ${label}: first render, main thread / painted | ${fmt(ours.load.syncMs)} / ${fmt(ours.load.paintedMs)} | ${fmt(peer.load.syncMs)} / ${fmt(peer.load.paintedMs)} | ${ratio(peer.load.paintedMs, ours.load.paintedMs)} |`,
      );
      for (const kind of ['forward', 'random'] as const) {
        const o = ours[kind];
        const p = peer[kind];
        const name = kind === 'forward' ? '1 h step' : 'random jump';
        lines.push(
          `| ${label}: ${name}, main thread median (p95) | ${fmt(o.sync.median, 3)} (${fmt(o.sync.p95, 3)}) | ${fmt(p.sync.median, 3)} (${fmt(p.sync.p95, 3)}) | ${ratio(p.sync.median, o.sync.median)} |`,
        );
        lines.push(
          `| ${label}: ${name}, painted median (p95) | ${fmt(o.painted.median)} (${fmt(o.painted.p95)}) | ${fmt(p.painted.median)} (${fmt(p.painted.p95)}) | ${ratio(p.painted.p95, o.painted.p95)} |`,
        );
      }
      lines.push(
        `| ${label}: empty step, painted median (p95) | ${fmt(ours.empty.painted.median)} (${fmt(ours.empty.painted.p95)}) | ${fmt(peer.empty.painted.median)} (${fmt(peer.empty.painted.p95)}) | |`,
      );
      if (ours.fps !== undefined && peer.fps !== undefined) {
        lines.push(
          `| ${label}: playback, frames per second | ${fmt(ours.fps, 1)} | ${fmt(peer.fps, 1)} | ${ratio(ours.fps, peer.fps)} (ours ÷ peer) |`,
        );
      }
      if (ours.heapAfterStepsMb !== undefined) {
        lines.push(
          `| ${label}: JS heap after load → after ${machine.heapSteps ?? HEAP_STEPS} steps (MB) | ${fmt(ours.heapAfterLoadMb, 1)} → ${fmt(ours.heapAfterStepsMb, 1)} | ${fmt(peer.heapAfterLoadMb, 1)} → ${fmt(peer.heapAfterStepsMb, 1)} | |`,
        );
      }
    }
    const page = report.fullPage[size];
    if (page) {
      lines.push(
        `| ours with its slider and event list: 1 h step, main thread median (p95) | ${fmt(page.sync.median, 3)} (${fmt(page.sync.p95, 3)}) | | |`,
      );
    }
    lines.push('');
    const ourLoad = find(runs, 'ours', size, 'window')?.load.detail;
    if (ourLoad) {
      lines.push(
        `Our load, 24 h window (one run): decoding the bytes ${fmt(ourLoad.decodeMs)} ms, comparing their SHA-256 digest with the build's record ${fmt(ourLoad.digestMs)} ms, ` +
          `parsing and ${ourLoad.checkedByBuild ? 'converting (the digest matched: no validation)' : 'validating'} ${fmt(ourLoad.validateMs)} ms and index ${fmt(ourLoad.indexMs)} ms ` +
          `(${ourLoad.inWorker ? 'in a worker' : 'on the main thread'}), model ${fmt(ourLoad.receiveAndModelMs)} ms, ` +
          `drawing ${fmt(ourLoad.drawMs)} ms; making the map before the clock: ${fmt(ourLoad.mapMs)} ms ` +
          `(the peer's: ${fmt(find(runs, 'peer', size, 'window')?.load.detail.mapMs)} ms).`,
      );
      lines.push('');
    }
  }
  lines.push('## The story map');
  lines.push('');
  const first = report.story.firstRenderMs;
  lines.push(
    `First map render (navigation to the frame after the events are drawn), built site, ${first.length} loads: ` +
      `median ${fmt(percentile(first, 50))} ms (budget 1,000 ms).`,
  );
  for (const budget of report.budgets) {
    lines.push(
      `Initial JavaScript of ${budget.page}: ${budget.gzipKb.toFixed(1)} kB gzip (budget ${budget.budgetKb} kB).`,
    );
  }
  lines.push('');
  lines.push(targetsSection(report));
  return `${lines.join('\n')}\n`;
}

/** Marks the start of docs/benchmarks.md's hand-written part, which `npm run bench` keeps as it is. */
const NOTES_MARK = '<!-- Written by hand: npm run bench keeps everything below this line. -->';

/** The page with the measured part rewritten and the hand-written part kept. */
function withNotes(measured: string): string {
  let notes = '';
  try {
    const current = readFileSync('docs/benchmarks.md', 'utf8');
    const at = current.indexOf(NOTES_MARK);
    if (at >= 0) notes = current.slice(at);
  } catch {
    // No page yet: nothing to keep.
  }
  return notes ? `${measured}\n${notes}` : measured;
}

/** First render of ours, the peer and the floor (parse and draw once), every size and mode. */
function firstRenderSection(report: Report): string {
  const lines = [
    '## First render',
    '',
    'From the data in memory (as text for the peer and the floor, as the bytes the network delivers for ours) to the frame that shows its points, the map and its basemap made before (for all three). ' +
      '"Floor": parsing the same text and drawing the shown points once on one canvas, nothing else ' +
      '(src/bench/floorHarness.ts).',
    '',
    '| events | mode | ours | Leaflet.TimeDimension | ratio | floor | ours − floor |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const size of [...new Set(report.runs.map((run) => run.size))]) {
    for (const mode of ['window', 'cumulative'] as const) {
      const ours = find(report.runs, 'ours', size, mode);
      const peer = find(report.runs, 'peer', size, mode);
      const floor = report.floor?.find((run) => run.size === size && run.mode === mode);
      if (!ours || !peer) continue;
      lines.push(
        `| ${size.toLocaleString('en-GB')} | ${mode === 'window' ? '24 h window' : 'cumulative'} | ${fmt(ours.load.paintedMs)} | ` +
          `${fmt(peer.load.paintedMs)} | ${ratio(peer.load.paintedMs, ours.load.paintedMs)} | ${fmt(floor?.paintedMs)} | ` +
          `${floor ? fmt(ours.load.paintedMs - floor.paintedMs) : '–'} |`,
      );
    }
  }
  return lines.join('\n');
}

function targetsSection(report: Report): string {
  const { runs } = report;
  const lines = ['## Targets', '', '| target | measured | met |', '|---|---|---|'];
  const row = (target: string, measured: string, met: boolean | undefined) =>
    lines.push(`| ${target} | ${measured} | ${met === undefined ? 'not measured' : met ? 'yes' : '**no**'} |`);
  for (const size of [...new Set(runs.map((run) => run.size))]) {
    for (const mode of ['window', 'cumulative'] as const) {
      const ours = find(runs, 'ours', size, mode);
      const peer = find(runs, 'peer', size, mode);
      if (!ours || !peer) continue;
      const times = peer.load.paintedMs / ours.load.paintedMs;
      row(
        `first render ≥ 1.5× faster than Leaflet.TimeDimension, ${size.toLocaleString('en-GB')}, ${mode}`,
        `${fmt(ours.load.paintedMs)} vs ${fmt(peer.load.paintedMs)} ms: ${times.toFixed(2)}×`,
        times >= 1.5,
      );
    }
  }
  for (const size of [10_000, 100_000]) {
    for (const mode of ['window', 'cumulative'] as const) {
      const ours = find(runs, 'ours', size, mode);
      const peer = find(runs, 'peer', size, mode);
      if (!ours || !peer) continue;
      const forward = peer.forward.sync.median / ours.forward.sync.median;
      const random = peer.random.sync.median / ours.random.sync.median;
      row(
        `≥ 10× less main thread per step than Leaflet.TimeDimension, ${size.toLocaleString('en-GB')}, ${mode}`,
        `${forward.toFixed(1)}× (1 h steps), ${random.toFixed(1)}× (random jumps)`,
        forward >= 10 && random >= 10,
      );
    }
  }
  const ten = find(runs, 'ours', 10_000, 'window');
  if (ten) {
    const worst = Math.max(ten.forward.painted.p95, ten.random.painted.p95);
    row(
      'painted p95 within one frame (16.7 ms) of the floor at 10,000',
      `${fmt(worst)} ms vs floor p95 ${fmt(ten.empty.painted.p95)} ms`,
      worst <= ten.empty.painted.p95 + 16.7,
    );
    row('playback ≥ 50 fps at 10,000', `${fmt(ten.fps, 1)} fps`, (ten.fps ?? 0) >= 50);
  }
  for (const mode of ['window', 'cumulative'] as const) {
    const hundred = find(runs, 'ours', 100_000, mode);
    if (!hundred) continue;
    const worst = Math.max(hundred.forward.painted.p95, hundred.random.painted.p95);
    row(`painted p95 ≤ 50 ms at 100,000, ${mode}`, `${fmt(worst)} ms`, worst <= 50);
    row(
      `first render ≤ 1.0 s at 100,000, ${mode}`,
      `${fmt(hundred.load.paintedMs)} ms`,
      hundred.load.paintedMs <= 1000,
    );
    if (hundred.heapAfterStepsMb !== undefined) {
      const growth = hundred.heapAfterStepsMb - hundred.heapAfterLoadMb;
      row(
        'heap ≤ 150 MB at 100,000, no growth over the steps',
        `${fmt(hundred.heapAfterLoadMb, 1)} → ${fmt(hundred.heapAfterStepsMb, 1)} MB`,
        Math.max(hundred.heapAfterLoadMb, hundred.heapAfterStepsMb) <= 150 &&
          growth <= Math.max(5, 0.05 * hundred.heapAfterLoadMb),
      );
    }
  }
  const first = percentile(report.story.firstRenderMs, 50);
  row('story map: first map render ≤ 1 s', `${fmt(first)} ms`, first <= 1000);
  for (const budget of report.budgets) {
    row(
      `story map: initial JS of ${budget.page} ≤ ${budget.budgetKb} kB gzip`,
      `${budget.gzipKb.toFixed(1)} kB`,
      budget.gzipKb <= budget.budgetKb,
    );
  }
  return lines.join('\n');
}

if (args.includes('--render')) {
  // Re-render docs/benchmarks.md from the last measured docs/benchmarks.json (no measuring).
  const report = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as Report;
  writeFileSync('docs/benchmarks.md', withNotes(renderMarkdown(report)));
} else {
  await main();
}
