/**
 * `npm run validate`: checks every data file of a story folder and prints one line per problem (file, feature
 * id, field, what was expected). Exits 1 when anything is wrong. It checks what the build publishes (no links,
 * valid JSON) and what the app will load, and opens no file outside the folder.
 * Usage: tsx scripts/validate.ts [story-folder]   (default: geodata)
 */
import { relative } from 'node:path';
import { BASEMAP_MANIFEST_PATH } from '../src/domain/basemapManifest';
import { checkStoryConsistency } from '../src/domain/checkStoryConsistency';
import { type DataProblem, formatDataProblem } from '../src/domain/dataProblem';
import { parseStory } from '../src/domain/parseStory';
import { buildPublishedGeodata } from './publishedGeodata';
import { readStoryFile } from './storyFiles';

const directory = process.argv[2] ?? 'geodata';
const label = relative(process.cwd(), directory) || '.';
const nameOf = (file: string) => `${label}/${file}`;
const EMPTY_COLLECTION = '{"type":"FeatureCollection","features":[]}';

// What the build would publish: every file of the folder that the site serves, parsed as the build parses it,
// with the basemap manifest, the files it names and its world layers.
const problems: DataProblem[] = [...buildPublishedGeodata(directory, label).problems];
// A story may do without a basemap, but its map then shows a notice where the basemap should be: say so here.
const manifest = readStoryFile(directory, BASEMAP_MANIFEST_PATH);
if (!manifest.ok) {
  problems.push({
    file: nameOf(BASEMAP_MANIFEST_PATH),
    message: `${manifest.message}: without a basemap manifest the map is drawn with no basemap layers (see the README, "Basemap")`,
  });
}

function read(file: string, fallback?: string): string {
  const result = readStoryFile(directory, file);
  if (result.ok) return result.text;
  problems.push({ file: nameOf(file), message: result.message });
  if (fallback !== undefined) return fallback;
  report();
  process.exit(1);
}

function report(): void {
  // A file the build cannot parse is also one the story cannot: say it once.
  for (const line of new Set(problems.map(formatDataProblem))) console.error(line);
}

const story = parseStory({
  story: { name: nameOf('story.json'), text: read('story.json') },
  events: { name: nameOf('events.geojson'), text: read('events.geojson', EMPTY_COLLECTION) },
  places: { name: nameOf('places.geojson'), text: read('places.geojson', EMPTY_COLLECTION) },
});
problems.push(...story.problems);
if (story.config) {
  const articlePath = story.config.sourceArticle?.file;
  const article = articlePath === undefined ? undefined : readStoryFile(directory, articlePath);
  if (article && !article.ok) {
    // The file is refused before it is opened: nothing of it is ever printed.
    problems.push({ file: nameOf('story.json'), field: 'source_article.file', message: article.message });
  }
  // The social image is published as it is: it must be a regular file of the folder, as the build requires.
  const image = story.config.publication.socialImage?.file;
  const imageRead = image === undefined ? undefined : readStoryFile(directory, image);
  if (imageRead && !imageRead.ok) {
    problems.push({ file: nameOf('story.json'), field: 'publication.social_image.file', message: imageRead.message });
  }
  problems.push(
    ...checkStoryConsistency(
      nameOf('events.geojson'),
      story.events,
      story.places,
      article?.ok ? article.text : undefined,
      nameOf(articlePath ?? 'story.json'),
      nameOf('places.geojson'),
    ),
  );
}
if (story.events.length === 0) {
  problems.push({
    file: nameOf('events.geojson'),
    message: 'expected at least one valid event: the map has nothing to show, and no time to show it at',
  });
}
report();
const sourceCount = story.events.reduce((sum, event) => sum + event.sources.length, 0);
if (problems.length > 0) {
  console.error(
    `\n${new Set(problems.map(formatDataProblem)).size} problem(s). ${story.events.length} events and ${story.places.length} places are valid.`,
  );
  process.exit(1);
}
console.log(`${label} OK: ${story.events.length} events with ${sourceCount} sources, ${story.places.length} places.`);
