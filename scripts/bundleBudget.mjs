#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
/**
 * `npm run size`: measures the JavaScript each page loads before it can run (its entry script and the modules it
 * preloads), gzipped, and fails when a page is over its budget. Data and the lazily loaded parser are not
 * counted: they load after the first paint. Prints a table; --json prints JSON.
 */
import { answerHelp } from './answerHelp.mjs';

/** Budgets in kB (1000 bytes) of gzipped initial JavaScript, per page. */
export const BUDGETS_KB = { 'index.html': 160, 'embed.html': 120 };

export function measurePage(distDir, page) {
  const html = readFileSync(join(distDir, page), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  const files = [...new Set(scripts)].map((src) => {
    const body = readFileSync(join(distDir, src.replace(/^\.\//, '')));
    return { file: src, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { page, files, gzipBytes, gzipKb: gzipBytes / 1000, budgetKb: BUDGETS_KB[page] };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  answerHelp(`
npm run size -- [dist folder] [--json]
  Measures the JavaScript each page loads before it can run, gzipped, and fails when a page is over its budget
  (index.html 160 kB, embed.html 120 kB).
`);
  const distDir = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'dist';
  const results = Object.keys(BUDGETS_KB).map((page) => measurePage(distDir, page));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      const verdict = result.gzipKb <= result.budgetKb ? 'within budget' : 'OVER BUDGET';
      console.log(
        `${result.page}: initial JS ${result.gzipKb.toFixed(1)} kB gzip (budget ${result.budgetKb} kB) – ${verdict}`,
      );
    }
  }
  if (results.some((result) => result.gzipKb > result.budgetKb)) process.exit(1);
}
