import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { deriveLayers, type PlanSeeds } from '../../../scripts/geo/derive-layers.ts';
import { checkCitations } from './citations.ts';
import { checkCoordinates } from './coordinates.ts';
import { checkDerivedFreshness } from './derived-freshness.ts';
import { checkFootprintArea } from './footprint-area.ts';
import { checkCollection, checkFeatureStructure } from './geojson-structure.ts';
import { checkLine17Stations } from './line17-stations.ts';
import { parsePlanSections } from './plan-sections.ts';
import { checkFeatureProperties, checkFileName, checkMissingFiles, checkUniqueIds } from './properties.ts';
import { REASON, type Problem } from './reasons.ts';
import { SEED_FILES, checkSeedAgreement, parseSeedFile, type SeedFile, type Seeds } from './seed-agreement.ts';
import { checkTopology } from './topology.ts';

export interface GeoDirReport {
  /** Every .geojson file read, in name order, with the features it holds (none if unreadable). */
  files: { file: string; features: Feature[] }[];
  problems: Problem[];
}

/** Problems after which a feature's geometry cannot be measured (area, winding, kinks). */
const UNSOUND = new Set<string>([REASON.NOT_GEOJSON, REASON.UNCLOSED_RING, REASON.NON_FINITE, REASON.TOO_MANY_DIMENSIONS]);

/** Reads and parses a JSON file; a read or parse failure comes back as a message. */
function readJson(path: string): { json?: unknown; error?: string } {
  try {
    return { json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Runs the per-file and per-feature checks on one parsed geo/ file (no I/O): structure, then
 * coordinates and properties, then, for geometry sound enough to measure, topology and area.
 */
export function validateLayerFile(file: string, data: unknown): { features: Feature[]; problems: Problem[] } {
  const { features, problems } = checkCollection(file, data);
  features.forEach((raw, i) => {
    const structure = checkFeatureStructure(file, raw, i);
    if (typeof raw !== 'object' || raw === null) return void problems.push(...structure);
    const feature = raw as Feature;
    const coordinates = checkCoordinates(file, feature, i);
    problems.push(...structure, ...coordinates, ...checkFeatureProperties(file, feature, i));
    if ([...structure, ...coordinates].some((p) => UNSOUND.has(p.reason))) return;
    problems.push(...checkTopology(file, feature, i), ...checkFootprintArea(file, feature, i));
  });
  return { features: features.filter((f): f is Feature => typeof f === 'object' && f !== null), problems };
}

/** Reads seeds/*.json for the seed agreement and the derivation. */
function readSeeds(seedsDir: string): { seeds: Seeds; problems: Problem[] } {
  const seeds: Seeds = {};
  const problems: Problem[] = [];
  for (const name of Object.keys(SEED_FILES) as SeedFile[]) {
    const { json, error } = readJson(join(seedsDir, name));
    if (error !== undefined) {
      problems.push({ file: `seeds/${name}`, reason: REASON.BAD_SEED_FILE, message: `cannot read: ${error}` });
      continue;
    }
    const parsed = parseSeedFile(name, json);
    problems.push(...parsed.problems);
    if (parsed.records) (seeds as Record<string, unknown>)[name] = parsed.records;
  }
  return { seeds, problems };
}

/** The plan's text, the authority citations are checked against. */
export const PLAN_TEXT = join('documents', '001-action-plan.txt');

/** Checks the citations of geo/ against the sections of the plan in `seedsDir`. */
function checkPlanCitations(seedsDir: string, files: GeoDirReport['files']): Problem[] {
  let text: string;
  try {
    text = readFileSync(join(seedsDir, PLAN_TEXT), 'utf8');
  } catch (error) {
    return [{ file: `seeds/${PLAN_TEXT}`, reason: REASON.BAD_SEED_FILE, message: `cannot read the plan, so no citation can be checked: ${error instanceof Error ? error.message : String(error)}` }];
  }
  return checkCitations(files, parsePlanSections(text));
}

/** Recomputes the derived layers from seeds and geo/ and compares them with the files. */
function checkDerived(seeds: Seeds, byFile: Map<string, Feature[]>): Problem[] {
  const [basePark, pillar, subArea] = [seeds['base-parks.json'], seeds['pillars.json'], seeds['sub-areas.json']];
  const [anchors, boundaries, places] = ['anchors.geojson', 'context-boundaries.geojson', 'context-places.geojson'].map((f) => byFile.get(f));
  if (!basePark || !pillar || !subArea || !anchors || !boundaries || !places) return []; // already reported
  const collection = <G extends Point | Polygon>(features: Feature[]) => ({ type: 'FeatureCollection', features }) as FeatureCollection<G>;
  try {
    const expected = deriveLayers({ basePark, pillar, subArea } as PlanSeeds, {
      anchors: collection<Point>(anchors),
      boundaries: collection<Polygon>(boundaries),
      places: collection<Point>(places),
    });
    return checkDerivedFreshness(expected, byFile);
  } catch (error) {
    return [{ file: 'base-parks.geojson', reason: REASON.DERIVATION_FAILED, message: `cannot recompute the derived layers: ${error instanceof Error ? error.message : String(error)}` }];
  }
}

/**
 * Validates every .geojson file in `geoDir` (default seeds dir: `../seeds` beside it): structure,
 * coordinates, topology, properties, ids, agreement with the seeds, citations against the plan's
 * sections, Line 17's stations against its track, base-park areas and the freshness of the
 * derived layers. The only module of check:geo that reads files.
 */
export function validateGeoDir(geoDir: string, options: { seedsDir?: string } = {}): GeoDirReport {
  const seedsDir = options.seedsDir ?? join(dirname(geoDir), 'seeds');
  const names = existsSync(geoDir) ? readdirSync(geoDir).filter((n) => n.endsWith('.geojson')).sort() : [];
  const problems: Problem[] = [...checkMissingFiles(names)];
  const files: GeoDirReport['files'] = [];
  for (const file of names) {
    problems.push(...checkFileName(file));
    const { json, error } = readJson(join(geoDir, file));
    if (error !== undefined) {
      problems.push({ file, reason: REASON.NOT_GEOJSON, message: `not valid JSON: ${error}` });
      files.push({ file, features: [] });
      continue;
    }
    const checked = validateLayerFile(basename(file), json);
    problems.push(...checked.problems);
    files.push({ file, features: checked.features });
  }
  problems.push(...checkUniqueIds(files));
  const { seeds, problems: seedProblems } = readSeeds(seedsDir);
  problems.push(...seedProblems, ...checkSeedAgreement(seeds, files));
  problems.push(...checkPlanCitations(seedsDir, files), ...checkLine17Stations(files));
  problems.push(...checkDerived(seeds, new Map(files.map((f) => [f.file, f.features]))));
  return { files, problems };
}
