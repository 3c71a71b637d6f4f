import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { geodataPlugin } from './scripts/geodataPlugin';

export default defineConfig({
  // Relative URLs everywhere: the built site works from any folder, e.g. /interactive/2021/kabul/.
  base: './',
  plugins: [react(), geodataPlugin(resolve(import.meta.dirname, 'geodata'))],
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
