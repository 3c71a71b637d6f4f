import type { BasemapLayer } from './basemapManifest';
import type { DataProblem } from './dataProblem';

export type BasemapCollection = GeoJSON.FeatureCollection<GeoJSON.Geometry | null, Record<string, unknown> | null>;

/** The geometry types of GeoJSON (RFC 7946). */
export const GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);
const POINT_TYPES = new Set(['Point', 'MultiPoint']);

/**
 * Checks the content of a basemap layer's file (`file` names it in messages) before it is drawn: a GeoJSON
 * FeatureCollection of Features, with points for a `places` layer and lines or polygons for any other. Returns
 * the collection, or what was expected, naming the layer.
 */
export function parseBasemapLayerData(
  file: string,
  layer: Pick<BasemapLayer, 'id' | 'role'>,
  value: unknown,
): { ok: true; collection: BasemapCollection } | { ok: false; problems: DataProblem[] } {
  const field = `layer "${layer.id}"`;
  const collection = value as { type?: unknown; features?: unknown } | null;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return {
      ok: false,
      problems: [{ file, field, message: 'expected a GeoJSON FeatureCollection (an object with "features")' }],
    };
  }
  const wantsPoints = layer.role === 'places' || layer.role === 'street_labels';
  for (const [index, feature] of (collection.features as unknown[]).entries()) {
    const geometry = (feature as { type?: unknown; geometry?: { type?: unknown } | null } | null)?.geometry;
    const type = geometry?.type;
    if ((feature as { type?: unknown } | null)?.type !== 'Feature' || geometry === undefined) {
      return { ok: false, problems: [{ file, field: `${field}: features[${index}]`, message: 'expected a Feature' }] };
    }
    if (geometry === null) continue;
    if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) {
      return {
        ok: false,
        problems: [{ file, field: `${field}: features[${index}].geometry`, message: 'expected a GeoJSON geometry' }],
      };
    }
    if (type !== 'GeometryCollection' && POINT_TYPES.has(type) !== wantsPoints) {
      return {
        ok: false,
        problems: [
          {
            file,
            field: `${field}: features[${index}].geometry`,
            message: wantsPoints
              ? `expected a Point: a "${layer.role}" layer names points, got a ${type}`
              : `expected lines or polygons for a "${layer.role}" layer, got a ${type} (points go in a "places" layer)`,
          },
        ],
      };
    }
  }
  return { ok: true, collection: value as BasemapCollection };
}
