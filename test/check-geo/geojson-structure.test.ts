import { describe, expect, it } from 'vitest';
import { checkCollection, checkFeatureStructure } from '../../src/data/validate/geojson-structure.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateLayerFile } from '../../src/data/validate/validate-geo-dir.ts';
import { firstFeature, fixture, reasons, square } from './fixtures.ts';

describe('geojson-structure', () => {
  it('accepts valid features', () => {
    for (const [i, f] of fixture('good-water.geojson').features.entries()) expect(checkFeatureStructure('x.geojson', f, i)).toEqual([]);
  });

  it('reports a collection that is not a FeatureCollection', () => {
    expect(reasons(checkCollection('x.geojson', { type: 'Feature' }).problems)).toEqual([REASON.NOT_GEOJSON, REASON.NOT_GEOJSON]);
    expect(reasons(checkCollection('x.geojson', [1, 2]).problems)).toEqual([REASON.NOT_GEOJSON]);
    expect(checkCollection('x.geojson', fixture('good-water.geojson'))).toMatchObject({ problems: [], features: { length: 2 } });
  });

  it('reports an unclosed ring as UNCLOSED_RING', () => {
    const problems = checkFeatureStructure('context-water.geojson', firstFeature('unclosed-ring.geojson'), 0);
    expect(problems).toEqual([expect.objectContaining({ reason: REASON.UNCLOSED_RING, featureId: 'water-unclosed' })]);
  });

  it('catches the TypeError geojson-validation throws on an empty ring', () => {
    const feature = firstFeature('empty-ring.geojson');
    expect(() => checkFeatureStructure('context-water.geojson', feature, 0)).not.toThrow();
    const [problem] = checkFeatureStructure('context-water.geojson', feature, 0);
    expect(problem).toMatchObject({ reason: REASON.NOT_GEOJSON, featureId: 'water-empty-ring' });
    expect(problem.message).toMatch(/empty ring/);
  });

  it('catches the throw on a null closing position, and reports a missing geometry member', () => {
    const ring = square()[0];
    ring[4] = null as unknown as number[];
    const nullEnd = { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
    expect(reasons(checkFeatureStructure('x.geojson', nullEnd, 0))).toEqual([REASON.NOT_GEOJSON]);
    expect(reasons(checkFeatureStructure('x.geojson', { type: 'Feature', properties: {} }, 3))).toEqual([REASON.NOT_GEOJSON]);
    expect(checkFeatureStructure('x.geojson', { type: 'Feature', properties: {} }, 3)[0].featureId).toBe('#3');
  });

  it('the file runner skips measuring a broken geometry instead of crashing', () => {
    expect(() => validateLayerFile('context-water.geojson', fixture('empty-ring.geojson'))).not.toThrow();
    expect(reasons(validateLayerFile('context-water.geojson', fixture('unclosed-ring.geojson')).problems)).toEqual([REASON.UNCLOSED_RING]);
  });
});
