import type { FeatureCollection } from 'geojson';
import { createStore, get, set } from 'idb-keyval';
import type { CrsKind } from './crs-names';

/**
 * One imported file as the map keeps it: its features in WGS-84 and where they came from. The
 * shape drawing and export reuse: a FeatureCollection plus `{ datum, sourceName }`.
 */
export interface ImportedLayer {
  readonly id: string;
  readonly sourceName: string;
  /** The coordinate system the file came in (the features are WGS-84). */
  readonly datum: CrsKind;
  readonly crsName: string | null;
  readonly collection: FeatureCollection;
}

const KEY = 'layers';
/** Opened on first use, so a page that never imports never touches IndexedDB. */
let store: ReturnType<typeof createStore> | null = null;
const imports = () => (store ??= createStore('trunk-map-imports', 'imports'));

/** The imported layers kept in this browser, oldest first; none when storage is unavailable. */
export async function loadSavedImports(): Promise<ImportedLayer[]> {
  try {
    return (await get<ImportedLayer[]>(KEY, imports())) ?? [];
  } catch {
    return [];
  }
}

/** Adds a layer after the kept ones: an import only ever adds, so a bad one loses nothing. */
export async function addSavedImport(layer: ImportedLayer): Promise<ImportedLayer[]> {
  const layers = [...(await loadSavedImports()), layer];
  await set(KEY, layers, imports());
  return layers;
}

export async function removeSavedImport(id: string): Promise<ImportedLayer[]> {
  const layers = (await loadSavedImports()).filter((layer) => layer.id !== id);
  await set(KEY, layers, imports());
  return layers;
}

/** Every kept layer's features in one collection, each tagged with its layer, for the map. */
export function mergeLayers(layers: readonly ImportedLayer[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: layers.flatMap((layer) => layer.collection.features.map((f) => ({ ...f, properties: { ...f.properties, import_layer: layer.id } }))),
  };
}
