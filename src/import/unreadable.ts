import type { ImportFormat } from './formats';
import type { ImportResult } from './import-file';
import { problem, type ImportProblem } from './problems';

/**
 * The largest file the import reads: 64 MiB. A 50,000-polygon GeoJSON is about 20 MB; beyond this
 * limit a browser tab would hold several copies of the data at once.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The result for a file that cannot be read: its one problem, nothing imported. */
export const unreadable = (sourceName: string, format: ImportFormat | null, p: ImportProblem): ImportResult => ({
  report: { sourceName, format, readable: false, features: 0, importable: 0, crs: 'unknown', crsName: null, datumSource: null, problems: [p], areaKm2: 0 },
  collection: { type: 'FeatureCollection', features: [] },
});

/** The result for a file over MAX_IMPORT_BYTES: callers that know the size refuse it before reading it. */
export function refuseTooLarge(sourceName: string, size: number): ImportResult {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return unreadable(sourceName, null, problem('TOO_LARGE', {}, { size: mb(size), limit: mb(MAX_IMPORT_BYTES) }));
}

