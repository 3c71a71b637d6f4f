import { closeSync, openSync, readSync } from 'node:fs';
import { createOSMStream } from 'osm-pbf-parser-node';
import type { Box } from '../worldLayer';

export type OsmTags = Readonly<Record<string, string>>;

/** A node that says something by itself (a place name, a landmark): its position and tags. */
export interface OsmPoint {
  readonly id: number;
  readonly lon: number;
  readonly lat: number;
  readonly tags: OsmTags;
}

export interface OsmWay {
  readonly id: number;
  /** The ids of its nodes, in order. */
  readonly refs: readonly number[];
  readonly tags: OsmTags;
}

export interface OsmMember {
  readonly type: 'node' | 'way' | 'relation';
  readonly ref: number;
  readonly role: string;
}

export interface OsmRelation {
  readonly id: number;
  readonly members: readonly OsmMember[];
  readonly tags: OsmTags;
}

/** What of an extract the basemap needs: node positions near the area, and the elements that could be drawn. */
export interface OsmExtract {
  /** The extract's own bounds from its header ([west, south, east, north]), when it gives them. */
  readonly bounds?: Box;
  /** When the extract's data was taken, from its header (ISO 8601), when it says. */
  readonly timestamp?: string;
  /** A node's [lon, lat] by its id; undefined for a node not in the extract or far from the area. */
  readonly position: (id: number) => [number, number] | undefined;
  /** How many node positions were kept. */
  readonly nodeCount: number;
  /** Tagged nodes inside the kept box. */
  readonly points: readonly OsmPoint[];
  readonly ways: readonly OsmWay[];
  readonly relations: readonly OsmRelation[];
}

/** Raised for a file that is not an OSM PBF extract, or that cannot be read whole. */
export class OsmExtractError extends Error {}

interface RawElement {
  type?: string;
  id?: number;
  lat?: number;
  lon?: number;
  tags?: Record<string, string>;
  refs?: number[];
  members?: OsmMember[];
  bbox?: { left: number; right: number; top: number; bottom: number };
  osmosis_replication_timestamp?: number;
  optional_features?: string[];
}

/** Every PBF file starts with a 4-byte header length and a BlobHeader of type "OSMHeader". */
function looksLikePbf(path: string): boolean {
  const head = Buffer.alloc(64);
  let read = 0;
  const fd = openSync(path, 'r');
  try {
    read = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 16) return false;
  const headerLength = head.readUInt32BE(0);
  return headerLength > 0 && headerLength < 64 * 1024 && head.subarray(4, read).includes('OSMHeader');
}

/**
 * Reads an OpenStreetMap PBF extract (as Geofabrik, BBBike or osmium write them) with a pure-JS streaming reader,
 * keeping only what a basemap of `keep` can use: the positions of nodes inside it, the tagged nodes there, and the
 * ways and relations `wanted` accepts (ways need at least one kept node). The file is read once, as a stream, so
 * that a country's extract never has to fit in memory whole.
 */
export async function readOsmExtract(
  path: string,
  keep: Box,
  wanted: {
    readonly way: (tags: OsmTags) => boolean;
    readonly relation: (tags: OsmTags) => boolean;
    readonly point: (tags: OsmTags) => boolean;
  },
): Promise<OsmExtract> {
  if (!looksLikePbf(path)) {
    throw new OsmExtractError('is not an OpenStreetMap PBF extract (expected a .osm.pbf file, e.g. from Geofabrik)');
  }
  const index = new Map<number, number>();
  const coordinates: number[] = [];
  const points: OsmPoint[] = [];
  const ways: OsmWay[] = [];
  const relations: OsmRelation[] = [];
  let bounds: Box | undefined;
  let timestamp: string | undefined;
  const [west, south, east, north] = keep;
  const take = (element: RawElement) => {
    const tags = element.tags ?? {};
    switch (element.type) {
      case 'node': {
        const { lon = Number.NaN, lat = Number.NaN, id = 0 } = element;
        if (!(lon >= west && lon <= east && lat >= south && lat <= north)) return;
        index.set(id, coordinates.length);
        coordinates.push(lon, lat);
        if (element.tags && wanted.point(tags)) points.push({ id, lon, lat, tags });
        return;
      }
      case 'way': {
        const refs = element.refs ?? [];
        if (!wanted.way(tags) || !refs.some((ref) => index.has(ref))) return;
        ways.push({ id: element.id ?? 0, refs, tags });
        return;
      }
      case 'relation':
        if (wanted.relation(tags)) relations.push({ id: element.id ?? 0, members: element.members ?? [], tags });
        return;
      default:
        // The header block: its bounding box, in nanodegrees.
        if (element.bbox) {
          const { left, right, top, bottom } = element.bbox;
          bounds = [left * 1e-9, bottom * 1e-9, right * 1e-9, top * 1e-9];
        }
        if (element.osmosis_replication_timestamp) {
          timestamp = new Date(element.osmosis_replication_timestamp * 1000).toISOString().replace('.000Z', 'Z');
        } else {
          timestamp ??= element.optional_features?.find((feature) => feature.startsWith('timestamp='))?.slice(10);
        }
    }
  };
  try {
    for await (const item of createOSMStream(path, { withTags: true, withInfo: false })) {
      if (Array.isArray(item)) for (const element of item) take(element as RawElement);
      else take(item as RawElement);
    }
  } catch (error) {
    throw new OsmExtractError(`could not be read as an OpenStreetMap PBF extract (${(error as Error).message})`);
  }
  return {
    bounds,
    timestamp,
    position: (id) => {
      const at = index.get(id);
      return at === undefined ? undefined : [coordinates[at] as number, coordinates[at + 1] as number];
    },
    nodeCount: index.size,
    points,
    ways,
    relations,
  };
}
