import { describe, expect, it } from 'vitest';
import { toPublication } from './configFromData';
import { formatDataProblem } from './dataProblem';
import { slugifyTitle } from './embedId';
import { parsePublication } from './parseStoryConfig';
import { checkSnapshotMoments, selectSnapshotMoments, selectSocialImage } from './publication';

const STORY = { title: 'Test data: a harbour fire', subtitle: 'None of this happened.' };

/** The problems parsePublication reports for story.json with this `publication`, one line each. */
function problemsWith(publication: unknown): string[] {
  const result = parsePublication('story.json', { ...STORY, publication });
  return result.ok ? [] : result.problems.map(formatDataProblem);
}

describe('toPublication', () => {
  it('takes its defaults from the story: title, subtitle, the title as the embed id, no image, no credits', () => {
    expect(toPublication(undefined, STORY)).toEqual({
      pageTitle: 'Test data: a harbour fire',
      description: 'None of this happened.',
      socialImage: undefined,
      oembedProvider: undefined,
      embedId: 'test-data-a-harbour-fire',
      snapshotMoments: [],
      attribution: [],
      footerNote: undefined,
    });
  });

  it('keeps what the data gives, and fills the image size and caption and the moments’ names and labels', () => {
    const publication = toPublication(
      {
        page_title: 'A fire',
        embed_id: 'fire-map',
        social_image: { file: 'snapshots/fire.png', alt: 'The harbour on fire' },
        snapshot_moments: [{ at: '2024-02-03T15:00:00-03:00' }, { at: '2024-02-04T09:30:00-03:00', name: 'morning' }],
      },
      STORY,
    );
    expect(publication.pageTitle).toBe('A fire');
    expect(publication.description).toBe('None of this happened.');
    expect(publication.embedId).toBe('fire-map');
    expect(publication.socialImage).toEqual({
      file: 'snapshots/fire.png',
      alt: 'The harbour on fire',
      caption: 'The harbour on fire',
      width: 1200,
      height: 675,
    });
    expect(publication.snapshotMoments).toEqual([
      { at: Date.parse('2024-02-03T18:00:00Z'), name: '2024-02-03-1800', label: '2024-02-03T15:00:00-03:00' },
      { at: Date.parse('2024-02-04T12:30:00Z'), name: 'morning', label: '2024-02-04T09:30:00-03:00' },
    ]);
  });
});

describe('slugifyTitle', () => {
  it('makes an embed id of any title: lowercase words, a letter first, never empty', () => {
    expect(slugifyTitle('The Harbour Fire, 3–5 February')).toBe('the-harbour-fire-35-february');
    expect(slugifyTitle('30 août: « carte » ')).toBe('aout-carte');
    expect(slugifyTitle('«»')).toBe('map');
    expect(slugifyTitle('a'.repeat(80))).toHaveLength(40);
  });
});

describe('selectSnapshotMoments', () => {
  const starts = [Date.parse('2024-02-03T18:00:00Z'), Date.parse('2024-02-05T12:00:00Z')];

  it('renders the whole story, at its last event’s start, when the data names no moment', () => {
    expect(selectSnapshotMoments(toPublication(undefined, STORY), starts)).toEqual([
      { at: Date.parse('2024-02-05T12:00:00Z'), name: 'story-end', label: 'the whole story' },
    ]);
    expect(selectSnapshotMoments(toPublication(undefined, STORY), [])).toEqual([]);
  });

  it('renders the data’s moments when it names them', () => {
    const publication = toPublication({ snapshot_moments: [{ at: '2024-02-04T09:30:00-03:00' }] }, STORY);
    expect(selectSnapshotMoments(publication, starts).map((moment) => moment.name)).toEqual(['2024-02-04-1230']);
  });
});

describe('selectSocialImage', () => {
  it('previews the story with its first snapshot once rendered, and with nothing before', () => {
    const publication = toPublication(undefined, STORY);
    expect(selectSocialImage(publication, () => false)).toBeUndefined();
    expect(selectSocialImage(publication, (file) => file === 'snapshots/story-end.png')).toMatchObject({
      file: 'snapshots/story-end.png',
      alt: 'Map of “Test data: a harbour fire”',
    });
  });

  it('prefers the data’s own image', () => {
    const publication = toPublication({ social_image: { file: 'cover.jpg', alt: 'A cover' } }, STORY);
    expect(selectSocialImage(publication, () => true)?.file).toBe('cover.jpg');
  });
});

describe('parsePublication', () => {
  it('reads the publication whatever else story.json holds (fields other checks own)', () => {
    const result = parsePublication('story.json', { ...STORY, kinds: [{ id: 'fire' }], locale: 'en-US' });
    expect(result.ok && result.publication.embedId).toBe('test-data-a-harbour-fire');
  });

  it('refuses a social image outside the story folder, or that is no image, naming the field', () => {
    expect(problemsWith({ social_image: { file: '../../etc/passwd.png', alt: 'x' } })).toEqual([
      'story.json: publication.social_image.file: expected a path inside the story folder, relative to it (e.g. "sources/article.txt"), got "../../etc/passwd.png"',
    ]);
    expect(problemsWith({ social_image: { file: 'story.json', alt: 'x' } })).toEqual([
      'story.json: publication.social_image.file: expected a .png, .jpg, .jpeg, .webp image, got "story.json"',
    ]);
    expect(problemsWith({ social_image: { file: 'a.png' } })).toHaveLength(1);
  });

  it('refuses an embed id that is not safe in an HTML id, a provider link that is not http(s), unknown fields', () => {
    expect(problemsWith({ embed_id: '"><script>' })).toEqual([
      'story.json: publication.embed_id: expected an embed id: a letter, then letters, digits, "-" or "_" (≤ 64)',
    ]);
    expect(problemsWith({ oembed_provider: { name: 'Us', url: 'javascript:alert(1)' } })).toEqual([
      'story.json: publication.oembed_provider.url: expected an http(s) URL, got "javascript:alert(1)"',
    ]);
    expect(problemsWith({ attribution: [{ text: 'Natural Earth', url: 'data:text/html,x' }] })).toHaveLength(1);
    expect(problemsWith({ og_image: 'x.png' })).toEqual(['story.json: publication: Unrecognized key: "og_image"']);
  });

  it('refuses a snapshot moment without its offset', () => {
    expect(problemsWith({ snapshot_moments: [{ at: '2024-02-03T15:00:00' }] })).toEqual([
      'story.json: publication.snapshot_moments[0].at: expected an ISO 8601 time with offset, e.g. "2021-08-26T18:00:00+04:30", got "2024-02-03T15:00:00"',
    ]);
  });
});

describe('checkSnapshotMoments', () => {
  it('reports a moment outside the story’s time span', () => {
    const publication = toPublication(
      { snapshot_moments: [{ at: '2024-02-03T15:00:00-03:00' }, { at: '2030-01-01T00:00:00Z' }] },
      STORY,
    );
    const events = [{ start: Date.parse('2024-02-03T12:00:00Z'), end: Date.parse('2024-02-04T12:00:00Z') }];
    expect(checkSnapshotMoments('story.json', publication, events).map(formatDataProblem)).toEqual([
      "story.json: publication.snapshot_moments[1].at: expected a moment inside the story's time span (from its first event to its last)",
    ]);
  });
});
