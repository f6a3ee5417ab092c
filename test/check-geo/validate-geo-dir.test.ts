import { destination, lineString, pointToLineDistance } from '@turf/turf';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection, MultiLineString, Point, Polygon, Position } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateGeoDir, validateLayerFile } from '../../src/data/validate/validate-geo-dir.ts';
import { fixture } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GEO = join(ROOT, 'geo');
/** The CLI runs under load next to other test files: give it time, and assert on its output only. */
const CLI_TIMEOUT_MS = 120_000;

/** geo/*.geojson counted here by reading the files, independently of check:geo. */
const onDisk = readdirSync(GEO)
  .filter((n) => n.endsWith('.geojson'))
  .sort()
  .map((file) => ({ file, count: (JSON.parse(readFileSync(join(GEO, file), 'utf8')) as FeatureCollection).features.length }));
const featuresOnDisk = onDisk.reduce((n, f) => n + f.count, 0);

/** A copy of geo/ and seeds/ in a temporary directory, to break. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-geo-'));
  cpSync(GEO, join(root, 'geo'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  return root;
}
const copies: string[] = [];
const copy = () => {
  const root = copyOfData();
  copies.push(root);
  return root;
};
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Rewrites one feature of a geo/ file in a copy, keeping one feature per line. */
function editFeature(root: string, file: string, id: string, edit: (feature: GeoJSON.Feature) => void): void {
  const path = join(root, 'geo', file);
  const lines = readFileSync(path, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.startsWith(`{"type":"Feature","id":"${id}"`));
  expect(at, `${id} in ${file}`).toBeGreaterThan(-1);
  const comma = lines[at]!.endsWith(',');
  const feature = JSON.parse(comma ? lines[at]!.slice(0, -1) : lines[at]!) as GeoJSON.Feature;
  edit(feature);
  lines[at] = JSON.stringify(feature) + (comma ? ',' : '');
  writeFileSync(path, lines.join('\n'));
}

/** Metres from a position to the Line 17 track of geo/, measured here with Turf directly. */
function metresOffLine17(p: Position): number {
  const lines = JSON.parse(readFileSync(join(GEO, 'trunk-lines.geojson'), 'utf8')) as FeatureCollection;
  const track = lines.features.find((f) => f.properties?.component === 'line17')!.geometry as MultiLineString;
  return Math.min(...track.coordinates.map((part) => pointToLineDistance(p, lineString(part), { units: 'meters' })));
}

/** 蟠龙路, a surveyed Line 17 station, moved 2 km north in a copy of the data; and its distance from the track. */
function withStationMoved(): { root: string; metres: number } {
  const root = copy();
  let metres = 0;
  editFeature(root, 'trunk-stations.geojson', 'line17-03-panlong-road', (f) => {
    const p = f.geometry as Point;
    p.coordinates = destination(p.coordinates, 2, 0).geometry.coordinates.map((n) => Number(n.toFixed(6)));
    metres = Math.round(metresOffLine17(p.coordinates));
  });
  expect(metres).toBeGreaterThan(1500); // the line runs east–west there
  return { root, metres };
}

/** Files, JSON, seeds and derived layers broken at once. */
function withBrokenFiles(): string {
  const root = copy();
  const geo = join(root, 'geo');
  writeFileSync(join(geo, 'roads.geojson'), '{"type":"FeatureCollection","features":[]}');
  unlinkSync(join(geo, 'belts.geojson'));
  writeFileSync(join(geo, 'context-corridor.geojson'), '{"type": "FeatureCollection", "features": [');
  const pillarsPath = join(root, 'seeds', 'pillars.json');
  writeFileSync(pillarsPath, readFileSync(pillarsPath, 'utf8').replace('"Water Town Living Room"', '"Water Town Parlour"'));
  return root;
}

describe('validateGeoDir', () => {
  it('reads every .geojson file of geo/ and finds no problem (it agrees with seeds/ and the plan)', () => {
    const { files, problems } = validateGeoDir(GEO);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.file, f.features.length])).toEqual(onDisk.map((f) => [f.file, f.count]));
  });

  it('reports files, JSON, seeds and derived layers that are wrong, all in one run', () => {
    const { problems, files } = validateGeoDir(join(withBrokenFiles(), 'geo'));
    const got = (reason: string) => problems.filter((p) => p.reason === reason);
    expect(files.find((f) => f.file === 'context-corridor.geojson')).toEqual({ file: 'context-corridor.geojson', features: [] });
    expect(got(REASON.UNEXPECTED_FILE)).toEqual([expect.objectContaining({ file: 'roads.geojson' })]);
    expect(got(REASON.MISSING_FILE)).toEqual([expect.objectContaining({ file: 'belts.geojson' })]);
    expect(got(REASON.MISSING_SEED_FEATURE)).toEqual([expect.objectContaining({ file: 'belts.geojson' })]);
    expect(got(REASON.NOT_GEOJSON)).toEqual([expect.objectContaining({ file: 'context-corridor.geojson', message: expect.stringMatching(/^not valid JSON/) })]);
    expect(got(REASON.SEED_MISMATCH)).toContainEqual(expect.objectContaining({ featureId: 'pillar-water-town-living-room', message: expect.stringContaining('Water Town Parlour') }));
    expect(got(REASON.STALE_DERIVED_LAYER)).toContainEqual(expect.objectContaining({ file: 'pillars.geojson', featureId: 'pillar-water-town-living-room' }));
  });

  it('reports a surveyed Line 17 station moved 2 km off the track, naming it and the distance', () => {
    const { root, metres } = withStationMoved();
    const { problems } = validateGeoDir(join(root, 'geo'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'trunk-stations.geojson', featureId: 'line17-03-panlong-road', reason: REASON.STATION_OFF_TRACK, message: `蟠龙路 (seq 3) is ${metres} m from the Line 17 track: a surveyed station must lie within 30 m of it` }),
    ]);
  });

  it('reports a station citing the pillars’ section, and a park citing another park’s', () => {
    const root = copy();
    editFeature(root, 'trunk-stations.geojson', 'line17-07-zhaoxiang', (f) => void (f.properties!.source = '001 §三(二)'));
    const { problems } = validateGeoDir(join(root, 'geo'));
    expect(problems).toEqual([expect.objectContaining({ featureId: 'line17-07-zhaoxiang', reason: REASON.CITATION_WRONG_SECTION })]);

    const parksPath = join(root, 'seeds', 'base-parks.json');
    writeFileSync(parksPath, readFileSync(parksPath, 'utf8').replace('"section": "三(三)2"', '"section": "三(三)3"'));
    editFeature(root, 'base-parks.geojson', 'park-digital-information', (f) => void (f.properties!.source = '001 §三(三)3'));
    const parkProblems = validateGeoDir(join(root, 'geo')).problems.filter((p) => p.featureId === 'park-digital-information');
    expect(parkProblems).toEqual([expect.objectContaining({ reason: REASON.CITATION_WRONG_SECTION, message: expect.stringContaining('the plan sets out 数字信息产业园 in §三(三)2') })]);
  });

  it('reports an unreadable seed file or plan, and a derivation that cannot run', () => {
    const root = copy();
    unlinkSync(join(root, 'seeds', 'belts.json'));
    unlinkSync(join(root, 'seeds', 'documents', '001-action-plan.txt'));
    const anchorsPath = join(root, 'geo', 'anchors.geojson');
    writeFileSync(anchorsPath, readFileSync(anchorsPath, 'utf8').replace('"target":"park-smart-biomedicine"', '"target":"park-elsewhere"'));
    const { problems } = validateGeoDir(join(root, 'geo'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'seeds/belts.json', reason: REASON.BAD_SEED_FILE, message: expect.stringMatching(/^cannot read: /) }));
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'seeds/documents/001-action-plan.txt',
      reason: REASON.BAD_SEED_FILE,
      message: expect.stringMatching(/^cannot read the plan, so no citation can be checked: /),
    }));
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'base-parks.geojson',
      reason: REASON.DERIVATION_FAILED,
      message: expect.stringMatching(/^cannot recompute the derived layers: .*park-smart-biomedicine/),
    }));
  });
});

describe('validateGeoDir with a file the derivation needs missing', () => {
  it.each([
    ['seeds', 'pillars.json'],
    ['geo', 'anchors.geojson'],
  ])('reports %s/%s missing, not a derivation that failed for want of it', (dir, file) => {
    const root = copy();
    unlinkSync(join(root, dir, file));
    const { problems } = validateGeoDir(join(root, 'geo'));
    expect(problems.filter((p) => p.file.endsWith(file)).length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.reason === REASON.DERIVATION_FAILED)).toEqual([]);
  });
});

describe('validateLayerFile', () => {
  it('reports entries that are no feature at all and keeps only the features', () => {
    const good = fixture('good-water.geojson').features[0]!;
    const { features, problems } = validateLayerFile('context-water.geojson', { type: 'FeatureCollection', features: [null, 7, good] });
    expect(features).toEqual([good]);
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('measures no area of a footprint whose ring is not closed', () => {
    const park = fixture('base-park-area-mismatch.geojson');
    (park.features[0]!.geometry as Polygon).coordinates[0]!.pop();
    expect(validateLayerFile('base-parks.geojson', park).problems.map((p) => p.reason)).toEqual([REASON.UNCLOSED_RING]);
  });
});

describe('npm run check:geo', () => {
  const run = (dir: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'check-geo.ts'), dir], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 on geo/ and reports every file with its feature count, and the totals', () => {
    const result = run('geo');
    expect(result.status, result.stderr).toBe(0);
    for (const { file, count } of onDisk) expect(result.stdout).toMatch(new RegExp(`^✓ geo/${file.replace('.', '\\.')}\\s+${count} features`, 'm'));
    expect(result.stdout).not.toMatch(/^✗/m);
    expect(result.stdout).toMatch(new RegExp(`^check:geo: ${onDisk.length} files, ${featuresOnDisk} features, 0 problems$`, 'm'));
  }, CLI_TIMEOUT_MS);

  it('exits 1 and names the problem when a station is 2 km off the track', () => {
    const { root, metres } = withStationMoved();
    const result = run(join(root, 'geo'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^✗ .*trunk-stations\.geojson/m);
    expect(result.stdout).toContain(`    line17-03-panlong-road  STATION_OFF_TRACK  蟠龙路 (seq 3) is ${metres} m from the Line 17 track`);
    expect(result.stdout).toMatch(new RegExp(`^check:geo: ${onDisk.length} files, ${featuresOnDisk} features, 1 problem$`, 'm'));
  }, CLI_TIMEOUT_MS);

  it('exits 1 and lists the problems of broken files', () => {
    const result = run(join(withBrokenFiles(), 'geo'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^✗ .*roads\.geojson/m);
    expect(result.stdout).toMatch(/^ {4}\(file\) {2}MISSING_FILE {2}listed in LAYER_FILES but missing$/m);
    expect(result.stdout).toMatch(/^check:geo: 11 files, \d+ features, \d+ problems$/m);
  }, CLI_TIMEOUT_MS);
});
