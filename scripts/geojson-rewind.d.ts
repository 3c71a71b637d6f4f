declare module '@mapbox/geojson-rewind' {
  /** Rewinds every Polygon and MultiPolygon ring in place: outer rings clockwise when `outer` is true, else counter-clockwise (RFC 7946), holes the other way. */
  export default function rewind<T>(geojson: T, outer?: boolean): T;
}
