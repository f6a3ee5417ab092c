import type { Feature, FeatureCollection } from 'geojson';
import { get, set } from 'idb-keyval';
import { committingStore } from '../data/committing-store';
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

/** Where every map kept its imports before each had its own key: read by a map that has none yet. */
export const SHARED_IMPORTS_KEY = 'layers';

/** The key of one map's imports; `scope` names the map as for its drawings (see drawingsKey). */
export function importsKey(scope: string): string {
  return `${SHARED_IMPORTS_KEY}:${scope}`;
}

/** Opened on first use, so a page that never imports never touches IndexedDB. */
let store: ReturnType<typeof committingStore> | null = null;
const imports = () => (store ??= committingStore('trunk-map-imports', 'imports'));

/** A layer of `features` from `sourceName`, tagged with its id for the map. */
export function importedLayer(id: string, sourceName: string, datum: CrsKind, crsName: string | null, features: readonly Feature[]): ImportedLayer {
  const text = features.map((f) => JSON.stringify({ ...f, properties: { ...f.properties, import_layer: id } })).join(',');
  return { id, sourceName, datum, crsName, count: features.length, features: new TextEncoder().encode(text) };
}

/** A layer's features, parsed: only for a visitor's action on one layer (the map never needs them here). */
export const layerFeatures = (layer: ImportedLayer): Feature[] => JSON.parse(`[${new TextDecoder().decode(layer.features)}]`) as Feature[];

const fromObjects = ({ collection, ...layer }: ObjectLayer): ImportedLayer => importedLayer(layer.id, layer.sourceName, layer.datum, layer.crsName, collection.features);

type StoredLayers = (ImportedLayer | ObjectLayer)[];

/**
 * The imported layers the map `scope` names keeps in this browser, oldest first; while it has none
 * of its own, those all maps shared before (left in place: its first change writes its own key).
 * None when storage is unavailable.
 */
export async function loadSavedImports(scope: string): Promise<ImportedLayer[]> {
  try {
    const layers = (await get<StoredLayers>(importsKey(scope), imports())) ?? (await get<StoredLayers>(SHARED_IMPORTS_KEY, imports())) ?? [];
    return layers.map((layer) => ('collection' in layer ? fromObjects(layer) : layer));
  } catch {
    return [];
  }
}

/** Adds a layer after the map's kept ones: an import only ever adds, so a bad one loses nothing. */
export async function addSavedImport(scope: string, layer: ImportedLayer): Promise<ImportedLayer[]> {
  const layers = [...(await loadSavedImports(scope)), layer];
  await set(importsKey(scope), layers, imports());
  return layers;
}

export async function removeSavedImport(scope: string, id: string): Promise<ImportedLayer[]> {
  const layers = (await loadSavedImports(scope)).filter((layer) => layer.id !== id);
  await set(importsKey(scope), layers, imports());
  return layers;
}
