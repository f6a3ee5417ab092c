/** The part of geojson-validation (1.0.x, ships no types) that check:geo uses. */
declare module 'geojson-validation' {
  /**
   * Checks a GeoJSON object. With `trace` true it returns the list of problems (empty when
   * valid). It throws a TypeError on some malformed input, e.g. an empty linear ring.
   */
  export function valid(geoJSONObject: unknown, trace: true): string[];
  export function valid(geoJSONObject: unknown, trace?: false): boolean;
}
