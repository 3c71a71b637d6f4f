/**
 * story.json checked against its schema and converted: the config, or every problem, each naming the file and field.
 */
import { toPublication, toStoryConfig } from './configFromData';
import { type DataProblem, toDataProblems } from './dataProblem';
import { type Publication, publishedStorySchema } from './publication';
import { type StoryConfig, storyConfigSchema } from './storyConfig';

export type ParsedStoryConfig = { ok: true; config: StoryConfig } | { ok: false; problems: DataProblem[] };

export function parseStoryConfig(file: string, value: unknown): ParsedStoryConfig {
  const result = storyConfigSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, problems: toDataProblems(file, result.error.issues) };
  }
  return { ok: true, config: toStoryConfig(result.data) };
}

/**
 * The publication metadata of story.json's parsed JSON, without checking the rest of the config (the build
 * publishes the pages of a story that `npm run validate` checks in full). Problems name the file and field.
 */
export function parsePublication(
  file: string,
  value: unknown,
): { ok: true; publication: Publication } | { ok: false; problems: DataProblem[] } {
  const result = publishedStorySchema.safeParse(value);
  if (result.success) return { ok: true, publication: toPublication(result.data.publication, result.data) };
  return { ok: false, problems: toDataProblems(file, result.error.issues) };
}
