/**
 * `npm run validate`: checks every data file of the story in geodata/ and prints one line per problem
 * (file, feature id, field, what was expected). Exits 1 when anything is wrong.
 * Usage: tsx scripts/validate.ts [geodata-directory]
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkStoryConsistency } from '../src/domain/checkStoryConsistency';
import { formatDataProblem } from '../src/domain/dataProblem';
import { parseStory } from '../src/domain/parseStory';

const directory = process.argv[2] ?? 'geodata';
const nameOf = (file: string) => relative(process.cwd(), join(directory, file)) || file;
const read = (file: string) => {
  try {
    return readFileSync(join(directory, file), 'utf8');
  } catch (error) {
    console.error(`${nameOf(file)}: cannot read the file (${(error as Error).message})`);
    process.exit(1);
  }
};

const story = parseStory({
  story: { name: nameOf('story.json'), text: read('story.json') },
  events: { name: nameOf('events.geojson'), text: read('events.geojson') },
  places: { name: nameOf('places.geojson'), text: read('places.geojson') },
});
const problems = [...story.problems];
if (story.config) {
  const article = read(story.config.sourceArticle.file);
  problems.push(
    ...checkStoryConsistency(
      nameOf('events.geojson'),
      story.events,
      story.places,
      article,
      nameOf(story.config.sourceArticle.file),
    ),
  );
  for (const id of [story.config.referencePlaceId, story.config.runwayPlaceId]) {
    if (id !== undefined && !story.places.some((place) => place.id === id)) {
      problems.push({
        file: nameOf('story.json'),
        message: `expected "${id}" to be the id of a place in places.geojson`,
      });
    }
  }
}
for (const problem of problems) console.error(formatDataProblem(problem));
const sourceCount = story.events.reduce((sum, event) => sum + event.sources.length, 0);
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem(s). ${story.events.length} events and ${story.places.length} places are valid.`,
  );
  process.exit(1);
}
console.log(`geodata OK: ${story.events.length} events with ${sourceCount} sources, ${story.places.length} places.`);
