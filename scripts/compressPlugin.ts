import { extname, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { BuildStop } from './buildStop';
import { readRegularFile, writeFolderFiles } from './safeFiles';
import { listFolderFiles } from './storyFiles';

/** Text files and vector tiles (protocol buffers, not compressed inside) are worth compressing; images are already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt', '.md', '.mvt']);
/** Below this, compression saves less than a network packet. */
const MIN_BYTES = 1024;

/** The .gz and .br copies of a file's content, each only when it is smaller. */
export function compressedCopies(content: Buffer): { extension: '.gz' | '.br'; body: Buffer }[] {
  const copies = [
    { extension: '.gz' as const, body: gzipSync(content, { level: 9 }) },
    {
      extension: '.br' as const,
      body: brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    },
  ];
  return copies.filter((copy) => copy.body.length < content.length);
}

/**
 * Writes a gzip (.gz) and a brotli (.br) copy next to every text file of the build, compressed once at the
 * highest levels, for servers that serve them as they are: scripts/serve.mjs (sirv), nginx's gzip_static and
 * brotli_static. Hosts that compress by themselves (Netlify, Cloudflare Pages) ignore them.
 */
export function compressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'compress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const copies: { name: string; content: Buffer }[] = [];
      const problems: string[] = [];
      for (const file of listFolderFiles(outDir, 'dist').files) {
        if (!COMPRESSIBLE.has(extname(file.name))) continue;
        const read = readRegularFile(file.path);
        if (!read.ok) problems.push(`dist/${file.name}: ${read.message}`);
        else if (read.content.length >= MIN_BYTES) {
          for (const copy of compressedCopies(read.content)) {
            copies.push({ name: `${file.name}${copy.extension}`, content: copy.body });
          }
        }
      }
      problems.push(...writeFolderFiles(outDir, 'dist', copies));
      if (problems.length > 0) throw new BuildStop(problems);
    },
  };
}
