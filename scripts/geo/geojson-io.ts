import { readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';

/** Reads a JSON file; a parse error names the file. */
export function readJson<T>(path: string): T {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * Writes a FeatureCollection with one feature per line, so that a diff shows which features
 * changed. Foreign members (name, description) come first.
 */
export function writeFeatureCollection(path: string, collection: FeatureCollection & { name?: string; description?: string }): void {
  const { features, ...head } = collection;
  const lines = features.map((feature) => JSON.stringify(feature));
  writeFileSync(path, `${JSON.stringify(head).slice(0, -1)},"features":[\n${lines.join(',\n')}\n]}\n`);
}

/** Rounds every coordinate to 6 decimals (≈ 0.1 m), the precision geo/ keeps. */
export function roundCoordinates<T>(coordinates: T): T {
  if (typeof coordinates === 'number') return (Math.round(coordinates * 1e6) / 1e6) as T;
  if (Array.isArray(coordinates)) return coordinates.map(roundCoordinates) as T;
  return coordinates;
}
