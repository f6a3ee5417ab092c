/**
 * `npm run check:geo [dir]`: validates every layer file in geo/ (or `dir`) against RFC 7946, the
 * feature schema, the seeds and the derived-layer builder; prints a report and exits 1 on any
 * problem.
 */
import { resolve } from 'node:path';
import { formatReport } from '../src/data/validate/format-report.ts';
import { validateGeoDir } from '../src/data/validate/validate-geo-dir.ts';

const dirArg = process.argv[2] ?? 'geo';
const report = validateGeoDir(resolve(dirArg));
console.log(formatReport(report, dirArg.replace(/\/+$/, '')).join('\n'));
process.exitCode = report.problems.length > 0 ? 1 : 0;
