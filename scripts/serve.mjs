#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, at the root and under a newsroom-style sub-path, to show that the
 * build works from any folder. Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site is also served under this prefix, as a newsroom would host it. */
export const SUB_PATH = '/interactive/2021/kabul/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (path.startsWith(SUB_PATH)) path = `/${path.slice(SUB_PATH.length)}`;
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a static server for a folder on 127.0.0.1; resolves with the server once it listens. */
export function startStaticServer({ port, root, isolated = false }) {
  const directory = resolve(root);
  const server = createServer((request, response) => {
    const file = resolveFile(directory, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      // Cross-origin isolation gives the benchmark page 5 µs timers instead of 100 µs.
      ...(isolated
        ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
        : {}),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? '4173'));
  await startStaticServer({ port, root: option('dir', 'dist'), isolated: args.includes('--isolated') });
  console.log(`The map is served at http://localhost:${port}/`);
  console.log(`  also under a sub-path: http://localhost:${port}${SUB_PATH}`);
  console.log(`  the embed: http://localhost:${port}/embed.html`);
}
