import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { footprintOfArea } from '../../src/analysis/indicative-footprint.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { checkTopology } from '../../src/data/validate/topology.ts';
import { firstFeature, fixture, reasons, square } from './fixtures.ts';

const polygon = (coordinates: number[][][]): Feature => ({ type: 'Feature', id: 'p', properties: null, geometry: { type: 'Polygon', coordinates } });

describe('topology', () => {
  it('accepts a counter-clockwise square, a footprint circle and points', () => {
    for (const [i, f] of fixture('good-water.geojson').features.entries()) expect(checkTopology('x.geojson', f, i)).toEqual([]);
    expect(checkTopology('x.geojson', footprintOfArea([121.15, 31.18], 3.65), 0)).toEqual([]);
  });

  it('reports a clockwise exterior ring as WRONG_WINDING', () => {
    const [problem, ...rest] = checkTopology('context-water.geojson', firstFeature('clockwise-exterior.geojson'), 0);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ reason: REASON.WRONG_WINDING, featureId: 'water-clockwise' });
    expect(problem.message).toMatch(/exterior ring is clockwise/);
  });

  it('reports a counter-clockwise hole as WRONG_WINDING, and accepts a clockwise one', () => {
    const hole = [[121.105, 31.105], [121.11, 31.105], [121.11, 31.11], [121.105, 31.11], [121.105, 31.105]];
    expect(reasons(checkTopology('x.geojson', polygon([square()[0], hole]), 0))).toEqual([REASON.WRONG_WINDING]);
    expect(checkTopology('x.geojson', polygon([square()[0], [...hole].reverse()]), 0)).toEqual([]);
  });

  it('reports a bow-tie as SELF_INTERSECTION', () => {
    expect(reasons(checkTopology('context-water.geojson', firstFeature('bow-tie.geojson'), 0))).toContain(REASON.SELF_INTERSECTION);
  });

  it('checks each part of a MultiPolygon, naming it', () => {
    const cw = [...square()[0]].reverse();
    const multi: Feature = { type: 'Feature', id: 'm', properties: null, geometry: { type: 'MultiPolygon', coordinates: [square(), [cw.map(([x, y]) => [x + 0.1, y])]] } };
    const problems = checkTopology('x.geojson', multi, 0);
    expect(reasons(problems)).toEqual([REASON.WRONG_WINDING]);
    expect(problems[0].message).toMatch(/^polygon 1,/);
  });
});
