#!/usr/bin/env node
/**
 * A stand-in for a newsroom's article page, on its own origin (port 4174), for the embed tests.
 * GET /scrolly.html serves examples/scrolly.html, with the origins given by --embed-origin (the site under test) as
 * the sites it may frame.
 * GET /article.html?body=<html> returns an article whose body contains that HTML (the snippet under test) and
 * records every message the page receives in window.__messages. GET /pym.v1.min.js serves the real Pym.js.
 * Test use only: it echoes the HTML it is given.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const port = Number(process.argv[process.argv.indexOf('--port') + 1] || 4174);
const pym = readFileSync(new URL('../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));
const embedOrigins = process.argv.flatMap((argument, index) =>
  process.argv[index - 1] === '--embed-origin' ? [argument] : [],
);
const scrolly = readFileSync(new URL('../examples/scrolly.html', import.meta.url), 'utf8').replace(
  'var EMBED_ORIGINS = [];',
  () => `var EMBED_ORIGINS = ${JSON.stringify(embedOrigins)};`,
);

createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${port}`);
  if (url.pathname === '/pym.v1.min.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(pym);
    return;
  }
  if (url.pathname === '/scrolly.html') {
    // The scrollytelling example as a newsroom would host it; ?embed= points it at the site under test.
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(scrolly);
    return;
  }
  if (url.pathname === '/health') {
    response.end('ok');
    return;
  }
  const body = url.searchParams.get('body') ?? '';
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<script>window.__messages=[];window.addEventListener('message',function(e){window.__messages.push({origin:e.origin,data:e.data});});</script>
</head><body style="margin:0"><h1>An article about Kabul</h1>${body}<p>More article text.</p></body></html>`);
}).listen(port, '127.0.0.1');
