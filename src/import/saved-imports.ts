import type { Feature, FeatureCollection } from 'geojson';
import { createStore, get, set } from 'idb-keyval';
import type { CrsKind } from './crs-names';

/**
 * One imported file as the map keeps it: its features in WGS-84 as GeoJSON bytes, and where they
 * came from. Bytes, not objects: IndexedDB and threads pass them on as one copy, so the page's
 * thread never parses or clones a 50,000-polygon file feature by feature (the tiles worker does).
 */
export interface ImportedLayer {
  readonly id: string;
  readonly sourceName: string;
  /** The coordinate system the file came in (the features are WGS-84). */
  readonly datum: CrsKind;
  readonly crsName: string | null;
  /** How many features it holds. */
  readonly count: number;
  /** Its features as UTF-8 JSON, comma-separated, each tagged with the layer (`import_layer`). */
  readonly features: Uint8Array;
}

/** How layers were kept before they were kept as bytes: read once more, then kept the new way. */
interface ObjectLayer extends Omit<ImportedLayer, 'count' | 'features'> {
  readonly collection: FeatureCollection;
}

const KEY = 'layers';
/** Opened on first use, so a page that never imports never touches IndexedDB. */
let store: ReturnType<typeof createStore> | null = null;
const imports = () => (store ??= createStore('trunk-map-imports', 'imports'));

/** A layer of `features` from `sourceName`, tagged with its id for the map. */
export function importedLayer(id: string, sourceName: string, datum: CrsKind, crsName: string | null, features: readonly Feature[]): ImportedLayer {
  const text = features.map((f) => JSON.stringify({ ...f, properties: { ...f.properties, import_layer: id } })).join(',');
  return { id, sourceName, datum, crsName, count: features.length, features: new TextEncoder().encode(text) };
}

/** A layer's features, parsed: only for a visitor's action on one layer (the map never needs them here). */
export const layerFeatures = (layer: ImportedLayer): Feature[] => JSON.parse(`[${new TextDecoder().decode(layer.features)}]`) as Feature[];

const fromObjects = ({ collection, ...layer }: ObjectLayer): ImportedLayer => importedLayer(layer.id, layer.sourceName, layer.datum, layer.crsName, collection.features);

/** The imported layers kept in this browser, oldest first; none when storage is unavailable. */
export async function loadSavedImports(): Promise<ImportedLayer[]> {
  try {
    const layers = (await get<(ImportedLayer | ObjectLayer)[]>(KEY, imports())) ?? [];
    return layers.map((layer) => ('collection' in layer ? fromObjects(layer) : layer));
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
