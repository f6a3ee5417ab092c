/** The part of @mapbox/shp-write (ships no types) the import tests use to build shapefiles. */
declare module '@mapbox/shp-write' {
  import type { FeatureCollection } from 'geojson';
  const shpwrite: { zip(collection: FeatureCollection, options: { outputType: 'nodebuffer'; prj?: string }): Promise<unknown> };
  export default shpwrite;
}
