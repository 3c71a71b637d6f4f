/**
 * A story from files the build has checked (domain/checkedFiles.ts: their digests are the ones it recorded when
 * the story's parser found no problem in them): converted into the model, not validated again. Nothing here
 * imports the schemas or their library; a page that gets the files the build checked never loads them. Files
 * that are not what the build checked go through domain/parseStory.ts instead.
 */
import { buildTimeIndex, type TimeIndexOptions } from '../time/timeIndex';
import { toStoryConfig } from './configFromData';
import { convertCheckedEvents } from './eventsFromData';
import type { EventsTimings, StoryFiles } from './parseStory';
import { convertCheckedPlaces } from './placesFromData';
import type { RawStoryConfig, StoryConfig } from './storyConfig';
import { buildStoryModel, type StoryModel } from './storyModel';
import type { StoryPlace } from './storyPlace';

export interface CheckedStory {
  readonly model: StoryModel;
  readonly timings: EventsTimings;
}

/**
 * The model of a story whose three files the build checked. Throws on files that are not (a record that does not
 * describe them): the caller then validates them.
 */
export function modelFromCheckedFiles(files: StoryFiles, indexOptions?: TimeIndexOptions): CheckedStory {
  const config = toStoryConfig(JSON.parse(files.story.text) as RawStoryConfig);
  const places = convertCheckedPlaces(JSON.parse(files.places.text));
  return modelFromCheckedEvents({ config, places }, files.events.text, indexOptions);
}

/** The model of a story from its config and places and the text of an events file the build checked. */
export function modelFromCheckedEvents(
  frame: { readonly config: StoryConfig; readonly places: readonly StoryPlace[] },
  eventsText: string,
  indexOptions?: TimeIndexOptions,
): CheckedStory {
  const started = performance.now();
  const events = convertCheckedEvents(JSON.parse(eventsText));
  if (events.length === 0) throw new Error('no event: not a file the build checked');
  const converted = performance.now();
  const index = buildTimeIndex(events, indexOptions);
  const indexed = performance.now();
  return {
    model: buildStoryModel({ ...frame, problems: [], events, index }),
    timings: {
      validateMs: converted - started,
      indexMs: indexed - converted,
      inWorker: false,
      checkedByBuild: true,
    },
  };
}
