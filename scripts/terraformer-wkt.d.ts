declare module '@terraformer/wkt' {
  /** Parses Well-Known Text into a GeoJSON geometry; throws on text that is not WKT. */
  export function wktToGeoJSON(wkt: string): GeoJSON.Geometry;
  export function geojsonToWKT(geometry: GeoJSON.Geometry): string;
}
