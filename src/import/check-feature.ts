import { booleanClockwise, kinks, rewind } from '@turf/turf';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import { valid } from 'geojson-validation';
import { forEachPosition } from './crs';
import { problem, type ImportProblem, type ProblemCode } from './problems';
import { featureName, sanitizeProperties } from './sanitize';

/** What the file says about where its data comes from, kept on every imported feature. */
export interface FeatureOrigin {
  readonly sourceName: string;
}

const ACCURACIES = new Set(['surveyed', 'approximate', 'indicative', 'schematic']);

/** Looks like [lat, lon] around China (lat 15..55, lon 70..140) instead of [lon, lat]. */
const looksSwapped = ([a, b]: number[]) => a >= 15 && a <= 55 && b > 90 && b <= 140;

const shown = (position: unknown[]) => `[${position.map((n) => String(n).slice(0, 24)).join(', ')}]`;

/** The first fault among a geometry's positions: not finite, swapped, or out of range. Malformed positions are left to geojson-validation. */
function positionFault(geometry: unknown): { code: ProblemCode; value: string } | null {
  let fault: { code: ProblemCode; value: string } | null = null;
  forEachPosition(geometry, (position) => {
    if (fault || position.length < 2) return;
    const kind = numbersIn(position);
    if (kind === 'non-finite') fault = { code: 'NON_FINITE', value: shown(position) };
    else if (kind === 'other') return;
    else if (looksSwapped(position as number[])) fault = { code: 'SWAPPED', value: shown(position) };
    else {
      const [lon, lat] = position as number[];
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) fault = { code: 'OUT_OF_RANGE', value: shown(position) };
    }
  });
  return fault;
}

/** Whether a position is all finite numbers, holds a null or non-finite number, or holds something else. A loop: it runs per position. */
function numbersIn(position: unknown[]): 'finite' | 'non-finite' | 'other' {
  let other = false;
  for (const n of position) {
    if (n === null || (typeof n === 'number' && !Number.isFinite(n))) return 'non-finite';
    if (typeof n !== 'number') other = true;
  }
  return other ? 'other' : 'finite';
}

/** geojson-validation's verdict on a geometry; it throws on some malformed input (an empty ring), which counts as invalid. */
function isValidGeometry(geometry: unknown): boolean {
  try {
    return valid(geometry, true).length === 0;
  } catch {
    return false;
  }
}

/** The polygons of a geometry (a GeometryCollection's too). */
function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** The first point where a polygon's rings cross, if they do (turf kinks). */
function firstKink(rings: Position[][]): Position | null {
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  const found = kinks(polygon).features[0];
  return found ? found.geometry.coordinates : null;
}

/** Whether any ring breaks RFC 7946's right-hand rule (exterior counter-clockwise, holes clockwise). */
const wrongWinding = (rings: Position[][]) => rings.some((ring, r) => booleanClockwise(ring) === (r === 0));

/**
 * Checks one feature (`number` counts from 1) and returns it as the map keeps it, or null when it
 * cannot import, with every problem found. Expects WGS-84 positions (after any conversion).
 */
export function checkFeature(raw: unknown, number: number, origin: FeatureOrigin): { feature: Feature | null; problems: ImportProblem[] } {
  const where = { feature: number, featureName: featureName(raw) };
  const refuse = (code: ProblemCode, values: Record<string, string> = {}) => ({ feature: null, problems: [problem(code, where, values)] });
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== 'Feature') return refuse('NOT_A_FEATURE');
  const { geometry, properties, id } = raw as { geometry?: unknown; properties?: unknown; id?: unknown };
  if (geometry === null || geometry === undefined) return refuse('NO_GEOMETRY');
  const fault = positionFault(geometry);
  if (fault) return refuse(fault.code, { value: fault.value });
  if (!isValidGeometry(geometry)) return refuse('INVALID_GEOMETRY');

  let checked = geometry as Geometry;
  const problems: ImportProblem[] = [];
  const polygons = polygonsOf(checked);
  for (const rings of polygons) {
    const kink = firstKink(rings);
    if (kink) return refuse('SELF_INTERSECTION', { value: shown(kink.map((n) => Number(n.toFixed(6)))) });
  }
  if (polygons.some(wrongWinding)) {
    checked = rewind(checked) as Geometry;
    problems.push(problem('WINDING', where));
  }

  const safe = sanitizeProperties(properties);
  for (const key of safe.unsafeKeys) problems.push(problem('UNSAFE_KEY', where, { value: key }));
  for (const key of safe.tooDeep) problems.push(problem('NESTED_TOO_DEEP', where, { value: key.slice(0, 60) }));
  // sanitizeProperties made a fresh object: filled in place, not copied once more per feature.
  const kept = safe.properties;
  kept.source ??= origin.sourceName;
  kept.accuracy = ACCURACIES.has(kept.accuracy as string) ? kept.accuracy : 'unverified';
  const feature: Feature = {
    type: 'Feature',
    ...((typeof id === 'string' || typeof id === 'number') && { id }),
    geometry: checked,
    properties: kept,
  };
  return { feature, problems };
}
