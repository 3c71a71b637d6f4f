#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, at the root and under a newsroom-style sub-path (to show that the
 * build works from any folder), as a newsroom's host would: with the site's headers (scripts/siteHeaders.mjs),
 * the build's .br/.gz copies, year-long caching for hashed assets and ETags for the rest. Files are served by
 * sirv (what vite preview uses), looked up on each request, so a rebuild shows at once.
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--strict-port] [--isolated]
 * A busy port moves the server to the next free one (the URL is printed), unless --strict-port.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { COMMON_HEADERS, headersFor, parseFrameAncestors } from './siteHeaders.mjs';

/** The site is also served under this prefix, as a newsroom would host it (any story: the build is relative). */
export const SUB_PATH = '/interactive/story/';
/** How many ports after a busy one are tried. */
const PORT_ATTEMPTS = 20;
const ALLOWED_METHODS = 'GET, HEAD';
/** Types sirv gives no charset (text here is UTF-8), or does not know (the street basemap's vector tiles). */
const TEXT_TYPES = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.mvt': 'application/vnd.mapbox-vector-tile',
};

/** The request's path relative to the site's folder, or undefined for a path no file of the site can have. */
function sitePath(url) {
  const pathname = (url ?? '/').split(/[?#]/)[0] ?? '/';
  const relative = pathname.startsWith(SUB_PATH) ? `/${pathname.slice(SUB_PATH.length)}` : pathname;
  // Hidden files (".env", ".git/") are never part of the site.
  return /\/\./.test(relative) ? undefined : relative;
}

function reply(response, status, text, headers = {}) {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}

/**
 * A file that fails after sirv found it (deleted meanwhile, unreadable): 404 or 500 while nothing was sent, else
 * the connection is closed, so that the client sees a failed response rather than a short file as complete.
 */
function failed(response, error) {
  console.error(`${new Date().toISOString()} ${error.code ?? 'error'}: ${error.message}`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const missing = error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'EISDIR';
  for (const name of ['Content-Length', 'Content-Encoding', 'Content-Type', 'ETag', 'Last-Modified']) {
    response.removeHeader(name);
  }
  reply(response, missing ? 404 : 500, missing ? 'Not found' : 'Could not read the file');
}

/**
 * The response as sirv sees it: its status and headers are held until the file it pipes in is open, so that
 * a file that vanished between sirv's look-up and the read is answered 404, not "200" and no body. Headers set
 * before (the site's) live on the real response, where sirv reads them.
 */
class HeldResponse extends PassThrough {
  constructor(response) {
    super();
    this.response = response;
    this.statusCode = 200;
    this.heldHeaders = undefined;
  }
  setHeader(name, value) {
    this.response.setHeader(name, value);
    return this;
  }
  getHeader(name) {
    return this.response.getHeader(name);
  }
  removeHeader(name) {
    this.response.removeHeader(name);
  }
  writeHead(status, headers = {}) {
    this.statusCode = status;
    this.heldHeaders = headers;
    return this;
  }
}

/** Lets sirv answer through a HeldResponse; `notFound` when it has no file for the request. */
function serveHeld(files, request, response, notFound) {
  const held = new HeldResponse(response);
  let piped = false;
  held.once('pipe', (file) => {
    piped = true;
    file.once('error', (error) => failed(response, error));
    file.once('open', () => {
      response.writeHead(held.statusCode, held.heldHeaders);
      held.pipe(response);
    });
    // A client that leaves mid-file: close the file rather than leave it open, paused.
    response.once('close', () => file.destroy());
  });
  files(request, held, notFound);
  // sirv answered without a file (304): send what it wrote.
  if (!piped && held.heldHeaders !== undefined) {
    response.writeHead(held.statusCode, held.heldHeaders);
    response.end();
  }
}

/**
 * The request handler: GET and HEAD only, the site's headers on every answer, 404 for what is not there.
 * @param {{ root: string, isolated?: boolean, embedFrameAncestors?: string[] }} options
 */
export function createSiteHandler({ root, isolated = false, embedFrameAncestors = [] }) {
  const files = sirv(resolve(root), { dev: true, etag: true, gzip: true, brotli: true, extensions: ['html'] });
  return function handleRequest(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply(response, 405, 'Method not allowed', { Allow: ALLOWED_METHODS });
      return;
    }
    const path = sitePath(request.url);
    if (path === undefined) {
      reply(response, 404, 'Not found');
      return;
    }
    for (const [name, value] of Object.entries(headersFor(path, { embedFrameAncestors }))) {
      response.setHeader(name, value);
    }
    const extension = /\.[a-z]+$/.exec(path)?.[0] ?? '';
    if (TEXT_TYPES[extension]) response.setHeader('Content-Type', TEXT_TYPES[extension]);
    if (isolated) {
      // Cross-origin isolation gives the benchmark page 5 µs timers instead of 100 µs.
      response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      response.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    }
    // Whole files only: sirv does not check byte ranges, and the site has nothing to resume.
    delete request.headers.range;
    request.url = path + (request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '');
    try {
      serveHeld(files, request, response, () => reply(response, 404, 'Not found'));
    } catch (error) {
      // sirv looks the file up synchronously: one deleted between its checks throws here.
      failed(response, error);
    }
  };
}

/**
 * Starts a static server for a folder on 127.0.0.1; resolves with the server once it listens (its port:
 * `server.address().port`). With `strictPort` false, a busy port moves it to the next free one.
 * @param {{ port: number, root: string, isolated?: boolean, strictPort?: boolean, embedFrameAncestors?: string[] }} options
 */
export async function startStaticServer({ port, root, isolated = false, strictPort = true, embedFrameAncestors }) {
  const handler = createSiteHandler({ root, isolated, embedFrameAncestors });
  for (let attempt = 0; ; attempt++) {
    const server = createServer(handler);
    try {
      await new Promise((listening, failing) => {
        server.once('error', failing);
        server.listen(port + attempt, '127.0.0.1', () => {
          server.off('error', failing);
          server.on('error', (error) => console.error(`server error: ${error.message}`));
          listening(undefined);
        });
      });
      return server;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || strictPort || attempt + 1 >= PORT_ATTEMPTS) throw error;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const port = Number(option('port', process.env.PORT ?? '4173'));
  const strictPort = args.includes('--strict-port');
  const ancestors = parseFrameAncestors(process.env.EMBED_FRAME_ANCESTORS);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !ancestors.ok) {
    console.error(ancestors.ok ? `--port: expected a port number, got ${option('port', '')}` : ancestors.message);
    process.exit(1);
  }
  let server;
  try {
    server = await startStaticServer({
      port,
      root: option('dir', 'dist'),
      isolated: args.includes('--isolated'),
      strictPort,
      embedFrameAncestors: ancestors.sources,
    });
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE'
        ? `${strictPort ? `Port ${port} is` : `Ports ${port} to ${port + PORT_ATTEMPTS - 1} are`} in use: stop the other server, or choose a port with --port <number>.`
        : `Cannot serve on port ${port}: ${error.message}`,
    );
    process.exit(1);
  }
  const actual = server.address().port;
  if (port !== 0 && actual !== port) console.log(`Port ${port} is in use; using ${actual}.`);
  console.log(`The map is served at http://localhost:${actual}/`);
  console.log(`  also under a sub-path: http://localhost:${actual}${SUB_PATH}`);
  console.log(`  the embed: http://localhost:${actual}/embed.html`);
}
