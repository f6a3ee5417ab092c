/**
 * `npm run doctor -- FILE [--json] [--lang zh|en] [--crs CHOICE]`: checks a file the way the map's
 * import does (GeoJSON, KML, GPX, CSV, zipped shapefile) and prints what would import and why the
 * rest would not. Exit 0: imports cleanly (warnings allowed); 1: has errors, some or all features
 * would be refused; 2: cannot be read as the format it claims. With --json the last line is one
 * JSON object. Bad input never produces a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../src/i18n/translate.ts';
import { CRS_CHOICES, type CrsChoice } from '../src/import/crs.ts';
import { surveyedStations } from '../src/import/datum.ts';
import { MAX_IMPORT_BYTES, exitCode, importFile, type ImportReport } from '../src/import/import-file.ts';
import { problem } from '../src/import/problems.ts';
import { reportJson, reportLines } from '../src/import/report-text.ts';

const USAGE = `usage: npm run doctor -- FILE [--json] [--lang zh|en] [--crs ${CRS_CHOICES.join('|')}]`;
const STATIONS_FILE = resolve(import.meta.dirname, '../geo/trunk-stations.geojson');

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(64);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'zh' }, crs: { type: 'string', default: 'auto' } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) fail('doctor: name exactly one file');
  if (values.lang !== 'zh' && values.lang !== 'en') fail(`doctor: --lang is zh or en, not ${values.lang}`);
  if (!(CRS_CHOICES as readonly string[]).includes(values.crs)) fail(`doctor: unknown --crs ${values.crs}`);
  const lang = values.lang as Lang;
  const path = positionals[0];
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    fail(`doctor: cannot open ${path}`);
  }
  const name = basename(path);
  // A file over the limit is refused before it is read, as the map refuses it.
  const report: ImportReport =
    size > MAX_IMPORT_BYTES
      ? tooLarge(name, size)
      : (await importFile(name, new Uint8Array(readFileSync(path)), { crs: values.crs as CrsChoice, stations: surveyedStations(JSON.parse(readFileSync(STATIONS_FILE, 'utf8'))) })).report;
  console.log(reportLines(report, lang).join('\n'));
  if (values.json) console.log(JSON.stringify(reportJson(report, lang)));
  process.exitCode = exitCode(report);
}

function tooLarge(name: string, size: number): ImportReport {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return { sourceName: name, format: null, readable: false, features: 0, importable: 0, crs: 'unknown', crsName: null, datumSource: null, areaKm2: 0, problems: [problem('TOO_LARGE', {}, { size: mb(size), limit: mb(MAX_IMPORT_BYTES) })] };
}

main().catch((error: unknown) => {
  // Only a fault of the doctor itself gets here, never bad input.
  console.error(`doctor: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 70;
});
