import { extname } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataProblem } from '../src/domain/dataProblem';
import { BuildStop } from './buildStop';
import { buildPublishedGeodata, formatPublishedFile, PUBLISHED_EXTENSIONS } from './publishedGeodata';
import { readStoryFile } from './storyFiles';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Publishes a story folder at `<base>/geodata/` with stable names: served from the folder in development and
 * copied into the build in its published form (scripts/publishedGeodata.ts). Stable names let a newsroom swap
 * in corrected data without a rebuild. The build stops, one line per problem, on a symbolic link, a special
 * file or invalid JSON in the folder; `label` names the folder in those lines.
 */
export function geodataPlugin(directory: string, label = 'geodata'): Plugin {
  let published: { name: string; body: string }[] = [];
  return {
    name: 'geodata',
    config(_config, { command }) {
      if (command !== 'build') return;
      const result = buildPublishedGeodata(directory, label);
      if (result.problems.length > 0) throw BuildStop.fromProblems(result.problems);
      published = result.files;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /\/geodata\/([^?#]+)/.exec(request.url ?? '');
        if (!match?.[1]) return next();
        let name: string;
        try {
          name = decodeURIComponent(match[1]);
        } catch {
          return next();
        }
        if (!PUBLISHED_EXTENSIONS.has(extname(name))) return next();
        const read = readStoryFile(directory, name);
        if (!read.ok) return next();
        const file = formatPublishedFile(`${label}/${name}`, read.text);
        response.setHeader('Content-Type', file.ok ? (CONTENT_TYPES[extname(name)] ?? 'text/plain') : 'text/plain');
        response.statusCode = file.ok ? 200 : 500;
        response.end(file.ok ? file.body : formatDataProblem(file.problem));
      });
    },
    generateBundle() {
      for (const file of published) {
        this.emitFile({ type: 'asset', fileName: `geodata/${file.name}`, source: file.body });
      }
    },
  };
}
