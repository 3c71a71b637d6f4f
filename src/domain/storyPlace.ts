/** Fixed places of a story (the airport, its gates, neighbourhoods), not bound to a time. */

export const PLACE_CATEGORIES = [
  'airport-reference',
  'runway',
  'runway-threshold',
  'gate',
  'building',
  'neighbourhood',
  'city',
] as const;
export type PlaceCategory = (typeof PLACE_CATEGORIES)[number];

/** Categories drawn in the Airport layer; the others are labelled places of the basemap. */
export const AIRPORT_CATEGORIES: ReadonlySet<PlaceCategory> = new Set([
  'airport-reference',
  'runway',
  'runway-threshold',
  'gate',
  'building',
]);

export interface PlaceCitation {
  readonly outlet: string;
  readonly url: string;
}

export interface StoryPlace {
  readonly id: string;
  readonly name: string;
  readonly category: PlaceCategory;
  /** A point as [longitude, latitude], or for a runway its centreline from threshold to threshold. */
  readonly geometry:
    | { readonly type: 'Point'; readonly coordinates: readonly [number, number] }
    | { readonly type: 'LineString'; readonly coordinates: readonly (readonly [number, number])[] };
  readonly estimate: boolean;
  readonly uncertaintyM: number;
  readonly basis: string;
  readonly citations: readonly PlaceCitation[];
  /** Paved width in metres, for runways. */
  readonly widthM?: number;
  readonly note?: string;
}
