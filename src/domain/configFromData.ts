/**
 * story.json, its chapters and publication block from data that has passed their schemas (domain/storyConfig.ts,
 * chapters.ts, publication.ts): converted, defaults applied, never checked here. This module imports no schema
 * library, so that a page showing data the build has checked loads none.
 */
import { DEFAULT_LOCALE } from '../text/storyLocale';
import type { Chapter, RawChapter } from './chapters';
import { slugifyTitle } from './embedId';
import { parseIsoInstant } from './isoInstant';
import type { Publication, RawPublication } from './publication';
import { PUBLICATION_DEFAULTS } from './publicationDefaults';
import type { RawStoryConfig, StoryConfig } from './storyConfig';

/** "America/Argentina/Buenos_Aires" → "Buenos Aires": the city an IANA zone is named after. */
export function zoneCity(id: string): string {
  return (id.split('/').pop() ?? id).replace(/_/g, ' ');
}

/** The image name of a moment the data does not name: its UTC date and time, e.g. "2021-08-30-0300". */
function momentName(at: number): string {
  const iso = new Date(at).toISOString();
  return `${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** The publication metadata of a story, from its parsed `publication` (absent: all defaults). */
export function toPublication(
  raw: RawPublication | undefined,
  story: { title: string; subtitle: string },
): Publication {
  const moments = (raw?.snapshot_moments ?? []).map((moment) => {
    const at = parseIsoInstant(moment.at) as number;
    return { at, name: moment.name ?? momentName(at), label: moment.label ?? moment.at };
  });
  const image = raw?.social_image;
  return {
    pageTitle: raw?.page_title ?? story.title,
    description: raw?.description ?? story.subtitle,
    socialImage: image && {
      file: image.file,
      alt: image.alt,
      caption: image.caption ?? image.alt,
      width: image.width ?? PUBLICATION_DEFAULTS.imageWidth,
      height: image.height ?? PUBLICATION_DEFAULTS.imageHeight,
    },
    oembedProvider: raw?.oembed_provider,
    embedId: raw?.embed_id ?? slugifyTitle(story.title),
    snapshotMoments: moments,
    attribution: raw?.attribution ?? [],
    footerNote: raw?.footer_note,
  };
}

/** Converts chapters that passed the schema. */
export function toChapters(raw: readonly RawChapter[]): Chapter[] {
  return raw.map((chapter) => ({
    id: chapter.id,
    title: chapter.title,
    caption: chapter.caption,
    at: parseIsoInstant(chapter.at) as number,
    until: chapter.until === undefined ? undefined : parseIsoInstant(chapter.until),
    knowledge: chapter.knowledge ?? 'then',
    view: chapter.view,
    highlight: chapter.highlight ?? [],
    open: chapter.open,
    layers: chapter.layers,
    cites: chapter.cites ?? [],
  }));
}

/** The story's config from story.json as it passed the schema. */
export function toStoryConfig(raw: RawStoryConfig): StoryConfig {
  return {
    title: raw.title,
    subtitle: raw.subtitle,
    timeZone: { id: raw.time_zone.id, label: raw.time_zone.label ?? zoneCity(raw.time_zone.id) },
    locale: raw.locale ?? DEFAULT_LOCALE,
    area: raw.area,
    initialBounds: raw.initial_bounds,
    kinds: raw.kinds,
    layers: raw.layers ?? [],
    modules: {
      ...(raw.modules?.distances
        ? {
            distances: {
              fromPlaceId: raw.modules.distances.from,
              fromName: raw.modules.distances.name,
              ...(raw.modules.distances.edge
                ? { edge: { placeId: raw.modules.distances.edge.place, name: raw.modules.distances.edge.name } }
                : {}),
            },
          }
        : {}),
      ...(raw.modules?.chart ? { chart: raw.modules.chart } : {}),
    },
    ...(raw.source_article ? { sourceArticle: raw.source_article } : {}),
    credit: raw.credit,
    chapters: toChapters(raw.chapters ?? []),
    publication: toPublication(raw.publication, raw),
  };
}
