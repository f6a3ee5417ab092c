import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { footprintOfArea } from '../../src/analysis/indicative-footprint.ts';
import { checkFootprintArea, footprintRows } from '../../src/data/validate/footprint-area.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateLayerFile } from '../../src/data/validate/validate-geo-dir.ts';
import { firstFeature, fixture, reasons } from './fixtures.ts';

const FILE = 'base-parks.geojson';

describe('footprint-area', () => {
  it('reports a 3.0 km² polygon for a planned 3.65 km² as AREA_MISMATCH, with both areas and Δ%', () => {
    const problems = checkFootprintArea(FILE, firstFeature('base-park-area-mismatch.geojson'), 0);
    expect(reasons(problems)).toEqual([REASON.AREA_MISMATCH]);
    expect(problems[0].message).toMatch(/footprint 3\.0\d\d km² vs planned 3\.65 km²: Δ −17\.\d\d %/);
  });

  it('accepts a polygon within 2 % of the planned area', () => {
    const park = firstFeature('base-park-area-mismatch.geojson');
    expect(checkFootprintArea(FILE, { ...park, geometry: footprintOfArea([121.15, 31.18], 3.65 * 1.015).geometry }, 0)).toEqual([]);
    expect(reasons(checkFootprintArea(FILE, { ...park, geometry: footprintOfArea([121.15, 31.18], 3.65 * 1.025).geometry }, 0))).toEqual([REASON.AREA_MISMATCH]);
  });

  it('reports a park with a planned area drawn as a point', () => {
    const park = firstFeature('base-park-area-mismatch.geojson');
    const asPoint: Feature = { ...park, geometry: { type: 'Point', coordinates: [121.15, 31.18] } };
    const problems = checkFootprintArea(FILE, asPoint, 0);
    expect(reasons(problems)).toEqual([REASON.AREA_MISMATCH, REASON.FOOTPRINT_KIND_MISMATCH]);
    expect(problems[0]!.message).toBe('planned area is 3.65 km² but the geometry is a Point, not a polygon of that area');
    expect(problems[1]!.message).toBe('footprint is "polygon" but the geometry is a Point');
  });

  it('asks nothing of a park that does not say what its footprint is', () => {
    const park = firstFeature('base-park-area-mismatch.geojson');
    const { footprint: _, ...unsaid } = park.properties!;
    expect(reasons(checkFootprintArea(FILE, { ...park, properties: unsaid }, 0))).toEqual([REASON.AREA_MISMATCH]);
  });

  it('reports a park with no planned area drawn as a polygon as INVENTED_FOOTPRINT', () => {
    const problems = checkFootprintArea(FILE, firstFeature('base-park-null-area-polygon.geojson'), 0);
    expect(reasons(problems)).toEqual([REASON.INVENTED_FOOTPRINT]);
    expect(problems[0].message).toMatch(/no invented polygon/);
  });

  it('ignores features that are not base parks', () => {
    expect(checkFootprintArea('context-water.geojson', firstFeature('good-water.geojson'), 0)).toEqual([]);
    const pillar = firstFeature('base-park-null-area-polygon.geojson');
    const asPillar: Feature = { ...pillar, properties: { ...pillar.properties, kind: 'pillar', footprint: 'point' } };
    expect(checkFootprintArea('pillars.geojson', asPillar, 0)).toEqual([]);
    const withArea: Feature = { ...asPillar, properties: { ...asPillar.properties, planned_area_km2: 9 } };
    expect(footprintRows([withArea])).toEqual([]);
  });

  it('the fixture files hold no other problem (they are valid apart from the area)', () => {
    expect(reasons(validateLayerFile(FILE, fixture('base-park-area-mismatch.geojson')).problems)).toEqual([REASON.AREA_MISMATCH]);
    expect(reasons(validateLayerFile(FILE, fixture('base-park-null-area-polygon.geojson')).problems)).toEqual([REASON.INVENTED_FOOTPRINT]);
  });

  it('tabulates planned vs footprint areas', () => {
    const [row] = footprintRows([firstFeature('base-park-area-mismatch.geojson'), firstFeature('base-park-null-area-polygon.geojson')]);
    expect(footprintRows([firstFeature('base-park-area-mismatch.geojson'), firstFeature('base-park-null-area-polygon.geojson')])).toHaveLength(1);
    expect(row).toMatchObject({ id: 'park-smart-biomedicine', name_zh: '智慧生物医药产业园', plannedKm2: 3.65 });
    expect(row.footprintKm2).toBeCloseTo(3.0, 2);
    expect(row.deltaPct).toBeCloseTo(-17.8, 1);
  });
});
