import 'leaflet/dist/leaflet.css';
import '../styles/app.css';
import { type BenchHarness, type BenchMode, loadBenchPlace, measureScenario, scrubRandomly } from './benchApi';
import { generateSyntheticEvents } from './syntheticEvents';

declare global {
  interface Window {
    bench?: BenchHarness;
    benchReady?: Promise<BenchHarness>;
    benchTools?: { measureScenario: typeof measureScenario; scrubRandomly: typeof scrubRandomly };
  }
}

window.benchTools = { measureScenario, scrubRandomly };

/**
 * The benchmark page. Its query says which implementation, how many synthetic events and which window mode:
 * bench.html?impl=ours|peer|floor&n=10000&mode=window|cumulative&seed=1 (&ui=page: ours with its slider and list;
 * floor: parse and draw once, the physical floor of a first render). The data is generated here, never loaded from
 * a URL. The runner then calls window.bench.
 */
async function start(): Promise<BenchHarness> {
  const params = new URLSearchParams(window.location.search);
  const impl = params.get('impl') === 'peer' ? 'peer' : params.get('impl') === 'floor' ? 'floor' : 'ours';
  const size = Math.min(200_000, Math.max(1, Number(params.get('n')) || 1000));
  const mode: BenchMode = params.get('mode') === 'cumulative' ? 'cumulative' : 'window';
  const seed = Number(params.get('seed')) || 1;
  const fullPage = params.get('ui') === 'page';
  const place = await loadBenchPlace();
  const text = JSON.stringify(generateSyntheticEvents(size, seed, [place.lon, place.lat]));
  const container = document.getElementById('bench') as HTMLElement;
  const harness =
    impl === 'peer'
      ? (await import('./peerHarness')).createPeerHarness(container, text, size, mode)
      : impl === 'floor'
        ? (await import('./floorHarness')).createFloorHarness(container, text, size, mode)
        : (await import('./oursHarness')).createOursHarness(container, text, size, mode, fullPage);
  window.bench = harness;
  document.body.dataset.ready = 'true';
  return harness;
}

window.benchReady = start();
