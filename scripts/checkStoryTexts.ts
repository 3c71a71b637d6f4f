/**
 * The story's one validator over its three files as text: what `npm run validate` checks of a story (beyond the
 * folder's published form and basemap), and what `npm run import` checks before it writes anything, so that what
 * the import accepts, validate accepts.
 */
import { checkStoryConsistency } from '../src/domain/checkStoryConsistency';
import type { DataProblem } from '../src/domain/dataProblem';
import { parseJsonText } from '../src/domain/parseJsonText';
import { parseStory, type StoryFiles } from '../src/domain/parseStory';
import type { StoryFileRead } from './storyFiles';
import { findUnfitLinks } from './unfitSources';

/** Every problem of a story's files; `readFile` opens the other files they name (the source article, the image). */
export function checkStoryTexts(
  files: StoryFiles,
  readFile: (relativePath: string) => StoryFileRead,
  nameOf: (file: string) => string,
): { problems: DataProblem[]; events: number; sources: number; places: number } {
  const problems: DataProblem[] = [];
  const story = parseStory(files);
  problems.push(...story.problems);
  // Sources and place citations that link to content farms, scrapers, partisan aggregators or mirrors.
  for (const file of [files.events, files.places]) {
    const json = parseJsonText(file.name, file.text);
    if (json.ok) problems.push(...findUnfitLinks(file.name, json.value));
  }
  if (story.config) {
    const articlePath = story.config.sourceArticle?.file;
    const article = articlePath === undefined ? undefined : readFile(articlePath);
    if (article && !article.ok) {
      // The file is refused before it is opened: nothing of it is ever printed.
      problems.push({ file: files.story.name, field: 'source_article.file', message: article.message });
    }
    // The social image is published as it is: it must be a regular file of the folder, as the build requires.
    const image = story.config.publication.socialImage?.file;
    const imageRead = image === undefined ? undefined : readFile(image);
    if (imageRead && !imageRead.ok) {
      problems.push({ file: files.story.name, field: 'publication.social_image.file', message: imageRead.message });
    }
    problems.push(
      ...checkStoryConsistency(
        files.events.name,
        story.events,
        story.places,
        article?.ok ? article.text : undefined,
        articlePath === undefined ? files.story.name : nameOf(articlePath),
        files.places.name,
      ),
    );
  }
  if (story.events.length === 0) {
    problems.push({
      file: files.events.name,
      message: 'expected at least one valid event: the map has nothing to show, and no time to show it at',
    });
  }
  return {
    problems,
    events: story.events.length,
    sources: story.events.reduce((sum, event) => sum + event.sources.length, 0),
    places: story.places.length,
  };
}
