import { addProtocol, removeProtocol, type Map as MapLibreMap, type VectorTileSource } from 'maplibre-gl';
import type { Datum } from '../layers/basemaps';
import { IMPORTED_SOURCE, IMPORTED_TILES, importedLayers } from '../layers/imported.layer';
import type { ImportedTiles } from '../workers/imported-tiles-client';

/** Maps made so far on this page, to name each one's imported-tiles protocol. */
let protocols = 0;

/**
 * The imported layers a map keeps in this browser, drawn above the plan's layers. A worker cuts
 * them into vector tiles, so a 50,000-polygon import never crosses the page's thread as objects,
 * only tile by tile, served to MapLibre at this map's own protocol (MapLibre's protocols are global).
 */
export class ImportedLayers {
  private tiles: Promise<ImportedTiles> | null = null;
  private version = 0;
  private readonly protocol = `imported-${++protocols}`;

  constructor(private readonly map: MapLibreMap) {}

  /** Whether the map draws imported layers now. */
  get shown(): boolean {
    return this.map.getSource(IMPORTED_SOURCE) !== undefined;
  }

  /** Draws the layers kept under `scope` as they are now, over a basemap in `datum`: call it again after an import or a removal. */
  async show(scope: string, datum: Datum): Promise<void> {
    const tiles = await (this.tiles ??= this.start());
    await tiles.load(scope, datum);
    // A new address per load, so MapLibre asks for every tile again.
    const url = `${this.protocol}://${++this.version}/{z}/{x}/{y}`;
    const source = this.map.getSource<VectorTileSource>(IMPORTED_SOURCE);
    if (source) {
      source.setTiles([url]);
      return;
    }
    this.map.addSource(IMPORTED_SOURCE, { type: 'vector', tiles: [url], maxzoom: IMPORTED_TILES.maxzoom });
    for (const layer of importedLayers()) this.map.addLayer(layer);
  }

  stop(): void {
    removeProtocol(this.protocol);
    void this.tiles?.then((tiles) => tiles.stop());
  }

  private async start(): Promise<ImportedTiles> {
    const { ImportedTiles } = await import('../workers/imported-tiles-client');
    const tiles = new ImportedTiles();
    addProtocol(this.protocol, async ({ url }) => {
      const [z, x, y] = url.split('/').slice(-3).map(Number);
      return { data: await tiles.tile(z, x, y) };
    });
    return tiles;
  }
}
