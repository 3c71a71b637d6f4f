/** What the benchmark runner (scripts/bench.ts) calls on the page, for either implementation. */
export interface BenchHarness {
  readonly impl: 'ours' | 'peer' | 'floor';
  readonly size: number;
  readonly mode: BenchMode;
  /** The time range of the data, epoch ms. */
  readonly range: { readonly start: number; readonly end: number };
  /** Loads the data and draws it at time t; resolves with the synchronous cost and the time to the painted frame. */
  load(t: number): Promise<StepTiming & { readonly detail: Record<string, number> }>;
  /** Moves to time t synchronously (state, commit, map layers); returns the milliseconds it took. */
  stepTo(t: number): number;
  /** How many events are drawn now. */
  visibleCount(): number;
  /** Plays at `storyMsPerSecond` for `seconds`; resolves with the frames drawn per second. */
  play(seconds: number, storyMsPerSecond: number): Promise<number>;
}

export type BenchMode = 'window' | 'cumulative';

export interface StepTiming {
  /** Main-thread time of the update itself. */
  readonly syncMs: number;
  /** From the input to the frame that shows it: two animation frames after the update. */
  readonly paintedMs: number;
}

/** Resolves after the next frame has been produced: two requestAnimationFrame callbacks. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Resolves once the embedded basemap's files have arrived and been drawn (none arrived for 10 frames), or after
 * 3 s: the basemap is drawn before either implementation's clock starts, so that neither counts it.
 */
export async function basemapSettled(): Promise<void> {
  const arrived = () =>
    performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/geodata/basemap/')).length;
  const begin = performance.now();
  let count = -1;
  let quietFrames = 0;
  while (quietFrames < 10 && performance.now() - begin < 3000) {
    await afterNextPaint();
    const now = arrived();
    quietFrames = now > 0 && now === count ? quietFrames + 1 : 0;
    count = now;
  }
}

/** One measured step: the update, then wait for the frame that shows it. */
export async function measureStep(harness: BenchHarness, t: number): Promise<StepTiming> {
  const started = performance.now();
  const syncMs = harness.stepTo(t);
  await afterNextPaint();
  return { syncMs, paintedMs: performance.now() - started };
}

/** The floor: the same wait with nothing to update. */
export async function measureEmptyStep(): Promise<StepTiming> {
  const started = performance.now();
  await afterNextPaint();
  return { syncMs: 0, paintedMs: performance.now() - started };
}

/** Counts animation frames over `seconds` while `onFrame` runs in each. */
export function countFrames(seconds: number, onFrame: (elapsedMs: number) => void): Promise<number> {
  return new Promise((resolve) => {
    let frames = 0;
    const begin = performance.now();
    let previous = begin;
    const frame = (now: number) => {
      if (now - begin >= seconds * 1000) {
        resolve(frames / ((now - begin) / 1000));
        return;
      }
      frames++;
      onFrame(now - previous);
      previous = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Window of the benchmark's "24-hour window" mode: an event shows while it overlaps the last 24 hours. */
export const WINDOW_MS = 24 * 3_600_000;

/**
 * Where the benchmark happens: the centre of the story's opening view (its story.json, STORY=<folder> at build),
 * its area and time zone. The synthetic events are generated around it, over the story's own basemap.
 */
export interface BenchPlace {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
  readonly timeZone: string;
  readonly area: readonly [number, number, number, number];
}

/** The place of the default story, until `loadBenchPlace` has read the built one's. */
export const BENCH_VIEW: BenchPlace = {
  lat: 34.54,
  lon: 69.18,
  zoom: 10,
  timeZone: 'Asia/Karachi',
  area: [60, 29, 75, 39],
};

/** Reads the built story's opening view, area and zone into BENCH_VIEW (kept as it is if story.json has none). */
export async function loadBenchPlace(): Promise<BenchPlace> {
  try {
    const story = (await (await fetch(new URL('geodata/story.json', document.baseURI))).json()) as {
      initial_bounds?: [number, number, number, number];
      area?: [number, number, number, number];
      time_zone?: { id?: string };
    };
    const [west, south, east, north] = story.initial_bounds ?? [];
    if ([west, south, east, north].every((value) => typeof value === 'number') && story.area && story.time_zone?.id) {
      Object.assign(BENCH_VIEW, {
        lat: ((south as number) + (north as number)) / 2,
        lon: ((west as number) + (east as number)) / 2,
        timeZone: story.time_zone.id,
        area: story.area,
      });
    }
  } catch {
    // The default place: the benchmark still runs.
  }
  return BENCH_VIEW;
}

/** Seeded pseudo-random numbers for the runner's jumps (a linear congruential generator: enough for this). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/**
 * The measured scenarios, run inside the page: `count` steps one hour forward, or to seeded random times, or
 * with no change at all (the floor), each followed by the wait for its painted frame.
 */
export async function measureScenario(
  harness: BenchHarness,
  kind: 'forward' | 'random' | 'empty',
  count: number,
  seed: number,
): Promise<{ sync: number[]; painted: number[] }> {
  const random = lcg(seed);
  const sync: number[] = [];
  const painted: number[] = [];
  let t = harness.range.start + 10 * 86_400_000;
  harness.stepTo(t);
  await afterNextPaint();
  for (let i = 0; i < count; i++) {
    if (kind === 'empty') {
      const timing = await measureEmptyStep();
      sync.push(timing.syncMs);
      painted.push(timing.paintedMs);
      continue;
    }
    t = kind === 'forward' ? t + 3_600_000 : harness.range.start + random() * (harness.range.end - harness.range.start);
    const timing = await measureStep(harness, t);
    sync.push(timing.syncMs);
    painted.push(timing.paintedMs);
  }
  return { sync, painted };
}

/** Many unmeasured random steps (for the heap figure), yielding a frame now and then as a reader's scrub would. */
export async function scrubRandomly(harness: BenchHarness, count: number, seed: number): Promise<void> {
  const random = lcg(seed);
  for (let i = 0; i < count; i++) {
    harness.stepTo(harness.range.start + random() * (harness.range.end - harness.range.start));
    if (i % 25 === 24) await afterNextPaint();
  }
}
