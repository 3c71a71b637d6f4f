import { ONLINE_TILE_SOURCES } from '../map/onlineTileSources';

/**
 * The embed's image policy: its own images and data: URLs, plus the one tile server its link chose
 * (`basemap=osm` or `basemap=satellite`), and no other. The embed cannot switch basemaps, so it needs no more.
 */
export function formatEmbedImagePolicy(search: string): string {
  const basemap = new URLSearchParams(search).get('basemap');
  const tiles = basemap && Object.hasOwn(ONLINE_TILE_SOURCES, basemap) ? ONLINE_TILE_SOURCES[basemap as 'osm'] : null;
  return `img-src 'self' data:${tiles ? ` https://${tiles.host}` : ''}`;
}

/**
 * Narrows the page's Content-Security-Policy (header or <meta>, which allow both tile servers) to the embed's
 * image policy, by adding a second policy: browsers enforce every policy a page has, so this can only narrow.
 * Called first by the embed's entry, before anything renders; a static page needs no render-blocking script.
 */
export function restrictImageSources(search: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = formatEmbedImagePolicy(search);
  document.head.append(meta);
}
