import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deriveLayers } from '../../scripts/geo/derive-layers.ts';
import { readDerivationInputs } from '../../scripts/geo/derivation-inputs.ts';
import { checkDerivedFreshness } from '../../src/data/validate/derived-freshness.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { reasons } from './fixtures.ts';

const { seeds, layers } = readDerivationInputs(process.cwd());
const expected: Record<string, FeatureCollection> = deriveLayers(seeds, layers);
/** The derived layers as geo/ would hold them after `npm run build:geo` (through JSON). */
const written = () => new Map(Object.entries(expected).map(([file, fc]) => [file, JSON.parse(JSON.stringify(fc.features)) as Feature[]]));

describe('derived-freshness', () => {
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
