import { EMBED_ID_PATTERN } from '../domain/embedId';

/** Options only the embed reads from its URL; the shared state (t, event, layers, basemap…) is read as usual. */
export interface EmbedOptions {
  /** minimal: Play, previous/next and the slider; full: also speed, loop, zone, layers and the event list. */
  readonly controls: 'minimal' | 'full';
  /** light, dark, or auto (following the reader's prefers-color-scheme). */
  readonly theme: 'light' | 'dark' | 'auto';
  /** The id the embed uses in its height messages (Datawrapper format), and its iframe's id in our snippet. */
  readonly id: string;
  /** The id a Pym.js parent gave this child (`childId`), if any. */
  readonly pymChildId?: string;
}

/** Defaults, one per line. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  controls: 'minimal', // an article needs the slider and Play, not the whole app
  theme: 'auto', // follow the reader's light or dark setting
  id: 'map', // only when the page carries no story's embed id (the build writes it: data-embed-id)
};

/**
 * A new embed id for a story, unique on any article page: the story's embed id (publication.embed_id), then a
 * random suffix, so that two embeds of the same story (two moments) never share an id and each iframe is sized
 * from its own messages.
 */
export function proposeEmbedId(storyEmbedId: string, random: () => number = Math.random): string {
  const base = EMBED_ID_PATTERN.test(storyEmbedId) ? storyEmbedId.slice(0, 58) : DEFAULT_EMBED_OPTIONS.id;
  const suffix = Array.from({ length: 5 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]).join(
    '',
  );
  return `${base}-${suffix}`;
}

/**
 * Reads the embed options; anything unknown or malformed falls back to the default, the id to the story's own
 * (`storyEmbedId`, which the build writes into the page). Never throws.
 */
export function parseEmbedOptions(search: string, storyEmbedId?: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const controls = params.get('controls');
  const theme = params.get('theme');
  const id = params.get('id');
  const childId = params.get('childId');
  return {
    controls: controls === 'minimal' || controls === 'full' ? controls : DEFAULT_EMBED_OPTIONS.controls,
    theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : DEFAULT_EMBED_OPTIONS.theme,
    id: [id, storyEmbedId].find((value) => value && EMBED_ID_PATTERN.test(value)) ?? DEFAULT_EMBED_OPTIONS.id,
    pymChildId: childId && EMBED_ID_PATTERN.test(childId) ? childId : undefined,
  };
}

/** Writes the embed options that differ from the defaults, for the embed snippet's URL. */
export function serializeEmbedOptions(options: EmbedOptions, autoplay: boolean): string {
  const params = new URLSearchParams();
  if (options.controls !== DEFAULT_EMBED_OPTIONS.controls) params.set('controls', options.controls);
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
  if (autoplay) params.set('autoplay', '1');
  params.set('id', options.id);
  return params.toString();
}
