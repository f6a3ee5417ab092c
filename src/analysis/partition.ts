import { bbox, featureCollection, intersect, union, voronoi } from '@turf/turf';
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * Splits `region` into groups of seats: every place goes to the group of its nearest seat
 * (Voronoi cells, merged per group and clipped to the region). Used to draw schematic sub-areas
 * from the townships that make them up when no official boundary is at hand.
 *
 * @example
 * partitionByNearestSeat(qingpu, towns, (t) => t.properties.sub_area)
 * // Map { 'area-new-city' => Feature<Polygon>, 'area-qingdong' => …, 'area-qingxi' => … }
 */
export function partitionByNearestSeat<P extends GeoJsonProperties>(
  region: Feature<Polygon | MultiPolygon>,
  seats: Feature<Point, P>[],
  groupOf: (seat: Feature<Point, P>) => string,
): Map<string, Feature<Polygon | MultiPolygon>> {
  const [w, s, e, n] = bbox(region);
  const margin = 0.05;
  const cells = voronoi(featureCollection(seats) as FeatureCollection<Point>, {
    bbox: [w - margin, s - margin, e + margin, n + margin],
  });
  const byGroup = new Map<string, Feature<Polygon>[]>();
  cells.features.forEach((cell, i) => {
    if (!cell) return;
    const group = groupOf(seats[i]);
    byGroup.set(group, [...(byGroup.get(group) ?? []), cell]);
  });
  const parts = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const [group, groupCells] of byGroup) {
    const merged = groupCells.length > 1 ? union(featureCollection(groupCells)) : groupCells[0];
    const clipped = merged && intersect(featureCollection([merged, region]));
    if (clipped) parts.set(group, clipped);
  }
  return parts;
}
