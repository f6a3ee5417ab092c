import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveLayers } from '../../scripts/geo/derive-layers.ts';
import { readDerivationInputs } from '../../scripts/geo/derivation-inputs.ts';
import { writeFeatureCollection } from '../../scripts/geo/geojson-io.ts';
import { checkDerivedFreshness } from '../../src/data/validate/derived-freshness.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { reasons } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { seeds, layers } = readDerivationInputs(ROOT);
const expected: Record<string, FeatureCollection> = deriveLayers(seeds, layers);
const readFeatures = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection).features;
/** The derived layers as committed in geo/, read from disk afresh. */
const committed = () => new Map(Object.keys(expected).map((file) => [file, readFeatures(join(ROOT, 'geo', file))]));

const scratch = mkdtempSync(join(tmpdir(), 'derived-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** The derived layers as `npm run build:geo` writes them now (its writer, through a file). */
const written = () =>
  new Map(
    Object.entries(expected).map(([file, fc]) => {
      writeFeatureCollection(join(scratch, file), fc);
      return [file, readFeatures(join(scratch, file))];
    }),
  );

describe('derived-freshness', () => {
  it('finds the layers committed in geo/ up to date with seeds/ and the anchors', () => {
    expect(Object.keys(expected).sort()).toEqual(['base-parks.geojson', 'pillars.geojson', 'sub-areas.geojson']);
    expect(checkDerivedFreshness(expected, committed())).toEqual([]);
  });

  it('accepts layers exactly as build:geo writes them', () => {
    expect(checkDerivedFreshness(expected, written())).toEqual([]);
  });

  it('reports a moved vertex, telling to run npm run build:geo', () => {
    const actual = written();
    const pillar = actual.get('pillars.geojson')![0] as Feature<Polygon>;
    pillar.geometry.coordinates[0][3][0] += 0.001;
    const [problem, ...rest] = checkDerivedFreshness(expected, actual);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ reason: REASON.STALE_DERIVED_LAYER, file: 'pillars.geojson', featureId: pillar.id });
    expect(problem.message).toMatch(/off by up to 0\.001000° .*run npm run build:geo$/);
  });

  it('tolerates noise in the last decimal', () => {
    const actual = written();
    (actual.get('pillars.geojson')![0] as Feature<Polygon>).geometry.coordinates[0][3][0] += 1e-6;
    expect(checkDerivedFreshness(expected, actual)).toEqual([]);
  });

  it('reports a feature of another geometry type, or with a vertex more, saying which', () => {
    const actual = written();
    const [first, second] = actual.get('pillars.geojson')! as Feature[];
    first!.geometry = { type: 'Point', coordinates: [121.1, 31.1] };
    const ring = (second as Feature<Polygon>).geometry.coordinates[0]!;
    ring.splice(1, 0, ring[1]!);
    const messages = checkDerivedFreshness(expected, actual).map((p) => [p.featureId, p.message]);
    expect(messages).toEqual([
      [String(first!.id), 'geometry is a Point but would be a Polygon: run npm run build:geo'],
      [String(second!.id), 'geometry has a different number of positions: run npm run build:geo'],
    ]);
  });

  it('reports properties lost altogether by name', () => {
    const actual = written();
    const park = actual.get('base-parks.geojson')![0]!;
    const names = Object.keys(park.properties!);
    park.properties = null;
    const problems = checkDerivedFreshness(expected, actual);
    expect(problems.map((p) => p.message)).toEqual([`properties differ: ${names.join(', ')}: run npm run build:geo`]);
  });

  it('reports changed properties by name', () => {
    const actual = written();
    actual.get('base-parks.geojson')![0].properties!.name_en = 'Old name';
    const problems = checkDerivedFreshness(expected, actual);
    expect(reasons(problems)).toEqual([REASON.STALE_DERIVED_LAYER]);
    expect(problems[0].message).toContain('properties differ: name_en');
  });

  it('reports missing files, missing features and leftover features', () => {
    const actual = written();
    actual.delete('sub-areas.geojson');
    const parks = actual.get('base-parks.geojson')!;
    const removed = parks.shift()!;
    parks.push({ ...parks[0], id: 'park-gone' });
    const problems = checkDerivedFreshness(expected, actual);
    expect(problems.map((p) => [p.file, p.featureId])).toEqual([
      ['base-parks.geojson', removed.id],
      ['base-parks.geojson', 'park-gone'],
      ['sub-areas.geojson', undefined],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    expect(new Set(reasons(problems))).toEqual(new Set([REASON.STALE_DERIVED_LAYER]));
  });
});
