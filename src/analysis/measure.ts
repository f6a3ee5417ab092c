import { area } from '@turf/turf';
import type { Geometry, Polygon, MultiPolygon } from 'geojson';

/* Areas and their units, light enough for the card; lengths of drawings are in shape-measure.ts. */

/** 1 亩 = 1/15 公顷 = 666.67 m² (the Chinese land unit the plan uses). */
export const SQUARE_METRES_PER_MU = 10_000 / 15;
export const SQUARE_METRES_PER_HECTARE = 10_000;
export const SQUARE_METRES_PER_KM2 = 1_000_000;

/** How far a traced area may stray from the plan's figure before it is flagged, in percent. */
export const AREA_FLAG_PCT = 5;

const isPolygonal = (geometry: Geometry): geometry is Polygon | MultiPolygon =>
  geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';

/** Geodesic area in m² of a polygon (holes subtracted); 0 for anything else. */
export function areaSquareMetres(geometry: Geometry): number {
  return isPolygonal(geometry) ? area(geometry) : 0;
}

/** An area in each unit a planner reads it in. */
export interface AreaUnits {
  m2: number;
  km2: number;
  hectares: number;
  mu: number;
}

export function areaInUnits(m2: number): AreaUnits {
  return { m2, km2: m2 / SQUARE_METRES_PER_KM2, hectares: m2 / SQUARE_METRES_PER_HECTARE, mu: m2 / SQUARE_METRES_PER_MU };
}

/** How much bigger (+) or smaller (−) the measured area is than the planned one, in percent of the plan. */
export function percentDifference(measured: number, planned: number): number {
  if (!(planned > 0)) throw new RangeError(`the planned area must be a positive number, got ${planned}`);
  return ((measured - planned) / planned) * 100;
}

/** Whether a difference in percent is beyond AREA_FLAG_PCT either way (floating-point noise aside: 2.52 km² for 2.4 is 5 %). */
export const isFlagged = (differencePct: number): boolean => Math.abs(differencePct) - AREA_FLAG_PCT > 1e-9;
