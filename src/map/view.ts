/** Where the map looks: centre [lng, lat] in degrees, zoom, bearing and pitch in degrees. */
export interface MapView {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

/**
 * The opening view: Qingpu's part of the trunk, from Hongqiao station to the Water Town Living
 * Room, as [west, south, east, north]. The intercity line on to Jiashan is the regional view's.
 */
export const OPENING_BOUNDS = [120.86, 30.99, 121.34, 31.215] as const;

/**
 * The area the map may show (MapLibre's maxBounds): the trunk, and enough around the delta to frame
 * it, from its partner in Anhui to the coast, in the strip of a 1024 px screen that a panel leaves free.
 */
export const VIEW_BOUNDS = { west: 100, south: 22, east: 135, north: 40 } as const;

/** The ranges MapLibre accepts by default (minZoom, maxZoom, maxPitch). */
export const VIEW_LIMITS = { minZoom: 0, maxZoom: 22, maxPitch: 60 } as const;

/** MapLibre draws the world 512 px wide at zoom 0. */
const WORLD_PX_AT_ZOOM_0 = 512;

/**
 * Decimals a coordinate needs at a zoom to stay within a quarter of a pixel: 5 at zoom 12.5,
 * 2 at zoom 3. More would make links longer without moving the map.
 */
export function coordinateDecimals(zoom: number): number {
  const pxPerDegree = (WORLD_PX_AT_ZOOM_0 * 2 ** zoom) / 360;
  return Math.min(10, Math.max(0, Math.ceil(Math.log10(pxPerDegree * 4))));
}

const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals)) + 0; // + 0 turns -0 into 0

/** A view rounded as links carry it: zoom to 0.01, bearing and pitch to 0.1°, centre to what the zoom needs. */
export function roundView(view: MapView): MapView {
  const zoom = roundTo(view.zoom, 2);
  const decimals = coordinateDecimals(zoom);
  return {
    center: [roundTo(view.center[0], decimals), roundTo(view.center[1], decimals)],
    zoom,
    bearing: roundTo(view.bearing, 1),
    pitch: roundTo(view.pitch, 1),
  };
}

/** Whether a view is one this map can show: finite, inside VIEW_BOUNDS and VIEW_LIMITS. */
export function isValidView(view: MapView): boolean {
  const [lng, lat] = view.center;
  const { west, south, east, north } = VIEW_BOUNDS;
  return (
    [lng, lat, view.zoom, view.bearing, view.pitch].every(Number.isFinite) &&
    lng >= west && lng <= east && lat >= south && lat <= north &&
    view.zoom >= VIEW_LIMITS.minZoom && view.zoom <= VIEW_LIMITS.maxZoom &&
    view.bearing >= -180 && view.bearing <= 180 &&
    view.pitch >= 0 && view.pitch <= VIEW_LIMITS.maxPitch
  );
}

export function sameView(a: MapView | null, b: MapView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.center[0] === b.center[0] && a.center[1] === b.center[1] && a.zoom === b.zoom && a.bearing === b.bearing && a.pitch === b.pitch;
}
