/**
 * The imported layers kept in this browser, cut into vector tiles for the map (geojson-vt, then
 * vt-pbf): the features are read from IndexedDB and parsed here, so the page's thread only ever
 * passes on one small tile at a time, however many features were imported.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { expose, transfer } from 'comlink';
import type { FeatureCollection } from 'geojson';
import { loadSavedImports } from '../import/saved-imports';
import type { Datum } from '../layers/basemaps';
import { shiftForDatum } from '../layers/datum-shift';
import { IMPORTED_SOURCE_LAYER, IMPORTED_TILES } from '../layers/imported.layer';

let index: GeoJSONVT | null = null;

const api = {
  /** Reads the layers the map `scope` keeps afresh and indexes them as drawn over a basemap in `datum`; resolves with how many features they hold. */
  async load(scope: string, datum: Datum): Promise<number> {
    const layers = await loadSavedImports(scope);
    const decoder = new TextDecoder();
    const features = layers.map((layer) => decoder.decode(layer.features)).join(',');
    const collection = JSON.parse(`{"type":"FeatureCollection","features":[${features}]}`) as FeatureCollection;
    index = new GeoJSONVT(shiftForDatum(collection, datum), { maxZoom: IMPORTED_TILES.maxzoom, extent: IMPORTED_TILES.extent, tolerance: IMPORTED_TILES.tolerance });
    return collection.features.length;
  },

  /** One tile as a Mapbox Vector Tile (empty where there is nothing), transferred, not copied. */
  tile(z: number, x: number, y: number): ArrayBuffer {
    const tile = index?.getTile(z, x, y);
    const bytes = tile ? fromGeojsonVt({ [IMPORTED_SOURCE_LAYER]: tile }, { version: 2, extent: IMPORTED_TILES.extent }) : new Uint8Array(0);
    const buffer = bytes.slice().buffer;
    return transfer(buffer, [buffer]);
  },
};
export type ImportedTilesApi = typeof api;

expose(api);
