import { area, multiPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon, type Polygon as ClipPolygon } from 'polygon-clipping';

/**
 * Polygon union and intersection through polygon-clipping, which works in plain floating point:
 * several times faster than Turf's own (arbitrary-precision) clipping, and the numbers here are
 * areas of estimates, not survey boundaries.
 */
type Areal = Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon;

const coordinatesOf = (shape: Areal): ClipPolygon | ClipMultiPolygon => {
  const geometry = 'geometry' in shape ? shape.geometry : shape;
  return geometry.coordinates as ClipPolygon | ClipMultiPolygon;
};

const asFeature = (coordinates: ClipMultiPolygon): Feature<MultiPolygon> => multiPolygon(coordinates as Position[][][]);

/** One shape covering all of `shapes` (empty MultiPolygon for none). */
export function unionOf(shapes: readonly Areal[]): Feature<MultiPolygon> {
  if (shapes.length === 0) return asFeature([]);
  const [first, ...rest] = shapes.map(coordinatesOf);
  return asFeature(polygonClipping.union(first!, ...rest));
}

/** Geodesic area in km² of the part of `a` that lies inside `b` (0 when they do not meet). */
export function overlapKm2(a: Areal, b: Areal): number {
  const shared = polygonClipping.intersection(coordinatesOf(a), coordinatesOf(b));
  return shared.length ? area(asFeature(shared)) / 1e6 : 0;
}
