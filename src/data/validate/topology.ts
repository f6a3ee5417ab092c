import { booleanClockwise, kinks } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { REASON, featureLabel, type Problem } from './reasons.ts';

/** The polygons of a Polygon or MultiPolygon geometry; none for other types. */
function polygonsOf(feature: Feature): Position[][][] {
  const g = feature.geometry;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/**
 * Checks polygon rings: RFC 7946 §3.1.6 orientation (exterior counter-clockwise, holes
 * clockwise; turf `booleanClockwise`) and self-intersection (turf `kinks`, per polygon, so that
 * parts of a MultiPolygon which touch are not reported). Expects structurally sound geometry.
 */
export function checkTopology(file: string, feature: Feature, index: number): Problem[] {
  const featureId = featureLabel(feature, index);
  const problems: Problem[] = [];
  const polygons = polygonsOf(feature);
  polygons.forEach((rings, p) => {
    const where = polygons.length > 1 ? `polygon ${p}, ` : '';
    rings.forEach((ring, r) => {
      if (ring.length < 4) return;
      const clockwise = booleanClockwise(ring);
      if (r === 0 && clockwise) {
        problems.push({ file, featureId, reason: REASON.WRONG_WINDING, message: `${where}exterior ring is clockwise; RFC 7946 §3.1.6 wants counter-clockwise (turf rewind fixes it)` });
      } else if (r > 0 && !clockwise) {
        problems.push({ file, featureId, reason: REASON.WRONG_WINDING, message: `${where}hole ${r} is counter-clockwise; RFC 7946 §3.1.6 wants holes clockwise (turf rewind fixes it)` });
      }
    });
    const crossings = kinks({ type: 'Polygon', coordinates: rings }).features;
    if (crossings.length > 0) {
      const at = crossings[0].geometry.coordinates.map((n) => Number(n.toFixed(6)));
      problems.push({ file, featureId, reason: REASON.SELF_INTERSECTION, message: `${where}rings cross themselves or each other at ${crossings.length} point(s), first at ${JSON.stringify(at)}` });
    }
  });
  return problems;
}
