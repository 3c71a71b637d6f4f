import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFromCheckedFiles } from './checkedStory';
import { prepareStory, type StoryFiles } from './parseStory';

/** A story folder's three files, as the page receives them. */
function storyFiles(folder: string): StoryFiles {
  const read = (name: string) => ({ name, text: readFileSync(`${folder}/${name}`, 'utf8') });
  return { story: read('story.json'), events: read('events.geojson'), places: read('places.geojson') };
}

describe('modelFromCheckedFiles', () => {
  for (const folder of ['geodata', 'e2e/fixtures/test-story']) {
    it(`makes the same model as the validating parser, for ${folder}`, async () => {
      const files = storyFiles(folder);
      const validated = await prepareStory(files);
      if (!validated.ok) throw new Error(validated.problems.map((problem) => problem.message).join('\n'));
      expect(validated.model.problems).toEqual([]);
      const checked = modelFromCheckedFiles(files);
      expect(checked.timings.checkedByBuild).toBe(true);
      const { model } = checked;
      expect(model.config).toEqual(validated.model.config);
      expect(model.places).toEqual(validated.model.places);
      expect(model.events).toEqual(validated.model.events);
      expect(model.legend).toEqual(validated.model.legend);
      expect(model.distances).toEqual(validated.model.distances);
      expect(Array.from(model.index.starts)).toEqual(Array.from(validated.model.index.starts));
      expect(model.axis).toEqual(validated.model.axis);
      expect(model.problems).toEqual([]);
      for (const event of model.events) expect(model.eventById.get(event.id)).toBe(event);
      expect(model.eventById.has('no-such-event')).toBe(false);
      expect(model.eventById.get('no-such-event')).toBeUndefined();
    });
  }

  it('throws on files that are not what the build checked, so that the page validates them instead', () => {
    const files = storyFiles('geodata');
    const broken = (events: string) => () => modelFromCheckedFiles({ ...files, events: { name: 'e', text: events } });
    expect(broken('{"type":"FeatureCollection","features":[{"type":"Feature"}]}')).toThrow();
    expect(broken('{"type":"FeatureCollection","features":[]}')).toThrow();
    expect(broken('not json')).toThrow();
  });
});
