import { get, set } from 'idb-keyval';

/**
 * The visitor's drawings in IndexedDB (idb-keyval's default store), written through after every
 * change, so a reload, a bad import or an error loses nothing. They stay in this browser: links do
 * not carry them.
 */
export const DRAWINGS_KEY = 'trunk-map:drawings';
const FORMAT = 'trunk-map-drawings/1';

/** What is stored: the drawings as GeoJSON features, in a versioned envelope. */
interface StoredDrawings<F> {
  format: typeof FORMAT;
  features: F[];
}

/** The stored features, or a problem: what was there cannot be read, and where it was kept. */
export type LoadedDrawings<F> = { features: F[]; problem: null } | { features: F[]; problem: string };

const isStored = (value: unknown): value is StoredDrawings<unknown> =>
  typeof value === 'object' && value !== null && (value as StoredDrawings<unknown>).format === FORMAT && Array.isArray((value as StoredDrawings<unknown>).features);

/**
 * Reads the stored drawings. Nothing stored is no drawings. A value this code cannot read is set
 * aside under its own key, so saving new drawings never overwrites it, and reported; it never throws.
 * Each feature still has to pass the drawing layer's own validation.
 */
export async function loadDrawings<F>(): Promise<LoadedDrawings<F>> {
  let value: unknown;
  try {
    value = await get(DRAWINGS_KEY);
  } catch (error) {
    return { features: [], problem: `IndexedDB: ${(error as Error).message}` };
  }
  if (value === undefined) return { features: [], problem: null };
  if (isStored(value)) return { features: value.features as F[], problem: null };
  const asideKey = `${DRAWINGS_KEY}:unreadable:${new Date().toISOString()}`;
  try {
    await set(asideKey, value);
    await set(DRAWINGS_KEY, { format: FORMAT, features: [] } satisfies StoredDrawings<F>);
  } catch (error) {
    return { features: [], problem: `IndexedDB: ${(error as Error).message}` };
  }
  return { features: [], problem: `the stored drawings are not in a form this map reads; kept as “${asideKey}”` };
}

/** The stored drawings as they are, read-only; none if there are none or they cannot be read. */
export async function storedDrawings<F>(): Promise<F[]> {
  try {
    const value: unknown = await get(DRAWINGS_KEY);
    return isStored(value) ? (value.features as F[]) : [];
  } catch {
    return [];
  }
}

/** Replaces the stored drawings; rejects with the browser's reason if IndexedDB refuses. */
export async function saveDrawings<F>(features: readonly F[]): Promise<void> {
  await set(DRAWINGS_KEY, { format: FORMAT, features: [...features] } satisfies StoredDrawings<F>);
}
