declare module 'vt-pbf' {
  /** Encodes geojson-vt tiles, one per layer name, as a Mapbox Vector Tile (protocol buffers). */
  export function fromGeojsonVt(
    layers: Record<string, { features: readonly unknown[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}

declare module 'pbf' {
  /** Protocol buffers reader (mapbox/pbf 3). */
  export default class Pbf {
    constructor(buffer?: Uint8Array);
  }
}

declare module '@mapbox/vector-tile' {
  import type Pbf from 'pbf';
  /** A decoded Mapbox Vector Tile (mapbox/vector-tile-js 1): its layers by name. */
  export class VectorTile {
    constructor(pbf: Pbf);
    layers: Record<
      string,
      {
        length: number;
        feature(index: number): { properties: Record<string, unknown>; loadGeometry(): { x: number; y: number }[][] };
      }
    >;
  }
}
