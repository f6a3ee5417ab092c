import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { checkFeature } from './check-feature';
import {
  PROJECTED_CRS,
  convertPositions,
  forEachPosition,
  fromChineseDatum,
  fromProjected,
  isNumericPosition,
  type CrsChoice,
  type CrsDeclaration,
  type CrsKind,
  type ProjectedCode,
} from './crs';
import { detectDatum } from './datum';
import { formatOf, type ImportFormat } from './formats';
import { problem, type ImportProblem } from './problems';
import { readCsv } from './read-csv';
import { readGeoJson } from './read-geojson';
import type { ReadOutcome } from './read-result';
import { readShapefile } from './read-shapefile';
import { readXml } from './read-xml';
import { MAX_IMPORT_BYTES, refuseTooLarge, unreadable } from './unreadable';

export { MAX_IMPORT_BYTES, refuseTooLarge };

/** How the coordinate system was settled. */
export type DatumSource = 'declared' | 'detected' | 'chosen' | 'assumed';

/** What the doctor and the import tool report about one file. */
export interface ImportReport {
  readonly sourceName: string;
  readonly format: ImportFormat | null;
  /** Whether the file could be read as the format it claims at all. */
  readonly readable: boolean;
  /** Features (CSV: data rows) read. */
  readonly features: number;
  /** Features that passed and are in the result. */
  readonly importable: number;
  /** The coordinate system the data came in; the result is always WGS-84. */
  readonly crs: CrsKind;
  /** Its name, for projected and declared systems (e.g. "EPSG:4549"). */
  readonly crsName: string | null;
  readonly datumSource: DatumSource | null;
  readonly problems: readonly ImportProblem[];
  /** Geodesic area of the imported polygons (Turf), km². */
  readonly areaKm2: number;
}

/** An import's outcome: the report, and the features that import, in WGS-84, in file order. */
export interface ImportResult {
  readonly report: ImportReport;
  readonly collection: FeatureCollection;
}

export interface ImportOptions {
  readonly crs?: CrsChoice;
  /** Surveyed reference points (Line 17 stations) that GCJ-02 and BD-09 data is recognised by. */
  readonly stations?: readonly Position[];
  /** Called now and then while features are checked. */
  readonly onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 1000;

function read(format: ImportFormat, bytes: Uint8Array): ReadOutcome | Promise<ReadOutcome> {
  if (format === 'geojson') return readGeoJson(bytes);
  if (format === 'kml' || format === 'gpx') return readXml(bytes, format);
  if (format === 'csv') return readCsv(bytes);
  return readShapefile(bytes);
}

/** Features looked at to settle the coordinate system, spread evenly over the file. */
const CRS_SAMPLE_FEATURES = 2000;

/** The numeric positions, in order, of features spread evenly over the file (of every feature in a small one). */
function samplePositions(features: readonly unknown[]): Position[] {
  const step = Math.max(1, Math.floor(features.length / CRS_SAMPLE_FEATURES));
  const positions: Position[] = [];
  for (let i = 0; i < features.length; i += step) {
    forEachPosition((features[i] as { geometry?: unknown } | null)?.geometry, (p) => isNumericPosition(p) && positions.push(p));
  }
  return positions;
}

/** Most positions lie outside longitude/latitude ranges: metres of some projection. */
function looksProjected(positions: readonly Position[]): boolean {
  const outside = positions.filter(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90).length;
  return positions.length > 0 && outside > positions.length / 2;
}

type CrsOutcome = { crs: CrsKind; crsName: string | null; datumSource: DatumSource | null; problems: ImportProblem[]; refuse: boolean };

/**
 * Settles the coordinate system and converts the features to WGS-84 in place. A declaration in the
 * file wins; else the caller's choice; else projected-looking data is refused, and lon/lat data is
 * WGS-84 (RFC 7946) unless it sits on the Line 17 stations only once converted from GCJ-02 or BD-09.
 */
function settleCrs(features: unknown[], declared: CrsDeclaration | null, choice: CrsChoice, stations: readonly Position[]): CrsOutcome {
  const outcome = (crs: CrsKind, crsName: string | null, datumSource: DatumSource | null, problems: ImportProblem[] = [], refuse = false) => ({ crs, crsName, datumSource, problems, refuse });
  if (declared?.kind === 'unsupported') return outcome('unknown', declared.name, 'declared', [problem('CRS_UNSUPPORTED', {}, { crs: declared.name })], true);
  if (declared?.kind === 'WGS84') return outcome('WGS84', declared.name, 'declared');
  if (declared?.kind === 'projected') {
    if (declared.code && !declared.alreadyConverted) convertPositions(features, fromProjected(declared.code));
    return outcome('projected', declared.name, 'declared');
  }
  if (choice in PROJECTED_CRS) {
    convertPositions(features, fromProjected(choice as ProjectedCode));
    return outcome('projected', choice, 'chosen');
  }
  if (choice === 'GCJ02' || choice === 'BD09') {
    convertPositions(features, fromChineseDatum(choice));
    return outcome(choice, null, 'chosen');
  }
  if (choice === 'WGS84') return outcome('WGS84', null, 'chosen');
  const positions = samplePositions(features);
  if (looksProjected(positions)) {
    const sample = positions.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90)!;
    return outcome('unknown', null, null, [problem('CRS_UNDECLARED', {}, { sample: `[${sample.slice(0, 2).join(', ')}]` })], true);
  }
  const detected = detectDatum(positions, stations);
  if (!detected) return outcome('WGS84', null, 'assumed');
  convertPositions(features, fromChineseDatum(detected.datum));
  const datum = detected.datum === 'GCJ02' ? 'GCJ-02' : 'BD-09';
  return outcome(detected.datum, null, 'detected', [problem('DATUM_DETECTED', {}, { metres: detected.offsetM, datum })]);
}

/**
 * Reads, converts and checks one file. Never throws for bad input: every problem is in the report,
 * and the features that pass are in the result.
 */
export async function importFile(sourceName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return refuseTooLarge(sourceName, bytes.length);
  if (bytes.length === 0) return unreadable(sourceName, null, problem('EMPTY_FILE'));
  const format = formatOf(sourceName, bytes);
  if (!format) return unreadable(sourceName, null, problem('UNKNOWN_FORMAT'));
  const read = await readSafely(format, bytes);
  if (!read.ok) return unreadable(sourceName, format, read.problem);

  const crs = settleCrs(read.features, read.declared, options.crs ?? 'auto', options.stations ?? []);
  const problems = [...read.problems, ...crs.problems];
  const features: Feature[] = [];
  let areaM2 = 0;
  if (!crs.refuse) {
    const reported = new Set(read.problems.map((p) => p.feature));
    read.features.forEach((raw, i) => {
      if (i % PROGRESS_EVERY === 0) options.onProgress?.(i, read.features.length);
      if (reported.has(i + 1)) return;
      const checked = checkFeature(raw, i + 1, { sourceName });
      problems.push(...checked.problems);
      if (!checked.feature) return;
      features.push(checked.feature);
      if (/Polygon|GeometryCollection/.test(checked.feature.geometry.type)) areaM2 += area(checked.feature);
    });
  }
  options.onProgress?.(read.features.length, read.features.length);
  return {
    report: {
      sourceName,
      format,
      readable: true,
      features: read.features.length,
      importable: features.length,
      crs: crs.crs,
      crsName: crs.crsName,
      datumSource: crs.datumSource,
      problems,
      areaKm2: areaM2 / 1e6,
    },
    collection: { type: 'FeatureCollection', features },
  };
}

/** A reader that throws on input it was not built for still yields a clear "cannot read" problem. */
async function readSafely(format: ImportFormat, bytes: Uint8Array): Promise<ReadOutcome> {
  try {
    return await read(format, bytes);
  } catch {
    const code = format === 'geojson' ? 'NOT_GEOJSON' : format === 'csv' ? 'NOT_CSV' : format === 'shapefile' ? 'NOT_SHAPEFILE' : 'NOT_XML';
    return { ok: false, problem: problem(code, {}, { format: format.toUpperCase() }) };
  }
}

/** The doctor's exit status: 0 imports cleanly, 1 has errors, 2 cannot be read as the format it claims. */
export function exitCode(report: ImportReport): 0 | 1 | 2 {
  if (!report.readable) return 2;
  return report.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
