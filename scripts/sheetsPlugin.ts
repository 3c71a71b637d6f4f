import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { BuildStop } from './buildStop';
import { SHEETS_FOLDER, syncStorySheets } from './importSheets';
import { readStoryFile } from './storyFiles';

/**
 * A story folder that keeps its sheets (sheets/: CSV files or one .xlsx workbook) is its own source: before the
 * build, and in development whenever a sheet is saved, its story.json, events.geojson and places.geojson are
 * brought up to date from them, as `npm run import -- <folder>` would (hand edits in the JSON are kept). The
 * build stops on a problem, printed by sheet, line and column; the dev server shows it over the page.
 */
export function sheetsPlugin(storyFolder: string, label: string): Plugin {
  const sheets = join(storyFolder, SHEETS_FOLDER);
  const sync = async (log: (line: string) => void) => {
    const result = await syncStorySheets(storyFolder, label);
    for (const line of [...result.warnings.map((warning) => `warning: ${warning}`), ...result.changes]) log(line);
    return result;
  };
  return {
    name: 'story-sheets',
    // Before the other plugins read the story's files (their config hooks run after this one's).
    enforce: 'pre',
    async config(_config, { command }) {
      if (!existsSync(sheets)) return;
      const result = await sync((line) => console.log(line));
      if (!result.ok && command === 'build') {
        throw new BuildStop([...result.problems, `${result.problems.length} problem(s) in the sheets of ${label}.`]);
      }
      for (const line of result.problems) console.error(line);
    },
    configureServer(server) {
      if (!existsSync(sheets)) return;
      server.watcher.add(sheets);
      const onChange = async (path: string) => {
        if (!resolve(path).startsWith(resolve(sheets) + sep)) return;
        const result = await sync((line) => server.config.logger.info(line));
        if (result.ok) {
          server.ws.send({ type: 'full-reload' });
          return;
        }
        for (const line of result.problems) server.config.logger.error(line);
        server.ws.send({ type: 'error', err: { message: result.problems.join('\n'), stack: '' } });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Counts of the story the build published: its title, events, places and chapters. */
function describeStory(storyFolder: string): string {
  const read = (name: string) => {
    const file = readStoryFile(storyFolder, name);
    try {
      return file.ok ? (JSON.parse(file.text) as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const story = read('story.json');
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const events = count(read('events.geojson').features);
  const places = count(read('places.geojson').features);
  const chapters = count(story.chapters);
  return [plural(events, 'event'), plural(places, 'place'), plural(chapters, 'chapter')].join(', ');
}

/**
 * After a build, one line that says what was built and where: the story, its pages and where to find them, and
 * how to serve them.
 */
export function buildReportPlugin(storyFolder: string, label: string): Plugin {
  let outDir = '';
  return {
    name: 'build-report',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const pages = readdirSync(outDir).filter((name) => name.endsWith('.html'));
      const chapters = pages.filter((name) => name.startsWith('embed-chapter-')).length;
      const main = pages.filter((name) => !name.startsWith('embed-chapter-'));
      const where = relative(process.cwd(), outDir) || '.';
      console.log(
        `\nBuilt the story of ${label}/ (${describeStory(storyFolder)}) into ${where}/: ${main.join(', ')}${chapters > 0 ? ` and ${plural(chapters, 'chapter embed')}` : ''}, the data in ${where}/geodata/. Serve it: npm run serve -- --dir ${where}`,
      );
    },
  };
}
