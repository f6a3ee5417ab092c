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
import { CRS_CHOICES, type CrsChoice } from '../src/import/crs-names.ts';
import { surveyedStations } from '../src/import/reference-stations.ts';
import { MAX_IMPORT_BYTES, exitCode, importFile, refuseTooLarge } from '../src/import/import-file.ts';
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
  const { report } =
    size > MAX_IMPORT_BYTES
      ? refuseTooLarge(name, size)
      : await importFile(name, new Uint8Array(readFileSync(path)), { crs: values.crs as CrsChoice, stations: surveyedStations(JSON.parse(readFileSync(STATIONS_FILE, 'utf8'))) });
  console.log(reportLines(report, lang).join('\n'));
  if (values.json) console.log(JSON.stringify(reportJson(report, lang)));
  process.exitCode = exitCode(report);
}

main().catch((error: unknown) => {
  // Only a fault of the doctor itself gets here, never bad input.
  console.error(`doctor: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 70;
});
