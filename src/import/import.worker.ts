/**
 * The import off the main thread: reads, converts and checks a file, and keeps what imports in
 * IndexedDB, so a 50,000-polygon file never blocks the page. Cancelling terminates the worker.
 * The page gets the report's first problems and the features as bytes (transferred, not copied).
 */
import { expose, transfer } from 'comlink';
import type { Position } from 'geojson';
import type { CrsChoice } from './crs';
import { importFile } from './import-file';
import { forPage, type PageReport } from './page-report';
import { addSavedImport, importedLayer, type ImportedLayer } from './saved-imports';

const api = {
  /** Imports `file` for the map `scope` names; resolves with the report and, when anything imported, the layer now kept. */
  async run(file: File, scope: string, crs: CrsChoice, stations: Position[], onProgress: (done: number, total: number) => void): Promise<{ report: PageReport; layer: ImportedLayer | null }> {
    const { report, collection } = await importFile(file.name, new Uint8Array(await file.arrayBuffer()), { crs, stations, onProgress });
    if (report.importable === 0) return { report: forPage(report), layer: null };
    const layer = importedLayer(`import-${Date.now().toString(36)}`, file.name, report.crs, report.crsName, collection.features);
    await addSavedImport(scope, layer);
    return transfer({ report: forPage(report), layer }, [layer.features.buffer]);
  },
};
export type ImportWorkerApi = typeof api;

expose(api);
