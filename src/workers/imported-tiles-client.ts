import { wrap } from 'comlink';
import type { Datum } from '../layers/basemaps';
import type { ImportedTilesApi } from './imported-tiles.worker';
import workerUrl from './imported-tiles.worker.ts?worker&url';
import { moduleWorker } from './module-worker';

/** The imported layers' tiles, cut in their own worker (imported-tiles.worker.ts). */
export class ImportedTiles {
  private readonly worker = moduleWorker(new URL(workerUrl, import.meta.url));
  private readonly remote = wrap<ImportedTilesApi>(this.worker);

  /** Reads the layers the map `scope` keeps afresh, to be drawn over a basemap in `datum`; resolves with how many features they hold. */
  load(scope: string, datum: Datum): Promise<number> {
    return this.remote.load(scope, datum);
  }

  tile(z: number, x: number, y: number): Promise<ArrayBuffer> {
    return this.remote.tile(z, x, y);
  }

  stop(): void {
    this.worker.terminate();
  }
}
