import { proxy, wrap } from 'comlink';
import type { Position } from 'geojson';
import type { CrsChoice } from './crs-names';
import { forPage, type PageReport } from './page-report';
import { MAX_IMPORT_BYTES, refuseTooLarge } from './unreadable';
import type { ImportedLayer } from './saved-imports';
import type { ImportWorkerApi } from './import.worker';

/** What an import came to, or that the visitor cancelled it. */
export type ImportOutcome = { report: PageReport; layer: ImportedLayer | null } | { cancelled: true };

export interface RunningImport {
  readonly outcome: Promise<ImportOutcome>;
  /** Stops the import at once: the worker is terminated before it keeps anything. */
  cancel(): void;
}

/**
 * Starts importing a file in a worker (import.worker.ts), to be kept among the imports of the map
 * `scope` names; a file over the limit is refused unread.
 */
export function startImport(file: File, scope: string, crs: CrsChoice, stations: Position[], onProgress: (done: number, total: number) => void): RunningImport {
  if (file.size > MAX_IMPORT_BYTES) return { outcome: Promise.resolve({ report: forPage(refuseTooLarge(file.name, file.size).report), layer: null }), cancel: () => undefined };
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => undefined as void;
  const cancelled = new Promise<ImportOutcome>((resolve) => {
    cancel = () => resolve({ cancelled: true });
  });
  const api = wrap<ImportWorkerApi>(worker);
  const outcome = Promise.race([api.run(file, scope, crs, stations, proxy(onProgress)), cancelled]).finally(() => worker.terminate());
  return { outcome, cancel: () => cancel() };
}
