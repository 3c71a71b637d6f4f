import type { BasemapId } from '../state/appState';

export interface TileSource {
  readonly url: string;
  readonly host: string;
  readonly maxNativeZoom: number;
  readonly attribution: readonly { readonly text: string; readonly url?: string }[];
}

/** The online tile layers a reader may choose. Requested only after that choice. */
export const ONLINE_TILE_SOURCES: Readonly<Record<Exclude<BasemapId, 'embedded'>, TileSource>> = {
  osm: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    host: 'tile.openstreetmap.org',
    maxNativeZoom: 19,
    attribution: [{ text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' }],
  },
  satellite: {
    url: 'https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}',
    host: 'server.arcgisonline.com',
    maxNativeZoom: 18,
    attribution: [
      { text: 'Imagery © Esri', url: 'https://www.esri.com/' },
      { text: 'Maxar, Earthstar Geographics and the GIS User Community' },
    ],
  },
};
