import type { EventKind } from '../domain/storyEvent';
import { resolveLegend } from '../domain/storyLegend';

/** A small seeded PRNG (mulberry32): the same seed gives the same events on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Defaults of the synthetic sets, one per line. */
export const SYNTHETIC_DEFAULTS = {
  start: Date.UTC(2021, 7, 1), // 1 Aug 2021, 00:00 UTC
  days: 30, // events start over 30 days
  minDurationHours: 1, // each lasts 1–12 hours
  maxDurationHours: 12,
  centre: [69.18, 34.54] as const, // the default story's opening view
  spreadDeg: 0.12, // standard deviation of the position, ~13 km
} as const;

/** The synthetic story's kinds, with the symbols its legend gives them (the peer draws the same colours). */
export const SYNTHETIC_LEGEND = resolveLegend(
  ['kind-a', 'kind-b', 'kind-c', 'kind-d', 'kind-e', 'kind-f', 'kind-g', 'kind-h'].map((id) => ({ id })),
);
const KINDS: EventKind[] = SYNTHETIC_LEGEND.kinds.map((kind) => kind.id);

/**
 * A deterministic synthetic story of `count` events around `centre` (the story's opening view), as a GeoJSON FeatureCollection that passes the
 * same validation as the real story. For benchmarks only: every feature says it is synthetic.
 */
export function generateSyntheticEvents(
  count: number,
  seed = 1,
  centre: readonly [number, number] = SYNTHETIC_DEFAULTS.centre,
): { type: 'FeatureCollection'; features: unknown[] } {
  const random = seededRandom(seed);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const { start, days, minDurationHours, maxDurationHours, spreadDeg } = SYNTHETIC_DEFAULTS;
  const features = new Array(count);
  for (let i = 0; i < count; i++) {
    const begins = start + Math.floor(random() * days * 86_400_000);
    const hours = minDurationHours + random() * (maxDurationHours - minDurationHours);
    const ends = begins + Math.round(hours * 3_600_000);
    const lon = Number((centre[0] + gaussian() * spreadDeg).toFixed(5));
    const lat = Number((centre[1] + gaussian() * spreadDeg * 0.8).toFixed(5));
    features[i] = {
      type: 'Feature',
      id: `synthetic-${i}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        title: `Synthetic event ${i}`,
        kind: KINDS[i % KINDS.length],
        start: new Date(begins).toISOString(),
        end: new Date(ends).toISOString(),
        time_precision: 'minute',
        place: { name: 'Synthetic point', estimate: false, uncertainty_m: 100, basis: 'Generated for the benchmark' },
        status: 'reported',
        sources: [
          {
            party: 'Benchmark generator',
            quote: `Synthetic event ${i}, not a real report`,
            outlet: 'Benchmark',
            published: '2021-08-01',
            url: 'https://example.org/benchmark',
          },
        ],
      },
    };
  }
  return { type: 'FeatureCollection', features };
}
