import { describe, expect, it } from 'vitest';
import { parseEvents } from '../domain/parseEvents';
import { generateSyntheticEvents } from './syntheticEvents';

describe('synthetic benchmark events', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateSyntheticEvents(50, 7)).toEqual(generateSyntheticEvents(50, 7));
    expect(generateSyntheticEvents(50, 7)).not.toEqual(generateSyntheticEvents(50, 8));
  });

  it('pass the same validation as the story data, inside the story area', () => {
    const { events, problems } = parseEvents('synthetic.geojson', generateSyntheticEvents(2000, 1), {
      area: [60, 29, 75, 39],
    });
    expect(problems).toEqual([]);
    expect(events).toHaveLength(2000);
    expect(events.every((event) => event.end !== undefined && event.end > event.start)).toBe(true);
  });
});
