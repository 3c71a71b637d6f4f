import { extname } from 'node:path';
import type { Plugin } from 'vite';
import { formatDataProblem } from '../src/domain/dataProblem';
import { BuildStop } from './buildStop';
import { buildPublishedBasemap } from './publishedBasemap';
import {
  BINARY_EXTENSIONS,
  buildPublishedGeodata,
  checkedFilesRecord,
  formatPublishedFile,
  formatPublishedJson,
  PUBLISHED_EXTENSIONS,
  type PublishedFile,
} from './publishedGeodata';
import { listFolderFiles, readStoryFile, readStoryFileBytes } from './storyFiles';

/** The constant the pages' code reads the build's digests from (src/app/loadStory.ts). */
const CHECKED_DIGESTS_NAME = '__STORY_CHECKED_DIGESTS__';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.mvt': 'application/vnd.mapbox-vector-tile',
};

/** A world layer of the folder's basemap manifest published as `name`, if there is one. */
function publishedWorldLayer(directory: string, label: string, name: string): PublishedFile | undefined {
  if (!name.startsWith('basemap/')) return undefined;
  const folderFiles = new Set(listFolderFiles(directory, label).files.map((file) => file.name));
  const layer = buildPublishedBasemap(directory, label, folderFiles).worldLayers.find((world) => world.name === name);
  return layer && formatPublishedJson(`${label}/${name}`, layer.value);
}

/**
 * Publishes a story folder at `<base>/geodata/` with stable names: served from the folder in development and
 * copied into the build in its published form (scripts/publishedGeodata.ts). Stable names let a newsroom swap
 * in corrected data without a rebuild. The basemap manifest's world layers are cut to the story's area and
 * published at `basemap/<id>.json`. The build stops, one line per problem, on a symbolic or hard link, a special file or
 * invalid JSON in the folder, or an invalid basemap manifest; `label` names the folder in those lines.
 */
export function geodataPlugin(directory: string, label = 'geodata'): Plugin {
  let published: { name: string; body: string | Uint8Array }[] = [];
  return {
    name: 'geodata',
    config(_config, { command }) {
      // In development the page validates what it loads: the folder's files change under it.
      if (command !== 'build') return { define: { [CHECKED_DIGESTS_NAME]: '{}' } };
      const result = buildPublishedGeodata(directory, label);
      if (result.problems.length > 0) throw BuildStop.fromProblems(result.problems);
      published = result.files;
      // What the story's parser found nothing wrong with, written into the code of the pages that will read it.
      return { define: { [CHECKED_DIGESTS_NAME]: JSON.stringify(checkedFilesRecord(published, label) ?? {}) } };
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
        if (BINARY_EXTENSIONS.has(extname(name))) {
          const bytes = readStoryFileBytes(directory, name);
          if (!bytes.ok) return next();
          response.setHeader('Content-Type', CONTENT_TYPES['.mvt'] as string);
          response.end(bytes.content);
          return;
        }
        const read = readStoryFile(directory, name);
        // Not in the folder: a world layer of the manifest, cut anew on each request so that edits show at once.
        const world = read.ok ? undefined : publishedWorldLayer(directory, label, name);
        if (!read.ok && !world) return next();
        const file = world ?? formatPublishedFile(`${label}/${name}`, read.ok ? read.text : '');
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
