import { area } from '@turf/turf';
import type { Feature, Polygon, MultiPolygon } from 'geojson';

/**
 * Geodesic area of a polygon in km², as Turf measures it (spherical Earth, R = 6371.0088 km;
 * within about 0.1 % of the ellipsoidal area at Qingpu's latitude).
 *
 * @example
 * areaKm2(polygon([[[121, 31], [121.01, 31], [121.01, 31.01], [121, 31]]])) // ≈ 0.53
 */
export function areaKm2(feature: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon): number {
  return area(feature) / 1e6;
}
