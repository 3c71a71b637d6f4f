import { type AppState, DEFAULT_STATE } from '../state/appState';
import type { MapViewState } from '../state/mapViewStore';
import { serializeUrlState } from '../state/urlState';
import { type EmbedOptions, serializeEmbedOptions } from './embedOptions';

/** The page of a chapter of the guided story: the embed, with that chapter's snapshot as its static fallback. */
export function chapterEmbedFile(id: string): string {
  return `embed-chapter-${id}.html`;
}

/**
 * The embed's address for a state and options, next to the current page (so it works from any folder). During a
 * chapter of the guided story, the chapter's own page, whose no-JavaScript and print fallback is that chapter.
 */
export function buildEmbedUrl(
  state: AppState,
  options: EmbedOptions,
  autoplay: boolean,
  pageUrl: string,
  chapterIds: readonly string[] = [],
  view: MapViewState | null = null,
): string {
  const chapter = state.tour && !state.tour.paused ? chapterIds[state.tour.index] : undefined;
  const url = new URL(chapter ? chapterEmbedFile(chapter) : 'embed.html', pageUrl);
  // The embed's theme is the editor's option, not the page's choice.
  const shared = serializeUrlState({ ...state, theme: DEFAULT_STATE.theme }, DEFAULT_STATE, chapterIds, view);
  url.search = [shared, serializeEmbedOptions(options, autoplay)].filter(Boolean).join('&');
  return url.toString();
}

/** The full map's address for the state an embed is showing, to open in a new tab. */
export function buildFullMapUrl(
  state: AppState,
  pageUrl: string,
  chapterIds: readonly string[] = [],
  view: MapViewState | null = null,
): string {
  const url = new URL('index.html', pageUrl);
  // The full map follows its reader's own theme, not the article's.
  url.search = serializeUrlState({ ...state, theme: DEFAULT_STATE.theme }, DEFAULT_STATE, chapterIds, view);
  return url.toString();
}
