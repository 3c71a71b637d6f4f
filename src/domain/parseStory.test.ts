import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collection, validEvent } from '../test/storyFixtures';
import { type ParsedEventsJob, parseEventsText, prepareStory, type StoryFiles } from './parseStory';

/** The Kabul story's own files, as the page fetches them. */
function storyFiles(changes: Partial<StoryFiles> = {}): StoryFiles {
  const read = (name: string) => ({ name, text: readFileSync(`geodata/${name}`, 'utf8') });
  return { story: read('story.json'), events: read('events.geojson'), places: read('places.geojson'), ...changes };
}

describe('prepareStory', () => {
  it('turns the story files into a model with its events in time order, indexed, and on one axis', async () => {
    const prepared = await prepareStory(storyFiles());
    if (!prepared.ok) throw new Error(prepared.problems.map((problem) => problem.message).join('\n'));
    const { model } = prepared;
    expect(model.problems).toEqual([]);
    expect(model.events.map((event) => event.id)).toEqual(Array.from(model.index.ids));
    expect(model.axis.start).toBeLessThanOrEqual(model.events[0]?.start ?? Number.NaN);
    expect(model.places.length).toBeGreaterThan(0);
  });

  it('skips an invalid event and reports it with the other problems, given first', async () => {
    const events = { name: 'events.geojson', text: JSON.stringify(collection(validEvent('ok'), { type: 'Feature' })) };
    const earlier = { file: 'places.geojson', message: 'could not be loaded (HTTP 404)' };
    const prepared = await prepareStory(storyFiles({ events }), { problems: [earlier] });
    if (!prepared.ok) throw new Error('expected the story to load');
    expect(prepared.model.events.map((event) => event.id)).toEqual(['ok']);
    expect(prepared.model.problems[0]).toEqual(earlier);
    expect(prepared.model.problems.some((problem) => problem.file === 'events.geojson')).toBe(true);
  });

  it('fails with no valid event, saying what was expected', async () => {
    const events = { name: 'events.geojson', text: JSON.stringify(collection()) };
    const prepared = await prepareStory(storyFiles({ events }));
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems[0]?.message).toMatch(/expected at least one valid event/);
  });

  it('fails when story.json is not JSON, naming the file', async () => {
    const prepared = await prepareStory(storyFiles({ story: { name: 'story.json', text: '{' } }));
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.problems[0]?.file).toBe('story.json');
  });

  it('parses the events through the transport it is given, which stands for a worker', async () => {
    const requests: string[] = [];
    const prepared = await prepareStory(storyFiles(), {
      parseEventsFile: async (request): Promise<ParsedEventsJob> => {
        requests.push(request.file);
        return { ...parseEventsText(request), timings: { validateMs: 0, indexMs: 0, inWorker: true } };
      },
    });
    expect(requests).toEqual(['events.geojson']);
    expect(prepared.ok && prepared.timings.inWorker).toBe(true);
  });
});
