import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isDeepStrictEqual } from 'node:util';
import { REASON, type Problem } from './reasons.ts';

/** Coordinates may differ by this much (one unit in the 6th decimal, for floating-point noise). */
const TOLERANCE_DEG = 1.5e-6;
const HINT = 'run npm run build:geo';

/** Largest absolute difference between two coordinate arrays of the same shape; Infinity if shapes differ. */
function maxDeviation(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return Infinity;
  return a.reduce((max: number, x, i) => Math.max(max, maxDeviation(x, b[i])), 0);
}

/** Why a feature's geometry differs from the expected one, or null if it does not. */
function geometryDifference(have: Geometry | null, want: Geometry | null): string | null {
  if (have?.type !== want?.type) return `geometry is a ${have?.type} but would be a ${want?.type}`;
  const deviation = maxDeviation((have as { coordinates?: unknown }).coordinates, (want as { coordinates?: unknown }).coordinates);
  if (deviation === Infinity) return 'geometry has a different number of positions';
  if (deviation > TOLERANCE_DEG) return `geometry is off by up to ${deviation.toFixed(6)}° (≈ ${Math.round(deviation * 111_000)} m)`;
  return null;
}

/** Names of properties whose values differ. */
function propertyDifferences(have: Feature['properties'], want: Feature['properties']): string[] {
  const keys = new Set([...Object.keys(have ?? {}), ...Object.keys(want ?? {})]);
  return [...keys].filter((k) => !isDeepStrictEqual(have?.[k], want?.[k]));
}

/**
 * Compares the derived layers in geo/ (`actual`, by file; absent when the file is missing) with
 * what `deriveLayers` computes now (`expected`): same features, geometry and properties.
 * Each difference is reported with the hint to run `npm run build:geo`.
 */
export function checkDerivedFreshness(expected: Record<string, FeatureCollection>, actual: ReadonlyMap<string, readonly Feature[]>): Problem[] {
  const problems: Problem[] = [];
  for (const [file, collection] of Object.entries(expected)) {
    const features = actual.get(file);
    if (!features) {
      problems.push({ file, reason: REASON.STALE_DERIVED_LAYER, message: `derived layer is missing: ${HINT}` });
      continue;
    }
    const byId = new Map(features.map((f) => [f.id, f]));
    for (const want of collection.features) {
      const have = byId.get(want.id);
      const featureId = String(want.id);
      if (!have) {
        problems.push({ file, featureId, reason: REASON.STALE_DERIVED_LAYER, message: `would be derived but is missing: ${HINT}` });
        continue;
      }
      const differences = [geometryDifference(have.geometry, want.geometry)];
      const keys = propertyDifferences(have.properties, want.properties);
      if (keys.length > 0) differences.push(`properties differ: ${keys.join(', ')}`);
      const found = differences.filter((d): d is string => d !== null);
      if (found.length > 0) {
        problems.push({ file, featureId, reason: REASON.STALE_DERIVED_LAYER, message: `${found.join('; ')}: ${HINT}` });
      }
    }
    const wanted = new Set(collection.features.map((f) => f.id));
    for (const have of features) {
      if (!wanted.has(have.id)) {
        problems.push({ file, featureId: String(have.id), reason: REASON.STALE_DERIVED_LAYER, message: `is not derived from seeds/ any more: ${HINT}` });
      }
    }
  }
  return problems;
}
