/** The part of shpjs (6.x, ships no types) that the import uses. */
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  /** Reads a zipped shapefile; one collection per layer (an array when there are several), reprojected by its .prj. */
  export function parseZip(buffer: ArrayBuffer | Uint8Array): Promise<FeatureCollection | FeatureCollection[]>;
}
