#!/usr/bin/env node
/**
 * Serves the built site (dist/) on localhost, at the root and under a newsroom-style sub-path (to show that the
 * build works from any folder), as a newsroom's host would: with the site's headers (scripts/siteHeaders.mjs),
 * the build's .br/.gz copies, year-long caching for hashed assets and ETags for the rest. Each request names one
 * file, whatever form its URL takes (percent-encoded, doubled slashes, a page without ".html"), and gets that
 * file's headers; no hidden file is ever served. A file is opened once and sent from that open file with the size
 * it had then: one copied over meanwhile never sends a body that disagrees with the headers. Files are looked up
 * on each request, so a rebuild shows at once.
 * Usage: node scripts/serve.mjs [--port 4173] [--dir dist] [--strict-port] [--isolated]
 * A busy port moves the server to the next free one (the URL is printed), unless --strict-port.
 */
import { closeSync, constants, createReadStream, fstatSync, openSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookup } from 'mrmime';
import { answerHelp } from './answerHelp.mjs';
import { COMMON_HEADERS, headersFor, parseFrameAncestors } from './siteHeaders.mjs';

/** The site is also served under this prefix, as a newsroom would host it (any story: the build is relative). */
export const SUB_PATH = '/interactive/story/';
/** How many ports after a busy one are tried. */
const PORT_ATTEMPTS = 20;
const ALLOWED_METHODS = 'GET, HEAD';
/** Types given a charset (text here is UTF-8), and those sirv's table does not know (the street basemap's tiles). */
const TEXT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.mvt': 'application/vnd.mapbox-vector-tile',
};
/** The build's compressed copies, in the order they are preferred. */
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
];

/**
 * The files a request's URL may name, relative to the site's folder ("/index.html"), most likely first; none for
 * a URL no file of the site can have. The path is percent-decoded once and its empty segments dropped; a "." or
 * ".." segment, a hidden file or folder (".env", "%2eenv", ".git/"), a NUL or a backslash names nothing. The
 * sub-path is taken off; a folder's URL ("/", ending in "/") names its index.html, a URL without an extension
 * ("/embed") names that file or else the page of that name.
 * @param {string | undefined} url
 * @returns {string[]}
 */
export function siteFileCandidates(url) {
  const pathname = (url ?? '/').split(/[?#]/)[0] ?? '/';
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return [];
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return [];
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return [];
  const folder = decoded.endsWith('/');
  let path = `/${segments.join('/')}${folder && segments.length > 0 ? '/' : ''}`;
  if (path.startsWith(SUB_PATH)) path = `/${path.slice(SUB_PATH.length)}`;
  if (path.endsWith('/')) return [`${path}index.html`];
  return /\.[^/]*$/.test(path) ? [path] : [path, `${path}.html`];
}

function reply(response, status, text, headers = {}) {
  response.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(text);
}

/**
 * A file that fails while it is sent (unreadable, changed): 500 while nothing was sent, else the connection is
 * closed, so that the client sees a failed response rather than a short or mixed file as complete.
 */
function failed(response, error) {
  console.error(`${new Date().toISOString()} ${error.code ?? 'error'}: ${error.message}`);
  if (response.headersSent) {
    response.destroy();
    return;
  }
  for (const name of ['Content-Length', 'Content-Encoding', 'Content-Type', 'ETag', 'Last-Modified']) {
    response.removeHeader(name);
  }
  reply(response, 500, 'Could not read the file');
}

/**
 * Opens a regular file inside the folder, without following a link at its end or leading out of the folder:
 * its descriptor and what fstat says of it, or undefined.
 */
function openSiteFile(realRoot, path) {
  let real;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  if (!real.startsWith(realRoot + sep)) return undefined;
  let descriptor;
  try {
    descriptor = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  const stats = fstatSync(descriptor);
  if (!stats.isFile()) {
    closeSync(descriptor);
    return undefined;
  }
  return { descriptor, stats };
}

/**
 * The file a request names, opened: the first candidate that is a file of the site, with the build's compressed
 * copy the client accepts if there is one. `name` is the file's path in the site, for its headers.
 */
function openRequested(realRoot, url, acceptEncoding) {
  for (const name of siteFileCandidates(url)) {
    const path = join(realRoot, name);
    for (const encoding of ENCODINGS) {
      if (!new RegExp(`\\b${encoding.name}\\b`).test(acceptEncoding)) continue;
      const copy = openSiteFile(realRoot, `${path}${encoding.extension}`);
      if (copy) return { name, ...copy, encoding: encoding.name };
    }
    const file = openSiteFile(realRoot, path);
    if (file) return { name, ...file, encoding: undefined };
  }
  return undefined;
}

/**
 * Sends an open file: exactly the `size` bytes fstat gave when it was opened, and only while it stays the file
 * it was (same size, same modification time, checked before each chunk goes out). A file copied over while it
 * is sent closes the connection instead: the client never takes a short, long or mixed body for the file.
 */
function sendFile(response, file) {
  const { descriptor, stats } = file;
  if (stats.size === 0) {
    closeSync(descriptor);
    response.end();
    return;
  }
  const stream = createReadStream('', { fd: descriptor, start: 0, end: stats.size - 1, autoClose: true });
  let sent = 0;
  const unchanged = () => {
    const now = fstatSync(descriptor);
    return now.size === stats.size && now.mtimeMs === stats.mtimeMs;
  };
  stream.on('data', (chunk) => {
    if (!unchanged()) {
      stream.destroy();
      failed(response, Object.assign(new Error(`${file.name} changed while it was sent`), { code: 'ECHANGED' }));
      return;
    }
    sent += chunk.length;
    if (!response.write(chunk)) {
      stream.pause();
      response.once('drain', () => stream.resume());
    }
  });
  stream.on('end', () => {
    if (sent === stats.size) response.end();
    else failed(response, Object.assign(new Error(`${file.name} ended early`), { code: 'ESHORT' }));
  });
  stream.on('error', (error) => failed(response, error));
  // A client that leaves mid-file: close the file rather than leave it open, paused.
  response.once('close', () => stream.destroy());
}

/**
 * The request handler: GET and HEAD only, the headers of the file a URL names on every answer, 404 for what is
 * not there.
 * @param {{ root: string, isolated?: boolean, embedFrameAncestors?: string[] }} options
 */
export function createSiteHandler({ root, isolated = false, embedFrameAncestors = [] }) {
  const folder = resolve(root);
  return function handleRequest(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply(response, 405, 'Method not allowed', { Allow: ALLOWED_METHODS });
      return;
    }
    let file;
    try {
      // Looked up on each request: a folder that a build has just emptied or rewritten is served as it is now.
      file = openRequested(realpathSync(folder), request.url, String(request.headers['accept-encoding'] ?? ''));
    } catch (error) {
      failed(response, error);
      return;
    }
    if (!file) {
      reply(response, 404, 'Not found');
      return;
    }
    const extension = /\.[a-z0-9]+$/i.exec(file.name)?.[0]?.toLowerCase() ?? '';
    const etag = `W/"${file.stats.size}-${Math.trunc(file.stats.mtimeMs)}"`;
    const headers = {
      ...headersFor(file.name, { embedFrameAncestors }),
      'Content-Type': TEXT_TYPES[extension] ?? lookup(extension) ?? 'application/octet-stream',
      'Content-Length': file.stats.size,
      'Last-Modified': file.stats.mtime.toUTCString(),
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(file.encoding ? { 'Content-Encoding': file.encoding } : {}),
      ...(isolated
        ? // Cross-origin isolation gives the benchmark page 5 µs timers instead of 100 µs.
          { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
        : {}),
    };
    if (request.headers['if-none-match'] === etag || request.method === 'HEAD') {
      closeSync(file.descriptor);
      const status = request.method === 'HEAD' ? 200 : 304;
      if (status === 304) {
        for (const name of ['Content-Length', 'Content-Type', 'Content-Encoding']) delete headers[name];
      }
      response.writeHead(status, headers);
      response.end();
      return;
    }
    // Whole files only: the site has nothing to resume, and a range of a changing file is no part of it.
    response.writeHead(200, headers);
    sendFile(response, file);
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
  answerHelp(`
npm run serve -- [--port 4173] [--dir dist] [--strict-port] [--isolated]
  Serves the built site on localhost, at the root and under a sub-path, with the site's headers and the build's
  compressed copies. A busy port moves the server to the next free one (the URL is printed), unless --strict-port.
`);
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
