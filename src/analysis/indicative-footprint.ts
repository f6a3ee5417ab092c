import { circle } from '@turf/turf';
import type { Feature, Polygon, Position } from 'geojson';
import { areaKm2 } from './area';

const STEPS = 64;

/**
 * A round polygon centred on `center` whose geodesic area equals `areaKm2` (to well under 0.1 %).
 * It stands for a park whose planned area is known but whose boundary is not published, so it
 * says "this much land, about here" and nothing about the real shape.
 *
 * @example
 * footprintOfArea([121.15, 31.18], 3.65) // polygon of 3.65 km², radius ≈ 1.08 km
 */
export function footprintOfArea(center: Position, targetKm2: number): Feature<Polygon> {
  if (!(targetKm2 > 0)) throw new RangeError(`area must be a positive number of km², got ${targetKm2}`);
  // A 64-gon inscribed in a circle holds 0.16 % less than the circle; one correction step on the
  // measured area removes that and the sphere's distortion together.
  let radiusKm = Math.sqrt(targetKm2 / Math.PI);
  let shape = circle(center, radiusKm, { steps: STEPS, units: 'kilometers' });
  radiusKm *= Math.sqrt(targetKm2 / areaKm2(shape));
  shape = circle(center, radiusKm, { steps: STEPS, units: 'kilometers' });
  return shape;
}

/**
 * A round polygon of the given radius, for areas with neither boundary nor stated size:
 * the radius only says roughly how far the area reaches.
 */
export function footprintOfRadius(center: Position, radiusM: number): Feature<Polygon> {
  if (!(radiusM > 0)) throw new RangeError(`radius must be a positive number of metres, got ${radiusM}`);
  return circle(center, radiusM / 1000, { steps: STEPS, units: 'kilometers' });
}
