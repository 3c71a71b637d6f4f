/**
 * `npm run bench:basemap`: measures the two ways of publishing a street basemap for the Monaco fixture story, to
 * choose between them (issue 22): vector tiles (what `npm run basemap` writes, drawn by protomaps-leaflet) and
 * GeoJSON layers, one file per zoom band, simplified and rounded for it (drawn by Leaflet's canvas renderer, as
 * the app draws its other basemap layers). It reports the bytes each zoom needs for the whole area, the bytes the
 * opening view of the built fixture site fetches, the build time, and the time of a pan step (from the move to
 * the frame after everything in view is drawn) and the frame rate of a drag, in one Chromium session, with the
 * load average at each measurement. Writes docs/basemap-benchmark.json and prints the tables (docs/benchmarks.md
 * quotes them). Not part of `npm test`: tests never assert on timings.
 *
 * Usage: tsx scripts/basemapBench.ts [--port 4190] [--steps 30]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { findChromium } from './findChromium.mjs';
import { buildStreetLayers, OSM_WANTED, readMargin } from './osm/buildStreetLayers';
import { STREET_TILE_LAYERS } from './osm/osmFeatureClasses';
import { readOsmExtract } from './osm/readOsmExtract';
import { buildStreetTiles, STREET_TILE_DEFAULTS, tilesCovering } from './osm/streetTiles';
import { startStaticServer } from './serve.mjs';
import { type Box, expandBox } from './worldLayer';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const PORT = Number(option('port') ?? 4190);
const STEPS = Number(option('steps') ?? 30);
const EXTRACT = 'e2e/fixtures/osm/monaco.osm.pbf';
const STORY = 'e2e/fixtures/monaco-story';
const OUT = 'dist-bench/basemap-bench';
/** The harbour, where the story happens. */
const CENTRE = [43.7352, 7.424] as const;
const ZOOMS = [15, 16, 17] as const;
const load = () => Number(loadavg()[0]?.toFixed(2));
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN;
}

function write(path: string, body: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, body);
}

// 1. Build both forms from the same layers.
const area = (JSON.parse(readFileSync(join(STORY, 'story.json'), 'utf8')) as { area: Box }).area;
const started = performance.now();
const extract = await readOsmExtract(EXTRACT, expandBox(area, readMargin(area)), OSM_WANTED);
const read = performance.now();
const built = buildStreetLayers(extract, area);
if (!built.ok) throw new Error(built.message);
const layered = performance.now();
const tiles = buildStreetTiles(built.value.layers, area);
const tiled = performance.now();
const buildSeconds = {
  read: (read - started) / 1000,
  layers: (layered - read) / 1000,
  tiles: (tiled - layered) / 1000,
};
rmSync(OUT, { recursive: true, force: true });
for (const [address, bytes] of tiles) write(`${OUT}/tiles/${address}.mvt`, bytes);

/** A GeoJSON band for a display zoom: what it shows, simplified to half a pixel and rounded to what it needs. */
function geojsonBand(zoom: number): string {
  const degreesPerPixel = 360 / (256 * 2 ** zoom);
  const decimals = Math.min(6, Math.ceil(-Math.log10(degreesPerPixel / 2)));
  const features: GeoJSON.Feature[] = [];
  for (const layer of STREET_TILE_LAYERS) {
    for (const feature of built.ok ? (built.value.layers.get(layer) ?? []) : []) {
      // The last band is drawn at zooms 16 to 18: it holds what they show.
      if (feature.properties.min_zoom > (zoom === 16 ? 18 : zoom)) continue;
      const simplified = simplify(feature, { tolerance: degreesPerPixel / 2, highQuality: false, mutate: false });
      const { min_zoom: _minZoom, ...properties } = feature.properties;
      features.push({ ...simplified, properties: { layer, ...properties } });
    }
  }
  const collection = truncate({ type: 'FeatureCollection', features }, { precision: decimals, mutate: true });
  return JSON.stringify(collection);
}
const bandZooms = [12, 13, 14, 15, 16];
const bands = new Map(bandZooms.map((zoom) => [zoom, geojsonBand(zoom)]));
for (const [zoom, text] of bands) write(`${OUT}/geojson/z${zoom}.json`, text);
const labels = JSON.stringify({ type: 'FeatureCollection', features: built.value.labels });

// 2. Bytes per display zoom, for the whole area.
const { levelDiff, maxDataZoom } = STREET_TILE_DEFAULTS;
const bytesPerZoom = [12, 13, 14, 15, 16, 17, 18].map((zoom) => {
  const dataZoom = Math.min(zoom - levelDiff, maxDataZoom);
  const tileBytes = tilesCovering(area, dataZoom).map(({ z, x, y }) => tiles.get(`${z}/${x}/${y}`) ?? new Uint8Array());
  const band = bands.get(Math.min(zoom, 16)) ?? '';
  return {
    zoom,
    tiles: {
      count: tileBytes.length,
      raw: tileBytes.reduce((sum, t) => sum + t.length, 0),
      gzip: tileBytes.reduce((sum, t) => sum + (t.length > 0 ? gzipSync(t, { level: 9 }).length : 0), 0),
    },
    geojson: { raw: Buffer.byteLength(band), gzip: gzipSync(band, { level: 9 }).length },
  };
});
const allTiles = [...tiles.values()];
const totals = {
  tiles: {
    count: allTiles.length,
    raw: allTiles.reduce((sum, t) => sum + t.length, 0),
    gzip: allTiles.reduce((sum, t) => sum + (t.length > 0 ? gzipSync(t, { level: 9 }).length : 0), 0),
  },
  geojson: {
    raw: [...bands.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    gzip: [...bands.values()].reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0),
  },
  labels: { raw: Buffer.byteLength(labels), gzip: gzipSync(labels, { level: 9 }).length },
};

// 3. In the browser: the fixture site's first screen, then pan steps and drags for both forms.
const built2 = spawnSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, STORY },
});
if (built2.status !== 0) throw new Error('the benchmark page did not build');
// The build empties dist-bench/: the data is written again after it.
for (const [address, bytes] of tiles) write(`${OUT}/tiles/${address}.mvt`, bytes);
for (const [zoom, text] of bands) write(`${OUT}/geojson/z${zoom}.json`, text);
const site = spawnSync('npm', ['run', 'build:monaco', '--silent'], { stdio: 'ignore' });
if (site.status !== 0) throw new Error('the Monaco fixture site did not build (npm run build:monaco)');

const benchServer = await startStaticServer({ port: PORT, root: 'dist-bench' });
const siteServer = await startStaticServer({ port: PORT + 1, root: 'dist-monaco' });
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});

/** What the opening view of the fixture site fetches of the basemap: data (encoded bytes) and the street code. */
async function firstScreen(width: number, height: number) {
  const page = await browser.newPage({ viewport: { width, height } });
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const urls = new Map<string, string>();
  const sizes: { url: string; bytes: number }[] = [];
  client.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  client.on('Network.loadingFinished', (event) => {
    const url = urls.get(event.requestId) ?? '';
    sizes.push({ url, bytes: event.encodedDataLength });
  });
  await page.goto(`http://127.0.0.1:${PORT + 1}/`);
  await page.locator('.leaflet-embeddedStreets-pane canvas').first().waitFor();
  await page.waitForTimeout(3000);
  await page.close();
  const sum = (test: (url: string) => boolean) => sizes.filter((s) => test(s.url)).reduce((a, s) => a + s.bytes, 0);
  return {
    width,
    tiles: sum((url) => url.includes('/basemap/streets/')),
    tileCount: sizes.filter((s) => s.url.includes('/basemap/streets/')).length,
    names: sum((url) => url.includes('/basemap/street-names')),
    otherBasemap: sum(
      (url) => url.includes('/geodata/basemap/') && !url.includes('/streets/') && !url.includes('street-names'),
    ),
    code: sum((url) => /assets\/addStreetTiles-/.test(url)),
    load: load(),
  };
}
const firstScreens = [await firstScreen(1280, 800), await firstScreen(375, 740)];

async function benchPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`http://127.0.0.1:${PORT}/basemapBench.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  return page;
}

/** A drag of 600 pixels over 1 s, as a reader's: frames drawn per second while it lasts. */
async function dragFps(page: Page): Promise<number> {
  // As text: a function written here would be compiled with helpers the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = 0;
    window.counting_ = true;
    const tick = () => { if (!window.counting_) return; window.frames_++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  await page.mouse.move(900, 500);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(900 - i * 10, 500 - i * 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const seconds = (Date.now() - started) / 1000;
  const frames = Number(await page.evaluate('(() => { window.counting_ = false; return window.frames_; })()'));
  return frames / seconds;
}

const pans: {
  format: 'tiles' | 'geojson';
  zoom: number;
  theme: string;
  features?: number;
  medianMs: number;
  p95Ms: number;
  syncMedianMs: number;
  dragFps: number;
  load: number;
}[] = [];
const steps: [number, number][] = [
  [240, 0],
  [0, 160],
  [-240, 0],
  [0, -160],
];
for (const zoom of ZOOMS) {
  for (const format of ['tiles', 'geojson'] as const) {
    const page = await benchPage();
    const loadBefore = load();
    let features: number | undefined;
    if (format === 'tiles') {
      await page.evaluate(
        ([a, z]) => window.basemapBench?.showTiles('basemap-bench/tiles/{z}/{x}/{y}.mvt', a, z, false),
        [
          area as [number, number, number, number],
          [STREET_TILE_DEFAULTS.minDataZoom, maxDataZoom] as [number, number],
        ] as const,
      );
    } else {
      features = await page.evaluate(
        ([z]) => window.basemapBench?.showGeoJson(`basemap-bench/geojson/z${Math.min(z, 16)}.json`, z, false),
        [zoom] as const,
      );
    }
    await page.evaluate(([lat, lon, z]) => window.basemapBench?.view(lat, lon, z), [
      CENTRE[0],
      CENTRE[1],
      zoom,
    ] as const);
    // One round to warm caches and the JIT, then the measured steps.
    for (const [dx, dy] of steps) await page.evaluate(([x, y]) => window.basemapBench?.pan(x, y), [dx, dy] as const);
    const painted: number[] = [];
    const sync: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      const [dx, dy] = steps[i % steps.length] as [number, number];
      const result = await page.evaluate(([x, y]) => window.basemapBench?.pan(x, y), [dx, dy] as const);
      if (result) {
        painted.push(result.paintedMs);
        sync.push(result.syncMs);
      }
    }
    const fps = await dragFps(page);
    pans.push({
      format,
      zoom,
      theme: 'light',
      features,
      medianMs: median(painted),
      p95Ms: p95(painted),
      syncMedianMs: median(sync),
      dragFps: fps,
      load: Math.max(loadBefore, load()),
    });
    await page.close();
  }
}
await browser.close();
benchServer.close();
siteServer.close();

const report = {
  date: new Date().toISOString(),
  extract: EXTRACT,
  area,
  buildSeconds,
  bytesPerZoom,
  totals,
  firstScreens,
  pans,
};
writeFileSync('docs/basemap-benchmark.json', `${JSON.stringify(report, null, 2)}\n`);

console.log(
  `Build: read ${buildSeconds.read.toFixed(1)} s, layers ${buildSeconds.layers.toFixed(1)} s, tiles ${buildSeconds.tiles.toFixed(1)} s (load ${load()})`,
);
console.log('\n| display zoom | tiles (data zoom: count) | tiles, gzip | GeoJSON band | GeoJSON, gzip |');
console.log('|---|---|---|---|---|');
for (const row of bytesPerZoom) {
  console.log(
    `| ${row.zoom} | ${Math.min(row.zoom - levelDiff, maxDataZoom)}: ${row.tiles.count} | ${kb(row.tiles.gzip)} kB (${kb(row.tiles.raw)} raw) | z${Math.min(row.zoom, 16)} | ${kb(row.geojson.gzip)} kB (${kb(row.geojson.raw)} raw) |`,
  );
}
console.log(
  `| all zooms | ${totals.tiles.count} tiles | ${kb(totals.tiles.gzip)} kB (${kb(totals.tiles.raw)} raw) | 5 bands | ${kb(totals.geojson.gzip)} kB (${kb(totals.geojson.raw)} raw) |`,
);
console.log(`Names (both forms): ${kb(totals.labels.gzip)} kB gzip (${kb(totals.labels.raw)} raw)`);
console.log('\n| first screen | tiles | names | other basemap layers | street code | load |');
console.log('|---|---|---|---|---|---|');
for (const s of firstScreens) {
  console.log(
    `| ${s.width} px | ${kb(s.tiles)} kB (${s.tileCount} tiles) | ${kb(s.names)} kB | ${kb(s.otherBasemap)} kB | ${kb(s.code)} kB | ${s.load} |`,
  );
}
console.log('\n| zoom | form | pan step painted, median / p95 | in the move’s task (median) | drag | load |');
console.log('|---|---|---|---|---|---|');
for (const p of pans) {
  console.log(
    `| ${p.zoom} | ${p.format}${p.features ? ` (${p.features} features)` : ''} | ${p.medianMs.toFixed(1)} / ${p.p95Ms.toFixed(1)} ms | ${p.syncMedianMs.toFixed(1)} ms | ${p.dragFps.toFixed(0)} fps | ${p.load} |`,
  );
}
