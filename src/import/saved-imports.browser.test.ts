import type { Feature } from 'geojson';
import { clear, createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { addSavedImport, importedLayer, importsKey, layerFeatures, loadSavedImports, removeSavedImport, SHARED_IMPORTS_KEY } from './saved-imports';

// The store the map keeps its imports in, opened here as another tab would see it.
const store = createStore('trunk-map-imports', 'imports');
beforeEach(() => clear(store));

const STATION: Feature = { type: 'Feature', properties: { name: '<b>朱家角站</b>' }, geometry: { type: 'Point', coordinates: [121.0575, 31.1153] } };
const PARCEL: Feature = {
  type: 'Feature',
  properties: { name: '地块' },
  geometry: { type: 'Polygon', coordinates: [[[121.1, 31.15], [121.11, 31.15], [121.11, 31.16], [121.1, 31.15]]] },
};

describe('saved imports', () => {
  it('keeps each map’s imports apart, across a reload of the store', async () => {
    await addSavedImport('plan-a', importedLayer('import-a', 'a.geojson', 'WGS84', null, [STATION]));
    await addSavedImport('plan-b', importedLayer('import-b', 'b.geojson', 'GCJ02', null, [PARCEL]));
    expect((await loadSavedImports('plan-a')).map((layer) => layer.sourceName)).toEqual(['a.geojson']);
    expect((await loadSavedImports('plan-b')).map((layer) => layer.sourceName)).toEqual(['b.geojson']);
    expect(await get(importsKey('plan-a'), store)).toHaveLength(1);
    expect(await loadSavedImports('/')).toEqual([]);

    expect(await removeSavedImport('plan-a', 'import-a')).toEqual([]);
    expect((await loadSavedImports('plan-b')).map((layer) => layer.id)).toEqual(['import-b']);
  });

  it('reads what all maps shared before each had its own key, and leaves it for the others', async () => {
    const shared = importedLayer('import-old', 'old.geojson', 'WGS84', null, [STATION]);
    await set(SHARED_IMPORTS_KEY, [shared], store);
    expect((await loadSavedImports('plan-a')).map((layer) => layer.sourceName)).toEqual(['old.geojson']);

    // The first change is saved under the map's own key, with what it read; the shared list stays.
    await addSavedImport('plan-a', importedLayer('import-new', 'new.geojson', 'WGS84', null, [PARCEL]));
    expect((await loadSavedImports('plan-a')).map((layer) => layer.sourceName)).toEqual(['old.geojson', 'new.geojson']);
    expect((await loadSavedImports('plan-b')).map((layer) => layer.sourceName)).toEqual(['old.geojson']);
    expect(await get(SHARED_IMPORTS_KEY, store)).toHaveLength(1);
  });

  it('reads layers an older version kept as GeoJSON objects: their features, count and origin as the visitor imported them', async () => {
    const older = { id: 'import-2019', sourceName: 'amap.geojson', datum: 'GCJ02', crsName: null, collection: { type: 'FeatureCollection', features: [STATION, PARCEL] } };
    await set(SHARED_IMPORTS_KEY, [older], store);

    const [layer] = await loadSavedImports('/');
    expect(layer).toMatchObject({ id: 'import-2019', sourceName: 'amap.geojson', datum: 'GCJ02', crsName: null, count: 2 });
    expect(layer.features).toBeInstanceOf(Uint8Array);
    // Each feature as it was, tagged with its layer for the map; the name stays text.
    expect(layerFeatures(layer)).toEqual([
      { ...STATION, properties: { name: '<b>朱家角站</b>', import_layer: 'import-2019' } },
      { ...PARCEL, properties: { name: '地块', import_layer: 'import-2019' } },
    ]);

    // Removing another layer keeps it, now in the new form under the map's own key.
    await addSavedImport('/', importedLayer('import-new', 'new.geojson', 'WGS84', null, [PARCEL]));
    await removeSavedImport('/', 'import-new');
    const [kept] = (await get<{ count: number; collection?: unknown }[]>(importsKey('/'), store))!;
    expect(kept.count).toBe(2);
    expect(kept.collection).toBeUndefined();
  });
});
