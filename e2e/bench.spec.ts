import { BENCH } from './ports';
import { expect, test } from './support';

const BENCH_PAGE = `${BENCH}/bench.html`;

test.describe('the benchmark page', () => {
  test('loads 1,000 synthetic events in both implementations, which then show the same events as time moves', async ({
    browser,
  }) => {
    const counts: Record<string, number[]> = {};
    for (const impl of ['ours', 'peer'] as const) {
      for (const mode of ['window', 'cumulative'] as const) {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${BENCH_PAGE}?impl=${impl}&n=1000&mode=${mode}`);
        const result = await page.evaluate(async () => {
          const bench = await window.benchReady;
          if (!bench) throw new Error('no harness');
          const start = bench.range.start + 10 * 86_400_000;
          const load = await bench.load(start);
          const visible: number[] = [];
          // Times every implementation can show exactly: the peer steps at the events' own times.
          for (const hours of [0, 1, 5, 24, 100]) {
            bench.stepTo(start + hours * 3_600_000);
            visible.push(bench.visibleCount());
          }
          return { problems: load.detail.problems ?? 0, visible };
        });
        expect(errors).toEqual([]);
        expect(result.problems).toBe(0);
        counts[`${impl} ${mode}`] = result.visible;
        await page.close();
      }
    }
    for (const mode of ['window', 'cumulative']) {
      const ours = counts[`ours ${mode}`] ?? [];
      const peer = counts[`peer ${mode}`] ?? [];
      expect(ours.every((count) => count > 0)).toBe(true);
      // The peer snaps to the nearest event time at or before t; the sets may differ by the events of that gap.
      for (const [i, count] of ours.entries()) expect(Math.abs(count - (peer[i] ?? 0))).toBeLessThanOrEqual(3);
    }
    // Cumulative keeps everything that has started: it only grows.
    const cumulative = counts['ours cumulative'] ?? [];
    expect([...cumulative].sort((a, b) => a - b)).toEqual(cumulative);
  });
});
