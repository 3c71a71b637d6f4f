import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Files of geodata/ the site serves: the story's data and the basemap layers, plus their provenance. */
const PUBLISHED = new Set(['.json', '.geojson', '.md', '.txt']);

function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function publishedBody(path: string): string {
  const text = readFileSync(path, 'utf8');
  const extension = extname(path);
  // Whitespace is a third of the basemap's size; the published copy drops it.
  return extension === '.json' || extension === '.geojson' ? JSON.stringify(JSON.parse(text)) : text;
}

/**
 * Publishes geodata/ at `<base>/geodata/` with stable names: served from the source folder in development and
 * copied (JSON minified) into the build. Stable names let a newsroom swap in corrected data without a rebuild.
 */
export function geodataPlugin(directory: string): Plugin {
  return {
    name: 'geodata',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/geodata\/([^?#]+)/.exec(request.url ?? '');
        if (!match?.[1]) return next();
        const path = join(directory, decodeURIComponent(match[1]));
        if (relative(directory, path).startsWith('..') || !PUBLISHED.has(extname(path))) return next();
        try {
          const body = publishedBody(path);
          response.setHeader(
            'Content-Type',
            extname(path) === '.md' || extname(path) === '.txt' ? 'text/plain; charset=utf-8' : 'application/json',
          );
          response.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const path of listFiles(directory)) {
        if (!PUBLISHED.has(extname(path))) continue;
        this.emitFile({ type: 'asset', fileName: `geodata/${relative(directory, path)}`, source: publishedBody(path) });
      }
    },
  };
}
