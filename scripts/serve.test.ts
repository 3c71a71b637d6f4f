import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUB_PATH } from './serve.mjs';

interface Answer {
  status?: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Set when the connection failed instead of answering. */
  error?: string;
}

/** One request to the server on 127.0.0.1; a failed connection is an answer too (`error`), never a throw. */
function request(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; onFirstChunk?: () => void; agent?: Agent } = {},
) {
  return new Promise<Answer>((resolve) => {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: options.agent,
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        if (chunks.length === 0) options.onFirstChunk?.();
        chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', (error) => resolve({ headers: {}, body: Buffer.alloc(0), error: error.message }));
      response.on('aborted', () => resolve({ headers: {}, body: Buffer.alloc(0), error: 'aborted' }));
    });
    req.on('error', (error) => resolve({ headers: {}, body: Buffer.alloc(0), error: error.message }));
    // An answer whose body is shorter than its Content-Length would keep the client waiting for ever.
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.end();
  });
}

/** Starts `node scripts/serve.mjs` with these arguments; resolves with its port once it prints its URL. */
async function startServer(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const port = await new Promise<number | undefined>((resolve) => {
    child.stdout?.on('data', () => {
      const match = /served at http:\/\/localhost:(\d+)\//.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', () => resolve(undefined));
  });
  return { child, port, output: () => ({ stdout, stderr }) };
}

async function occupyPort(): Promise<Server> {
  const blocker = createServer();
  blocker.listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  return blocker;
}

const portOf = (server: Server) => (server.address() as { port: number }).port;
const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

let root: string;
let server: Awaited<ReturnType<typeof startServer>>;
let port: number;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const BIG = Buffer.alloc(8_000_000, 'a');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(root, 'assets'));
  mkdirSync(join(root, 'geodata'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Map</title>');
  writeFileSync(join(root, 'embed.html'), '<!doctype html><title>Embed</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js'), SCRIPT);
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js.gz'), gzipSync(SCRIPT));
  writeFileSync(join(root, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(root, 'geodata', 'events.geojson'), '{"type":"FeatureCollection","features":[]}');
  writeFileSync(join(root, 'embed-chapter-abbey-gate.html'), '<!doctype html><title>Chapter</title>');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  mkdirSync(join(root, '.git'));
  writeFileSync(join(root, '.git', 'config'), '[core] SECRET=2');
  writeFileSync(join(root, 'geodata', '.env'), 'SECRET=3');
  server = await startServer(['--port', '0', '--dir', root], { EMBED_FRAME_ANCESTORS: 'https://news.example' });
  port = server.port as number;
}, 30_000);

afterAll(() => {
  server?.child.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('npm start’s server (scripts/serve.mjs)', { timeout: 60_000 }, () => {
  it('sends the full page with its policy: framed only by the site, no sniffing, a strict referrer', async () => {
    for (const path of ['/', '/index.html', SUB_PATH]) {
      const answer = await request(port, path);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-security-policy']).toMatch(
        /^default-src 'self'; script-src 'self'; .*; frame-ancestors 'self'$/,
      );
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.headers.etag).toBeTruthy();
      expect(answer.headers['last-modified']).toBeTruthy();
    }
  });

  it('lets the pages EMBED_FRAME_ANCESTORS lists frame the embed', async () => {
    const answer = await request(port, '/embed.html');
    expect(answer.headers['content-security-policy']).toMatch(/; frame-ancestors https:\/\/news\.example$/);
  });

  it('caches hashed assets for a year and serves the build’s brotli and gzip copies', async () => {
    const br = await request(port, '/assets/app-1a2b3c.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body).toEqual(brotliCompressSync(SCRIPT));
    const gzip = await request(port, '/assets/app-1a2b3c.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(port, '/assets/app-1a2b3c.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('answers a request with a current ETag with 304', async () => {
    const first = await request(port, '/geodata/events.geojson');
    expect(first.headers['content-type']).toBe('application/geo+json');
    const again = await request(port, '/geodata/events.geojson', {
      headers: { 'If-None-Match': String(first.headers.etag) },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers HEAD without a body, and every other method with 405 and Allow', async () => {
    const head = await request(port, '/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const answer = await request(port, '/index.html', { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(answer.body.toString()).not.toContain('<title>');
    }
  });

  it('answers 404 for what is not there, hidden files however encoded, and paths out of the folder', async () => {
    for (const path of [
      '/nothing.js',
      '/.env',
      '/geodata/',
      '/../../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%E0%A4%A',
      '/%2eenv',
      '/%2Eenv',
      '/%2egit/config',
      '/.git/config',
      '/%2Egit%2Fconfig',
      '/geodata/%2eenv',
      '//.env',
      `${SUB_PATH}%2eenv`,
      '/geodata/..%2f.env',
      '/%252eenv',
    ]) {
      const answer = await request(port, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString()).not.toContain('SECRET');
    }
  });

  it('answers every URL of a page with that page’s policy, or 404', async () => {
    const full = /; frame-ancestors 'self'$/;
    const embed = /; frame-ancestors https:\/\/news\.example$/;
    const forms: [string, RegExp][] = [
      ['/index', full],
      ['/%69ndex.html', full],
      ['//index.html', full],
      ['/%2Findex.html', full],
      [`${SUB_PATH}%69ndex.html`, full],
      ['/embed', embed],
      ['/%65mbed.html', embed],
      ['//embed.html', embed],
      ['/embed-chapter-abbey-gate', embed],
      ['/embed-chapter-abbey-gate.html', embed],
      ['/%65mbed-chapter-abbey-gate', embed],
    ];
    for (const [path, policy] of forms) {
      const answer = await request(port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-security-policy'], path).toMatch(policy);
    }
    for (const path of ['/index.html/', '/embed/', '/embed.html/', '/index/']) {
      expect((await request(port, path)).status, path).toBe(404);
    }
  });

  it('never sends a body that disagrees with its headers while a file is copied over', async () => {
    // The documented fix-a-file workflow: cp over dist/geodata/ (the same file, truncated and rewritten) while
    // readers load it, on kept-alive connections.
    const file = join(root, 'geodata', 'copied.json');
    const versions = [Buffer.alloc(300_000, 'a'), Buffer.alloc(100_000, 'b')];
    writeFileSync(file, versions[0] as Buffer);
    let copying = true;
    const copy = (async () => {
      for (let round = 0; copying; round++) await writeFile(file, versions[round % 2] as Buffer);
    })();
    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const answers: Answer[] = [];
    const closed = (answer: Answer) => /^(aborted|socket hang up|read ECONNRESET)$/.test(answer.error ?? '');
    const agrees = (answer: Answer) =>
      answer.status === 200 &&
      answer.body.length === Number(answer.headers['content-length']) &&
      // The file as it was at one moment: a version, or the part of one written by then (cp is not atomic).
      versions.some((version) => version.subarray(0, answer.body.length).equals(answer.body));
    for (let batch = 0; batch < 100 && answers.every((answer) => closed(answer) || agrees(answer)); batch++) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 4 }, () => request(port, '/geodata/copied.json', { agent })))),
      );
    }
    copying = false;
    await copy;
    agent.destroy();
    const whole = answers.filter(agrees);
    console.log(
      `copy-over: ${whole.length} whole answers, ${answers.length - whole.length} closed connections of ${answers.length}`,
    );
    expect(whole.length).toBeGreaterThan(0);
    // A connection closed mid-file is a failure the client sees: never a parse error on the next answer, a wait
    // for bytes that never come, or a body longer or shorter than its headers said.
    const bad = answers.filter((answer) => !closed(answer) && !agrees(answer));
    expect(bad.map((answer) => answer.error ?? `${answer.body.length} of ${answer.headers['content-length']}`)).toEqual(
      [],
    );
  });

  it('stays up when files disappear while it serves them, and answers each request 200 or 404', async () => {
    // A build replacing dist/ (deleting files and writing new ones) while readers load the site.
    const file = join(root, 'geodata', 'churn.json');
    const content = Buffer.alloc(200_000, 'a');
    let building = true;
    const build = (async () => {
      while (building) {
        await writeFile(`${file}.tmp`, content);
        await rename(`${file}.tmp`, file);
        await rm(file, { force: true });
      }
    })();
    const answers: Answer[] = [];
    for (let batch = 0; batch < 150 && alive(server.child); batch++) {
      answers.push(...(await Promise.all(Array.from({ length: 4 }, () => request(port, '/geodata/churn.json')))));
    }
    building = false;
    await build;
    for (const answer of answers) {
      // A whole file, or none: never a failed connection, never a short file passed off as complete.
      expect(answer.error).toBeUndefined();
      expect([200, 404]).toContain(answer.status);
      if (answer.status === 200) expect(answer.body.length).toBe(content.length);
    }
    expect(alive(server.child)).toBe(true);
  });

  it('finishes a file deleted while it is being sent, then answers 404 for it', async () => {
    const big = join(root, 'geodata', 'big.json');
    writeFileSync(big, BIG);
    const answer = await request(port, '/geodata/big.json', { onFirstChunk: () => rmSync(big) });
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBe(BIG.length);
    expect((await request(port, '/geodata/big.json')).status).toBe(404);
    // The page goes, as when a build empties dist/, and comes back.
    rmSync(join(root, 'index.html'));
    expect((await request(port, '/')).status).toBe(404);
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Map again</title>');
    expect((await request(port, '/')).body.toString()).toContain('Map again');
    expect(alive(server.child)).toBe(true);
  });
});

describe('a busy port', { timeout: 30_000 }, () => {
  it('moves the server to the next free port, and says so with the URL', async () => {
    const blocker = await occupyPort();
    const moved = await startServer(['--port', String(portOf(blocker)), '--dir', root]);
    try {
      expect(moved.port).toBeGreaterThan(portOf(blocker));
      expect(moved.output().stdout).toContain(`Port ${portOf(blocker)} is in use; using ${moved.port}.`);
      expect((await request(moved.port as number, '/')).status).toBe(200);
    } finally {
      moved.child.kill();
      blocker.close();
    }
  });

  it('with --strict-port, stops with one line saying what to do', async () => {
    const blocker = await occupyPort();
    const stopped = await startServer(['--strict-port', '--port', String(portOf(blocker)), '--dir', root]);
    try {
      expect(stopped.port).toBeUndefined();
      expect(stopped.child.exitCode).toBe(1);
      expect(stopped.output().stderr).toBe(
        `Port ${portOf(blocker)} is in use: stop the other server, or choose a port with --port <number>.\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
