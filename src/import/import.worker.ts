/**
 * The import off the main thread: reads, converts and checks a file, and keeps what imports in
 * IndexedDB, so a 50,000-polygon file never blocks the page. Cancelling terminates the worker.
 */
import { expose } from 'comlink';
import type { Position } from 'geojson';
import type { CrsChoice } from './crs';
import { importFile, type ImportReport } from './import-file';
import { addSavedImport, type ImportedLayer } from './saved-imports';

const api = {
  /** Imports `file`; resolves with the report and, when anything imported, the layer now kept. */
  async run(file: File, crs: CrsChoice, stations: Position[], onProgress: (done: number, total: number) => void): Promise<{ report: ImportReport; layer: ImportedLayer | null }> {
    const { report, collection } = await importFile(file.name, new Uint8Array(await file.arrayBuffer()), { crs, stations, onProgress });
    if (report.importable === 0) return { report, layer: null };
    const layer: ImportedLayer = { id: `import-${Date.now().toString(36)}`, sourceName: file.name, datum: report.crs, crsName: report.crsName, collection };
    await addSavedImport(layer);
    return { report, layer };
  },
};
export type ImportWorkerApi = typeof api;

expose(api);
