import { REASON, featureLabel, type Problem, type Reason } from './reasons.ts';

const MAX_DECIMALS = 6;

/** Does `n` need more than `MAX_DECIMALS` decimals? */
const tooPrecise = (n: number) => Number(n.toFixed(MAX_DECIMALS)) !== n;

/** Looks like [lat, lon] around Shanghai (lat 20..40, lon 100..130) instead of [lon, lat]. */
const looksSwapped = ([a, b]: number[]) => a >= 20 && a <= 40 && b >= 100 && b <= 130;

/** The first fault of a position, if any (malformed positions are left to geojson-structure). */
function positionFault(p: unknown[]): { reason: Reason; what: string } | null {
  if (p.length < 2 || p.some((n) => typeof n !== 'number')) return null;
  const numbers = p as number[];
  if (numbers.some((n) => !Number.isFinite(n))) return { reason: REASON.NON_FINITE, what: 'a non-finite number' };
  if (numbers.length > 3) return { reason: REASON.TOO_MANY_DIMENSIONS, what: `${numbers.length} numbers (at most 3: lon, lat, alt)` };
  if (looksSwapped(numbers)) return { reason: REASON.LAT_LON_SWAPPED, what: 'what looks like [lat, lon]; RFC 7946 wants [lon, lat]' };
  const [lon, lat] = numbers;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return { reason: REASON.COORD_OUT_OF_RANGE, what: 'lon outside −180..180 or lat outside −90..90' };
  if (numbers.some(tooPrecise)) return { reason: REASON.TOO_MANY_DECIMALS, what: `more than ${MAX_DECIMALS} decimals` };
  return null;
}

/** Calls `visit` on every position (an array holding no array) under `coordinates`, with its path. */
function walkPositions(coordinates: unknown, path: string, visit: (p: unknown[], path: string) => void): void {
  if (!Array.isArray(coordinates)) return;
  if (coordinates.every((c) => !Array.isArray(c))) return visit(coordinates, path);
  coordinates.forEach((c, i) => walkPositions(c, `${path}[${i}]`, visit));
}

/** Calls `visit` on every position of a geometry, GeometryCollections included. */
function walkGeometry(geometry: unknown, path: string, visit: (p: unknown[], path: string) => void): void {
  const g = geometry as { type?: string; coordinates?: unknown; geometries?: unknown[] } | null;
  if (!g || typeof g !== 'object') return;
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    g.geometries.forEach((child, i) => walkGeometry(child, `${path}.geometries[${i}]`, visit));
  } else {
    walkPositions(g.coordinates, `${path}.coordinates`, visit);
  }
}

/**
 * Checks every position of a feature: finite, 2 or 3 numbers, not [lat, lon], in range, at most
 * 6 decimals. One problem per reason per feature: the count and the first offending position.
 */
export function checkCoordinates(file: string, feature: unknown, index: number): Problem[] {
  const found = new Map<Reason, { what: string; first: string; count: number }>();
  walkGeometry((feature as { geometry?: unknown } | null)?.geometry, 'geometry', (position, path) => {
    const fault = positionFault(position);
    if (!fault) return;
    const seen = found.get(fault.reason);
    if (seen) seen.count += 1;
    else found.set(fault.reason, { what: fault.what, first: `${JSON.stringify(position.map((n) => (typeof n === 'number' && !Number.isFinite(n) ? String(n) : n)))} at ${path}`, count: 1 });
  });
  const featureId = featureLabel(feature, index);
  return [...found].map(([reason, { what, first, count }]) => ({
    file,
    featureId,
    reason,
    message: `${count === 1 ? 'a position has' : `${count} positions have`} ${what}; first ${first}`,
  }));
}
