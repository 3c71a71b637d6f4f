import { describe, expect, it } from 'vitest';
import { EMBED_ID_PATTERN } from '../domain/embedId';
import { DEFAULT_STATE } from '../state/appState';
import { buildEmbedSnippet } from './buildEmbedSnippet';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, proposeEmbedId, serializeEmbedOptions } from './embedOptions';
import { buildEmbedUrl, buildFullMapUrl } from './embedUrl';
import { ampHeightMessage, datawrapperHeightMessage, parsePymWidthMessage, pymHeightMessage } from './heightMessages';
import { createHeightReporter } from './reportHeight';
import { formatEmbedImagePolicy } from './restrictImageSources';

describe('embed options', () => {
  it('reads valid options', () => {
    expect(parseEmbedOptions('?controls=full&theme=dark&id=my-map&childId=pym-1')).toEqual({
      controls: 'full',
      theme: 'dark',
      id: 'my-map',
      pymChildId: 'pym-1',
    });
  });

  it('falls back to the defaults for anything else', () => {
    expect(parseEmbedOptions('?controls=all&theme=%3Cb%3E&id=%22onload%3D&childId=1x')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it('writes only what differs from the defaults, and the id', () => {
    expect(serializeEmbedOptions(DEFAULT_EMBED_OPTIONS, false)).toBe('id=map');
    expect(serializeEmbedOptions({ ...DEFAULT_EMBED_OPTIONS, controls: 'full', theme: 'light' }, true)).toBe(
      'controls=full&theme=light&autoplay=1&id=map',
    );
  });
});

describe('embed ids', () => {
  it("are proposed from the story's embed id, valid, and different each time", () => {
    const ids = new Set(Array.from({ length: 50 }, () => proposeEmbedId('harbour-fire')));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(EMBED_ID_PATTERN);
      expect(id).toMatch(/^harbour-fire-[a-z2-9]{5}$/);
      expect(parseEmbedOptions(`?id=${id}`).id).toBe(id);
    }
  });

  it('stay valid whatever the story gives: too long, or not an id', () => {
    expect(proposeEmbedId(`a${'b'.repeat(63)}`, () => 0)).toMatch(EMBED_ID_PATTERN);
    expect(proposeEmbedId('"><script>', () => 0)).toBe('map-aaaaa');
  });

  it("default to the story's id written into the page, then to a generic one", () => {
    expect(parseEmbedOptions('', 'harbour-fire').id).toBe('harbour-fire');
    expect(parseEmbedOptions('?id=mine', 'harbour-fire').id).toBe('mine');
    expect(parseEmbedOptions('?id=%22x', '"><b>').id).toBe(DEFAULT_EMBED_OPTIONS.id);
  });
});

describe('height messages', () => {
  it('speak the formats host pages listen for', () => {
    expect(datawrapperHeightMessage('harbour-fire-map', 612)).toEqual({
      'datawrapper-height': { 'harbour-fire-map': 612 },
    });
    expect(ampHeightMessage(612)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 612 });
    expect(pymHeightMessage('container', 612)).toBe('pymxPYMxcontainerxPYMxheightxPYMx612');
  });

  it('understand only a Pym width message addressed to this child', () => {
    expect(parsePymWidthMessage('pymxPYMxcontainerxPYMxwidthxPYMx640', 'container')).toBe(640);
    expect(parsePymWidthMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'container')).toBeUndefined();
    expect(
      parsePymWidthMessage('pymxPYMxcontainerxPYMxnavigateToxPYMxhttps://evil.example', 'container'),
    ).toBeUndefined();
    expect(parsePymWidthMessage({ width: 640 }, 'container')).toBeUndefined();
    expect(parsePymWidthMessage('pymxPYMxcontainerxPYMxwidthxPYMx-5', 'container')).toBeUndefined();
  });
});

describe('the height reporter', () => {
  /** A reporter over a fake page: its height, the messages it posted, the tasks it deferred. */
  function fakePage(options = { id: 'map', pymChildId: 'container' }) {
    const page = { height: 600, posted: [] as unknown[], tasks: [] as (() => void)[] };
    const reporter = createHeightReporter(options, {
      measure: () => page.height,
      post: (message) => page.posted.push(message),
      schedule: (task) => page.tasks.push(task),
    });
    const runTasks = () => {
      for (const task of page.tasks.splice(0)) task();
    };
    return { page, reporter, runTasks };
  }

  it('posts a new height once in each of the three formats', () => {
    const { page, reporter } = fakePage();
    reporter.resized();
    reporter.resized();
    expect(page.posted).toEqual([
      datawrapperHeightMessage('map', 600),
      ampHeightMessage(600),
      pymHeightMessage('container', 600),
    ]);
  });

  it('answers a Pym.js width message with one Pym.js height message only', () => {
    const { page, reporter, runTasks } = fakePage();
    reporter.received('pymxPYMxcontainerxPYMxwidthxPYMx640');
    runTasks();
    expect(page.posted).toEqual([pymHeightMessage('container', 600)]);
  });

  it('answers a flood of width messages once, and ignores every other message', () => {
    const { page, reporter, runTasks } = fakePage();
    for (let i = 0; i < 5000; i++) reporter.received(`pymxPYMxcontainerxPYMxwidthxPYMx${300 + (i % 900)}`);
    for (const data of ['hello', { navigate: 'https://evil.example' }, 'pymxPYMxotherxPYMxwidthxPYMx300', null, 42]) {
      reporter.received(data);
    }
    runTasks();
    expect(page.posted).toEqual([pymHeightMessage('container', 600)]);
    // The next burst gets its own answer, with the height as it is then.
    page.height = 480;
    reporter.received('pymxPYMxcontainerxPYMxwidthxPYMx320');
    runTasks();
    expect(page.posted).toEqual([pymHeightMessage('container', 600), pymHeightMessage('container', 480)]);
  });
});

describe('the embed snippet', () => {
  const options = {
    src: 'https://news.example/harbour-fire/embed.html?t=2021-08-30T02:10Z&event=rocket-attack-0830-launch&id=harbour-fire-map',
    id: 'harbour-fire-map',
    title: 'Interactive map: The harbour fire',
    height: 600,
    autoHeight: true,
  };

  it('is a full-width, lazy, titled iframe', () => {
    const snippet = buildEmbedSnippet({ ...options, autoHeight: false });
    expect(snippet).toBe(
      '<iframe id="harbour-fire-map" title="Interactive map: The harbour fire" src="https://news.example/harbour-fire/embed.html?t=2021-08-30T02:10Z&amp;event=rocket-attack-0830-launch&amp;id=harbour-fire-map" style="width:100%;height:600px;border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
  });

  it('adds a script that accepts heights only from its own iframe', () => {
    const snippet = buildEmbedSnippet(options);
    expect(snippet).toContain('e.source!==f.contentWindow');
    expect(snippet).toContain('d["harbour-fire-map"]');
  });

  it('escapes what it puts in attributes', () => {
    const snippet = buildEmbedSnippet({ ...options, title: 'A "map" <b>', autoHeight: false });
    expect(snippet).toContain('title="A &quot;map&quot; &lt;b&gt;"');
  });
});

describe('embed and full-map addresses', () => {
  const state = { ...DEFAULT_STATE, time: Date.parse('2021-08-30T02:10:00Z'), selectedId: 'rocket-attack-0830-launch' };

  it('sit next to the current page, so that they work from any folder', () => {
    expect(
      buildEmbedUrl(
        state,
        DEFAULT_EMBED_OPTIONS,
        false,
        'https://news.example/interactive/harbour-fire/index.html?t=x',
      ),
    ).toBe(
      'https://news.example/interactive/harbour-fire/embed.html?t=2021-08-30T02:10Z&event=rocket-attack-0830-launch&id=map',
    );
    expect(buildFullMapUrl(state, 'https://news.example/interactive/harbour-fire/embed.html?id=a')).toBe(
      'https://news.example/interactive/harbour-fire/index.html?t=2021-08-30T02:10Z&event=rocket-attack-0830-launch',
    );
  });
});

describe('the embed’s image policy', () => {
  it('allows the one tile server the link chose, and none otherwise', () => {
    expect(formatEmbedImagePolicy('')).toBe("img-src 'self' data:");
    expect(formatEmbedImagePolicy('?basemap=osm')).toBe("img-src 'self' data: https://tile.openstreetmap.org");
    expect(formatEmbedImagePolicy('?basemap=satellite')).toBe("img-src 'self' data: https://server.arcgisonline.com");
    for (const search of [
      '?basemap=embedded',
      '?basemap=toString',
      '?basemap=__proto__',
      '?basemap=https://evil.example',
    ]) {
      expect(formatEmbedImagePolicy(search)).toBe("img-src 'self' data:");
    }
  });
});
