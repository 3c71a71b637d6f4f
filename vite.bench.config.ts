import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { geodataPlugin } from './scripts/geodataPlugin';

/** The benchmark page (not part of the published site): built to dist-bench/ by npm run bench and npm test. */
export default defineConfig({
  base: './',
  root: resolve(import.meta.dirname, 'src/bench'),
  publicDir: false,
  // The story whose place, zone and basemap the benchmark uses: STORY=<folder>, as for the site.
  plugins: [react(), geodataPlugin(resolve(import.meta.dirname, process.env.STORY ?? 'geodata'))],
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, 'dist-bench'),
    emptyOutDir: true,
    rolldownOptions: {
      checks: { bundlerTimings: false },
      input: {
        bench: resolve(import.meta.dirname, 'src/bench/bench.html'),
        // The street basemap's benchmark page (scripts/basemapBench.ts).
        basemap: resolve(import.meta.dirname, 'src/bench/basemapBench.html'),
      },
    },
  },
});
