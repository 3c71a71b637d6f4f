import { relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compressPlugin } from './scripts/compressPlugin';
import { firstPaintPlugin } from './scripts/firstPaintPlugin';
import { geodataPlugin } from './scripts/geodataPlugin';
import { publishingPlugin } from './scripts/publishingPlugin';
import { buildReportPlugin, sheetsPlugin } from './scripts/sheetsPlugin';

const storyFolder = resolve(import.meta.dirname, process.env.STORY ?? 'geodata');
const storyLabel = relative(process.cwd(), storyFolder) || '.';

export default defineConfig({
  // Relative URLs everywhere: the built site works from any folder, e.g. /interactive/2021/harbour-fire/.
  base: './',
  plugins: [
    // A story folder that keeps its sheets (sheets/) is brought up to date from them first.
    sheetsPlugin(storyFolder, storyLabel),
    react(),
    // The story folder, published at geodata/: STORY=<folder> picks another one (e.g. a copy, in tests).
    geodataPlugin(storyFolder, storyLabel),
    // The story's title and subtitle, written into the pages' static first paint.
    firstPaintPlugin(storyFolder),
    publishingPlugin({
      // The public address of the site, for social previews and oEmbed; relative URLs when unset.
      siteUrl: process.env.SITE_URL,
      // The pages that may frame the embed (CSP sources, space-separated); any page when unset.
      embedFrameAncestors: process.env.EMBED_FRAME_ANCESTORS,
      // The story's publication metadata, images and chapter pages.
      storyFolder,
    }),
    compressPlugin(),
    // What was built, and where.
    buildReportPlugin(storyFolder, storyLabel),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      // Rolldown's report of slow plugins times the machine (the compression of a busy one), not the story: an
      // editor has nothing to do about it.
      checks: { bundlerTimings: false },
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
