import { get, set } from 'idb-keyval';
import { keyvalStore } from './committing-store';

/**
 * The visitor's drawings in IndexedDB (idb-keyval's default store), written through after every
 * change, so a reload, a bad import or an error loses nothing. They stay in this browser: links do
 * not carry them. Each map keeps its own under its own key (drawingsKey), so two maps on one page
 * never share drawings.
 */
const FORMAT = 'trunk-map-drawings/1';

/** Where every map kept its drawings before each had its own key: read by a map that has none yet. */
export const SHARED_DRAWINGS_KEY = 'trunk-map:drawings';

/** The key of one map's drawings; `scope` names the map (its storage-key or id, else the page's path). */
export function drawingsKey(scope: string): string {
  return `${SHARED_DRAWINGS_KEY}:${scope}`;
}

/** What is stored: the drawings as GeoJSON features, in a versioned envelope. */
interface StoredDrawings<F> {
  format: typeof FORMAT;
  features: F[];
}

/**
 * The stored features, or a problem: what was there cannot be read, and where it was kept.
 * `unread` when IndexedDB would not give (or set aside) what is stored: writing over it could lose it.
 */
export type LoadedDrawings<F> = { features: F[]; problem: null; unread?: false } | { features: F[]; problem: string; unread?: boolean };

const isStored = (value: unknown): value is StoredDrawings<unknown> =>
  typeof value === 'object' && value !== null && (value as StoredDrawings<unknown>).format === FORMAT && Array.isArray((value as StoredDrawings<unknown>).features);

/**
 * The value a map reads: its own, or, while it has none, what all maps shared before each had its
 * own key (left in place: the first save writes the map's own key).
 */
async function storedValue(key: string): Promise<{ value: unknown; from: string }> {
  const own: unknown = await get(key, keyvalStore);
  return own === undefined ? { value: await get(SHARED_DRAWINGS_KEY, keyvalStore), from: SHARED_DRAWINGS_KEY } : { value: own, from: key };
}

/**
 * Reads the drawings stored under `key`. Nothing stored is no drawings. A value this code cannot
 * read is set aside under a key of its own, so saving new drawings never overwrites it, and
 * reported; it never throws. Each feature still has to pass the drawing layer's own validation.
 */
export async function loadDrawings<F>(key: string): Promise<LoadedDrawings<F>> {
  let value: unknown;
  let from: string;
  try {
    ({ value, from } = await storedValue(key));
  } catch (error) {
    return { features: [], problem: `IndexedDB: ${(error as Error).message}`, unread: true };
  }
  if (value === undefined) return { features: [], problem: null };
  if (isStored(value)) return { features: value.features as F[], problem: null };
  const asideKey = `${from}:unreadable:${new Date().toISOString()}`;
  try {
    await set(asideKey, value, keyvalStore);
    await set(from, { format: FORMAT, features: [] } satisfies StoredDrawings<F>, keyvalStore);
  } catch (error) {
    return { features: [], problem: `IndexedDB: ${(error as Error).message}`, unread: true };
  }
  return { features: [], problem: `the stored drawings are not in a form this map reads; kept as “${asideKey}”` };
}

/** The drawings stored under `key` as they are, read-only; none if there are none or they cannot be read. */
export async function storedDrawings<F>(key: string): Promise<F[]> {
  try {
    const { value } = await storedValue(key);
    return isStored(value) ? (value.features as F[]) : [];
  } catch {
    return [];
  }
}

/**
 * Adds drawings after those stored under `key` (imported features handed to the drawing tool,
 * which shows them when it next opens). Rejects, writing nothing, if what is stored cannot be read.
 */
export async function appendDrawings<F>(key: string, features: readonly F[]): Promise<void> {
  const stored = await loadDrawings<F>(key);
  if (stored.unread) throw new Error(stored.problem);
  await saveDrawings(key, [...stored.features, ...features]);
}

/** Replaces the drawings stored under `key`; rejects with the browser's reason if IndexedDB refuses. */
export async function saveDrawings<F>(key: string, features: readonly F[]): Promise<void> {
  await set(key, { format: FORMAT, features: [...features] } satisfies StoredDrawings<F>, keyvalStore);
}
