import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkFeatureProperties, checkFileName, checkMissingFiles, checkUniqueIds } from '../../src/data/validate/properties.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { LAYER_FILES } from '../../src/data/schemas/geo-feature.schema.ts';
import { firstFeature, fixture, reasons } from './fixtures.ts';

describe('properties', () => {
  it('accepts valid properties in the right file', () => {
    for (const [i, f] of fixture('good-water.geojson').features.entries()) expect(checkFeatureProperties('context-water.geojson', f, i)).toEqual([]);
  });

  it('reports a missing source as BAD_PROPERTIES naming the path', () => {
    const problems = checkFeatureProperties('context-water.geojson', firstFeature('missing-source.geojson'), 0);
    expect(reasons(problems)).toEqual([REASON.BAD_PROPERTIES]);
    expect(problems[0].message).toMatch(/^source: /);
  });

  it('reports a plan source without a section', () => {
    const belt = { ...firstFeature('good-water.geojson') };
    belt.properties = { ...belt.properties, kind: 'belt', source: 'the plan' };
    expect(checkFeatureProperties('belts.geojson', belt, 0)[0]).toMatchObject({ reason: REASON.BAD_PROPERTIES, message: expect.stringMatching(/^source: .*section/) });
  });

  it('reports a kind the file may not hold as KIND_NOT_ALLOWED_IN_FILE', () => {
    const feature = firstFeature('wrong-kind.geojson');
    const problems = checkFeatureProperties('pillars.geojson', feature, 0);
    expect(reasons(problems)).toEqual([REASON.KIND_NOT_ALLOWED_IN_FILE]);
    expect(problems[0]!.message).toBe(`kind "${String(feature.properties!.kind)}" does not belong in pillars.geojson (allowed: ${LAYER_FILES['pillars.geojson'].join(', ')})`);
    expect(checkFeatureProperties('context-water.geojson', feature, 0)).toEqual([]);
  });

  it('reports feature.id ≠ properties.id, and a missing feature.id, as ID_MISMATCH', () => {
    expect(reasons(checkFeatureProperties('context-water.geojson', firstFeature('id-mismatch.geojson'), 0))).toEqual([REASON.ID_MISMATCH]);
    const { id: _, ...noId } = firstFeature('good-water.geojson');
    expect(reasons(checkFeatureProperties('context-water.geojson', noId as Feature, 0))).toEqual([REASON.ID_MISMATCH]);
  });

  it('reports duplicate ids within a file and across files', () => {
    const dup = fixture('duplicate-id.geojson').features;
    expect(checkUniqueIds([{ file: 'context-water.geojson', features: dup }])).toEqual([
      expect.objectContaining({ reason: REASON.DUPLICATE_ID, featureId: 'water-twice', message: 'id "water-twice" is already used in context-water.geojson' }),
    ]);
    const unnamed = dup.map(({ id: _, ...rest }) => rest as Feature);
    expect(checkUniqueIds([{ file: 'context-water.geojson', features: unnamed }])).toEqual([]);
    const good = fixture('good-water.geojson').features;
    expect(reasons(checkUniqueIds([{ file: 'a.geojson', features: good }, { file: 'b.geojson', features: [good[1]] }]))).toEqual([REASON.DUPLICATE_ID]);
    expect(checkUniqueIds([{ file: 'a.geojson', features: good }])).toEqual([]);
  });

  it('reports unexpected and missing layer files', () => {
    expect(checkFileName('roads.geojson')).toEqual([
      { file: 'roads.geojson', reason: REASON.UNEXPECTED_FILE, message: `not one of the layer files in LAYER_FILES (${Object.keys(LAYER_FILES).join(', ')})` },
    ]);
    expect(checkFileName('belts.geojson')).toEqual([]);
    const all = Object.keys(LAYER_FILES);
    expect(checkMissingFiles(all)).toEqual([]);
    expect(checkMissingFiles(all.filter((f) => f !== 'belts.geojson'))).toEqual([{ file: 'belts.geojson', reason: REASON.MISSING_FILE, message: 'listed in LAYER_FILES but missing' }]);
  });
});
