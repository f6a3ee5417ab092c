/**
 * What the Nearby tool may be asked: its defaults and limits. Apart from the geometry (corridor.ts,
 * catchment.ts), so that the app state and links can check a request without loading Turf's
 * buffer and polygon clipping on first paint.
 */

/** The trunk's three components, as `component` names them in geo/trunk-lines.geojson. */
export const TRUNK_COMPONENTS = ['g50', 'line17', 'dz_line'] as const;
export type TrunkComponent = (typeof TRUNK_COMPONENTS)[number];
/** What a corridor band follows: one component, or the whole axis (all three together). */
export const CORRIDOR_OF = ['axis', ...TRUNK_COMPONENTS] as const;
export type CorridorOf = (typeof CORRIDOR_OF)[number];

export const DEFAULT_CORRIDOR_KM = 2;
/** Band reaches a visitor may choose, in km either side of the line. */
export const CORRIDOR_LIMITS_KM = { min: 0.1, max: 20 } as const;

/** The walking catchments planners draw around a metro station, in metres. */
export const DEFAULT_RINGS_M: readonly number[] = [500, 800, 1000];
/** Ring radii a visitor may choose, in metres: from a platform's reach to a short bus ride. */
export const RING_LIMITS_M = { min: 50, max: 5000 } as const;
