import type { Position } from 'geojson';
import { del, get, set } from 'idb-keyval';
import { keyvalStore } from './committing-store';
import type { Corners } from './plan-image.types';

/**
 * The plan image a map keeps in IndexedDB (idb-keyval's default store), so it is laid over the map
 * again after a reload: the file's bytes as they were chosen (an ArrayBuffer, never a data: URL),
 * where its corners lie and its opacity. Each map keeps its own, named like its drawings.
 */
const FORMAT = 'trunk-map-plan-image/1';

/** The key of one map's plan image; `scope` names the map as for its drawings (see drawingsKey). */
export function planImageKey(scope: string): string {
  return `trunk-map:plan-image:${scope}`;
}

/** A plan image as kept: the file's bytes and media type, its corners (WGS-84) and its opacity (0 to 1). */
export interface KeptPlanImage {
  readonly bytes: ArrayBuffer;
  readonly type: string;
  readonly corners: Corners;
  readonly opacity: number;
}

interface StoredPlanImage extends KeptPlanImage {
  readonly format: typeof FORMAT;
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

const isStored = (value: unknown): value is StoredPlanImage => {
  if (typeof value !== 'object' || value === null) return false;
  const { format, bytes, type, corners, opacity } = value as Partial<StoredPlanImage>;
  return (
    format === FORMAT &&
    bytes instanceof ArrayBuffer &&
    typeof type === 'string' &&
    Array.isArray(corners) &&
    corners.length === 4 &&
    corners.every(isPosition) &&
    typeof opacity === 'number' &&
    opacity >= 0 &&
    opacity <= 1
  );
};

/** Whether anything is kept under `key` (read or not): a map with nothing kept loads no more code for it. */
export async function hasKeptPlanImage(key: string): Promise<boolean> {
  try {
    return (await get(key, keyvalStore)) !== undefined;
  } catch {
    return false;
  }
}

/**
 * What is kept under `key`: the image, nothing, or the key a value this map cannot read was set
 * aside under (so it is neither lost nor read again). Never throws: IndexedDB refusing is nothing kept.
 */
export async function readKeptPlanImage(key: string): Promise<{ kept: KeptPlanImage | null; setAside: null } | { kept: null; setAside: string }> {
  let value: unknown;
  try {
    value = await get(key, keyvalStore);
  } catch {
    return { kept: null, setAside: null };
  }
  if (value === undefined) return { kept: null, setAside: null };
  if (isStored(value)) return { kept: { bytes: value.bytes, type: value.type, corners: value.corners, opacity: value.opacity }, setAside: null };
  try {
    return { kept: null, setAside: await setAside(key) };
  } catch {
    return { kept: null, setAside: null };
  }
}

/** Moves what is kept under `key` to a key of its own, and returns that key: for a value that cannot be shown. */
export async function setAside(key: string): Promise<string> {
  const asideKey = `${key}:unreadable:${new Date().toISOString()}`;
  await set(asideKey, await get(key, keyvalStore), keyvalStore);
  await del(key, keyvalStore);
  return asideKey;
}

/** Keeps `image` under `key`, replacing what was kept; rejects with the browser's reason if IndexedDB refuses. */
export async function keepPlanImage(key: string, image: KeptPlanImage): Promise<void> {
  await set(key, { format: FORMAT, ...image } satisfies StoredPlanImage, keyvalStore);
}

export async function forgetPlanImage(key: string): Promise<void> {
  await del(key, keyvalStore);
}
