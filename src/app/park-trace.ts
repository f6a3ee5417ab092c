import { areaSquareMetres } from '../analysis/measure';
import type { Drawing } from '../data/drawing.types';

/**
 * The area in km² of the polygon the visitor linked to a park in the drawing tool, read from
 * this browser's stored drawings of the map `scope` names (see drawingsKey); null if none is
 * linked or the drawings cannot be read.
 * Loaded on demand: IndexedDB is not touched before a base park's card opens.
 */
export async function tracedParkAreaKm2(parkId: string, scope: string): Promise<number | null> {
  const { drawingsKey, storedDrawings } = await import('../data/drawings-db');
  const traced = (await storedDrawings<Drawing>(drawingsKey(scope))).find((d) => d?.properties?.park_id === parkId && d.geometry?.type === 'Polygon');
  return traced ? areaSquareMetres(traced.geometry) / 1e6 : null;
}
