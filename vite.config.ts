import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { geodataPlugin } from './scripts/geodataPlugin';
import { publishingPlugin } from './scripts/publishingPlugin';

export default defineConfig({
  // Relative URLs everywhere: the built site works from any folder, e.g. /interactive/2021/kabul/.
  base: './',
  plugins: [
    react(),
    geodataPlugin(resolve(import.meta.dirname, 'geodata')),
    publishingPlugin({
      // The public address of the site, for social previews and oEmbed; relative URLs when unset.
      siteUrl: process.env.SITE_URL ?? '',
      title: 'The end of the Kabul airlift, 14–31 August 2021',
      providerName: 'Kabul airlift map',
      previewImage: 'snapshots/2021-08-30-rockets.png',
    }),
  ],
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
