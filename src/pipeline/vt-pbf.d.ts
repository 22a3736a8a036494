/** Types for `vt-pbf` (which ships none): only the function the tile step uses. */
declare module 'vt-pbf' {
  interface GeojsonVtFeature {
    type: number;
    geometry: unknown;
    tags: Record<string, unknown>;
    id?: number | string | undefined;
  }
  /** MVT bytes of geojson-vt-shaped layers (supercluster's `getTile` gives that shape). */
  export function fromGeojsonVt(
    layers: Record<string, { features: GeojsonVtFeature[] }>,
    options?: { version?: number; extent?: number },
  ): Uint8Array;
}
