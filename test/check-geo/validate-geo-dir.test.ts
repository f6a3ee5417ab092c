import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateGeoDir } from '../../src/data/validate/validate-geo-dir.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GEO = join(ROOT, 'geo');

/** A copy of geo/ and seeds/ in a temporary directory, to break. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'check-geo-'));
  cpSync(GEO, join(root, 'geo'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  return root;
}
const broken = copyOfData();
afterAll(() => rmSync(broken, { recursive: true, force: true }));

describe('validateGeoDir', () => {
  it('finds no problem in the data of geo/ (which agrees with seeds/)', () => {
    const { files, problems } = validateGeoDir(GEO);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.file)).toContain('base-parks.geojson');
  });

  it('reports files, JSON, seeds and derived layers that are wrong, all in one run', () => {
    const geo = join(broken, 'geo');
    writeFileSync(join(geo, 'roads.geojson'), '{"type":"FeatureCollection","features":[]}');
    unlinkSync(join(geo, 'belts.geojson'));
    writeFileSync(join(geo, 'context-corridor.geojson'), '{"type": "FeatureCollection", "features": [');
    const pillarsPath = join(broken, 'seeds', 'pillars.json');
    writeFileSync(pillarsPath, readFileSync(pillarsPath, 'utf8').replace('"Water Town Living Room"', '"Water Town Parlour"'));

    const { problems } = validateGeoDir(geo);
    const got = (reason: string) => problems.filter((p) => p.reason === reason);
    expect(got(REASON.UNEXPECTED_FILE)).toEqual([expect.objectContaining({ file: 'roads.geojson' })]);
    expect(got(REASON.MISSING_FILE)).toEqual([expect.objectContaining({ file: 'belts.geojson' })]);
    expect(got(REASON.MISSING_SEED_FEATURE)).toEqual([expect.objectContaining({ file: 'belts.geojson' })]);
    expect(got(REASON.NOT_GEOJSON)).toEqual([expect.objectContaining({ file: 'context-corridor.geojson', message: expect.stringMatching(/^not valid JSON/) })]);
    expect(got(REASON.SEED_MISMATCH)).toContainEqual(expect.objectContaining({ featureId: 'pillar-water-town-living-room', message: expect.stringContaining('Water Town Parlour') }));
    expect(got(REASON.STALE_DERIVED_LAYER)).toContainEqual(expect.objectContaining({ file: 'pillars.geojson', featureId: 'pillar-water-town-living-room' }));
  });

  it('reports an unreadable seed file, and a derivation that cannot run', () => {
    const root = copyOfData();
    try {
      unlinkSync(join(root, 'seeds', 'belts.json'));
      const anchorsPath = join(root, 'geo', 'anchors.geojson');
      writeFileSync(anchorsPath, readFileSync(anchorsPath, 'utf8').replace('"target":"park-smart-biomedicine"', '"target":"park-elsewhere"'));
      const { problems } = validateGeoDir(join(root, 'geo'));
      expect(problems).toContainEqual(expect.objectContaining({ file: 'seeds/belts.json', reason: REASON.BAD_SEED_FILE }));
      expect(problems).toContainEqual(expect.objectContaining({ reason: REASON.DERIVATION_FAILED, message: expect.stringContaining('park-smart-biomedicine') }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run check:geo', () => {
  const run = (dir: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'check-geo.ts'), dir], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 and lists the problems when there are some', () => {
    const result = run(join(broken, 'geo'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ .*roads\.geojson/);
    expect(result.stdout).toMatch(/^check:geo: 11 files, \d+ features, \d+ problems$/m);
  }, 20_000);

  it('exits 0 exactly when geo/ has no problem, within 5 s', () => {
    const started = Date.now();
    const result = run('geo');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.status).toBe(validateGeoDir(GEO).problems.length > 0 ? 1 : 0);
    expect(result.stdout).toMatch(/^check:geo: 11 files, \d+ features, \d+ problems?$/m);
  }, 20_000);
});
