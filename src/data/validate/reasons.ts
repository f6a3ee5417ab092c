/**
 * Named reasons for everything `npm run check:geo` can report, so that tests and tools match on a
 * constant rather than on wording (as terra-draw's validation reasons do).
 */
export const REASON = {
  /** Not parseable JSON, not a FeatureCollection, or rejected by geojson-validation. */
  NOT_GEOJSON: 'NOT_GEOJSON',
  /** A linear ring whose first and last positions differ. */
  UNCLOSED_RING: 'UNCLOSED_RING',
  COORD_OUT_OF_RANGE: 'COORD_OUT_OF_RANGE',
  /** Looks like [lat, lon] around Shanghai rather than RFC 7946's [lon, lat]. */
  LAT_LON_SWAPPED: 'LAT_LON_SWAPPED',
  NON_FINITE: 'NON_FINITE',
  TOO_MANY_DIMENSIONS: 'TOO_MANY_DIMENSIONS',
  /** More than 6 decimals (geo/ keeps ≈ 0.1 m). */
  TOO_MANY_DECIMALS: 'TOO_MANY_DECIMALS',
  /** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
  WRONG_WINDING: 'WRONG_WINDING',
  SELF_INTERSECTION: 'SELF_INTERSECTION',
  /** Properties rejected by FeaturePropertiesSchema. */
  BAD_PROPERTIES: 'BAD_PROPERTIES',
  KIND_NOT_ALLOWED_IN_FILE: 'KIND_NOT_ALLOWED_IN_FILE',
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** feature.id missing, or different from properties.id. */
  ID_MISMATCH: 'ID_MISMATCH',
  /** A plan feature whose names, source or figures differ from its seed record. */
  SEED_MISMATCH: 'SEED_MISMATCH',
  /** A seed record with no feature in geo/. */
  MISSING_SEED_FEATURE: 'MISSING_SEED_FEATURE',
  /** A plan feature (trunk line, pillar, base park, belt, sub-area) with no seed record. */
  UNSEEDED_FEATURE: 'UNSEEDED_FEATURE',
  /** A seeds/*.json file (or the plan's text) that is missing or lacks what check:geo compares against. */
  BAD_SEED_FILE: 'BAD_SEED_FILE',
  /** A citation "001 §…" of a section the plan (seeds/documents/001-action-plan.txt) does not have. */
  CITATION_NOT_IN_PLAN: 'CITATION_NOT_IN_PLAN',
  /** A citation of a section that exists but is not the one setting out this feature. */
  CITATION_WRONG_SECTION: 'CITATION_WRONG_SECTION',
  /** A Line 17 station farther from the track than its accuracy allows (surveyed: 30 m). */
  STATION_OFF_TRACK: 'STATION_OFF_TRACK',
  /** Line 17 stations whose `seq` order is not their order along the track from 虹桥火车站. */
  STATIONS_OUT_OF_ORDER: 'STATIONS_OUT_OF_ORDER',
  /** The parts of the Line 17 track do not join into one line from the first station to the last. */
  TRACK_NOT_CONTINUOUS: 'TRACK_NOT_CONTINUOUS',
  /** A base park's footprint area is more than 2 % off its planned area, or it has none. */
  AREA_MISMATCH: 'AREA_MISMATCH',
  /** A base park without a planned area drawn as a shape: that would invent a size. */
  INVENTED_FOOTPRINT: 'INVENTED_FOOTPRINT',
  /** A base park's `footprint` property disagrees with its geometry type. */
  FOOTPRINT_KIND_MISMATCH: 'FOOTPRINT_KIND_MISMATCH',
  /** A derived layer differs from what `npm run build:geo` would write now. */
  STALE_DERIVED_LAYER: 'STALE_DERIVED_LAYER',
  /** The derived layers could not be recomputed at all. */
  DERIVATION_FAILED: 'DERIVATION_FAILED',
  /** A .geojson file in geo/ that LAYER_FILES does not list. */
  UNEXPECTED_FILE: 'UNEXPECTED_FILE',
  /** A file LAYER_FILES lists that geo/ lacks. */
  MISSING_FILE: 'MISSING_FILE',
} as const;

export type Reason = (typeof REASON)[keyof typeof REASON];

/** One finding: which file, which feature (when it concerns one), why, and a readable message. */
export interface Problem {
  file: string;
  featureId?: string;
  reason: Reason;
  message: string;
}

/** A feature's id for messages: `feature.id`, else `properties.id`, else its index as `#3`. */
export function featureLabel(feature: unknown, index: number): string {
  const f = feature as { id?: unknown; properties?: { id?: unknown } | null } | null;
  if (typeof f?.id === 'string' || typeof f?.id === 'number') return String(f.id);
  if (typeof f?.properties?.id === 'string') return f.properties.id;
  return `#${index}`;
}
