/**
 * What check:geo tells the person fixing geo/: which feature, where, and by how much. The
 * per-reason tests sit beside each check; these pin the details of the messages and the edges of
 * each rule (RFC 7946 ranges, the [lat, lon] window, the ±2 % area tolerance).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { footprintOfArea } from '../../src/analysis/indicative-footprint.ts';
import { checkCoordinates } from '../../src/data/validate/coordinates.ts';
import { checkDerivedFreshness } from '../../src/data/validate/derived-freshness.ts';
import { AREA_TOLERANCE_PCT, checkFootprintArea, footprintRows, signed } from '../../src/data/validate/footprint-area.ts';
import { formatReport } from '../../src/data/validate/format-report.ts';
import { checkCollection, checkFeatureStructure } from '../../src/data/validate/geojson-structure.ts';
import { checkFeatureProperties, checkFileName } from '../../src/data/validate/properties.ts';
import { REASON, featureLabel } from '../../src/data/validate/reasons.ts';
import { checkSeedAgreement, parseSeedFile, type Seeds } from '../../src/data/validate/seed-agreement.ts';
import { checkTopology } from '../../src/data/validate/topology.ts';
import { firstFeature, reasons, square } from './fixtures.ts';

const feature = (geometry: Geometry | null, id: string | number = 'f', properties: Record<string, unknown> | null = null): Feature =>
  ({ type: 'Feature', id, geometry, properties }) as Feature;
const point = (coordinates: unknown[]) => feature({ type: 'Point', coordinates } as Geometry);

describe('featureLabel', () => {
  it('names a feature by feature.id, then properties.id, then its position in the file', () => {
    expect(featureLabel({ id: 'a', properties: { id: 'b' } }, 3)).toBe('a');
    expect(featureLabel({ id: 7 }, 3)).toBe('7');
    expect(featureLabel({ properties: { id: 'b' } }, 3)).toBe('b');
    expect(featureLabel({ properties: { id: 5 } }, 3)).toBe('#3');
    expect(featureLabel({ properties: null }, 0)).toBe('#0');
    expect(featureLabel(null, 2)).toBe('#2');
  });
});

describe('coordinates', () => {
  const check = (f: Feature) => checkCoordinates('x.geojson', f, 0);

  it('accepts the corners of the lon/lat range', () => {
    for (const p of [[180, 90], [-180, -90], [180, -90], [-180, 90]]) expect(check(point(p)), JSON.stringify(p)).toEqual([]);
  });

  it.each([[180.5, 0], [-180.5, 0], [0, 90.5], [0, -90.5]])('reports %j as out of range', (lon, lat) => {
    expect(reasons(check(point([lon, lat])))).toEqual([REASON.COORD_OUT_OF_RANGE]);
  });

  it('takes [lat, lon] only inside the window around Shanghai, edges included', () => {
    for (const p of [[20, 100], [40, 130], [31.18, 121.15]]) expect(reasons(check(point(p))), JSON.stringify(p)).toEqual([REASON.LAT_LON_SWAPPED]);
    // Just outside the window: an ordinary out-of-range latitude, not a swap.
    for (const p of [[19.9, 121], [40.1, 121], [31, 99.9], [31, 130.1]]) expect(reasons(check(point(p))), JSON.stringify(p)).not.toContain(REASON.LAT_LON_SWAPPED);
  });

  it('leaves positions that are not numbers to the structure check', () => {
    expect(check(point(['121.1', 31.1]))).toEqual([]);
    expect(check(point([121.1]))).toEqual([]);
    expect(check(feature(null))).toEqual([]);
  });

  it('says what is wrong with a single position and where it is', () => {
    const [problem] = check(point([121, 31, 0, 0]));
    expect(problem).toEqual({
      file: 'x.geojson',
      featureId: 'f',
      reason: REASON.TOO_MANY_DIMENSIONS,
      message: 'a position has 4 numbers (at most 3: lon, lat, alt); first [121,31,0,0] at geometry.coordinates',
    });
    expect(check(point([121.1234567, 31]))[0].message).toBe('a position has more than 6 decimals; first [121.1234567,31] at geometry.coordinates');
  });

  it('shows a non-finite number as such, not as null', () => {
    expect(check(point([Number.NaN, 31]))[0].message).toContain('first ["NaN",31] at geometry.coordinates');
  });

  it('counts a bad altitude too', () => {
    expect(reasons(check(point([121.1, 31.1, 4.1234567])))).toEqual([REASON.TOO_MANY_DECIMALS]);
  });

  it('gives the path of the first bad position in a GeometryCollection', () => {
    const gc = feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [121, 31] }, { type: 'LineString', coordinates: [[121, 31], [181, 31]] }] });
    expect(check(gc)[0].message).toMatch(/at geometry\.geometries\[1\]\.coordinates\[1\]$/);
  });
});

describe('topology', () => {
  const polygon = (coordinates: number[][][]) => feature({ type: 'Polygon', coordinates });

  it('names the hole that winds the wrong way', () => {
    const hole = [[121.105, 31.105], [121.11, 31.105], [121.11, 31.11], [121.105, 31.11], [121.105, 31.105]];
    const [problem] = checkTopology('x.geojson', polygon([square()[0], hole]), 0);
    expect(problem.message).toMatch(/^hole 1 is counter-clockwise/);
  });

  it('gives the crossing point of a bow-tie', () => {
    const problems = checkTopology('x.geojson', firstFeature('bow-tie.geojson'), 0);
    const crossing = problems.find((p) => p.reason === REASON.SELF_INTERSECTION)!;
    expect(crossing.message).toMatch(/^rings cross themselves or each other at \d+ point\(s\), first at \[121\.11,31\.11\]$/);
  });

  it('skips a ring too short to be a ring (the structure check reports it)', () => {
    expect(() => checkTopology('x.geojson', polygon([[[121, 31], [121.1, 31], [121, 31]]]), 0)).not.toThrow();
  });

  it('does not check points and lines', () => {
    expect(checkTopology('x.geojson', point([121, 31]), 0)).toEqual([]);
    expect(checkTopology('x.geojson', feature({ type: 'LineString', coordinates: [[121, 31], [121.1, 31.1], [121, 31.1], [121.1, 31]] }), 0)).toEqual([]);
  });
});

describe('footprint area', () => {
  const park = (geometry: Geometry, props: Record<string, unknown> = {}) => {
    const f = firstFeature('base-park-area-mismatch.geojson');
    return { ...f, geometry, properties: { ...f.properties, ...props } } as Feature;
  };
  const circle = (km2: number) => footprintOfArea([121.15, 31.18], km2).geometry;

  it('allows ±2 %', () => {
    expect(AREA_TOLERANCE_PCT).toBe(2);
    expect(checkFootprintArea('b.geojson', park(circle(3.65 * 0.985)), 0)).toEqual([]);
    expect(reasons(checkFootprintArea('b.geojson', park(circle(3.65 * 0.975)), 0))).toEqual([REASON.AREA_MISMATCH]);
  });

  it('says both areas, the difference and the tolerance', () => {
    const [problem] = checkFootprintArea('b.geojson', park(circle(3.65 * 1.05)), 0);
    expect(problem.message).toMatch(/^footprint 3\.83\d km² vs planned 3\.65 km²: Δ \+5\.\d\d % \(allowed ±2 %\)$/);
  });

  it('takes a MultiPolygon as a polygon footprint', () => {
    const multi: Geometry = { type: 'MultiPolygon', coordinates: [circle(3.65).coordinates] };
    expect(checkFootprintArea('b.geojson', park(multi), 0)).toEqual([]);
    expect(footprintRows([park(multi)])[0].footprintKm2).toBeCloseTo(3.65, 2);
  });

  it('accepts a park with no stated area drawn as a point', () => {
    const p = park({ type: 'Point', coordinates: [121.15, 31.18] }, { planned_area_km2: null, footprint: 'point' });
    expect(checkFootprintArea('b.geojson', p, 0)).toEqual([]);
  });

  it('explains a point standing for a stated area, and a footprint property that names the wrong geometry', () => {
    const problems = checkFootprintArea('b.geojson', park({ type: 'Point', coordinates: [121.15, 31.18] }), 0);
    expect(problems.map((p) => p.message)).toEqual([
      'planned area is 3.65 km² but the geometry is a Point, not a polygon of that area',
      'footprint is "polygon" but the geometry is a Point',
    ]);
    expect(reasons(checkFootprintArea('b.geojson', park(circle(3.65), { footprint: 'point' }), 0))).toEqual([REASON.FOOTPRINT_KIND_MISMATCH]);
  });

  it('names the geometry an invented footprint has', () => {
    const [problem] = checkFootprintArea('b.geojson', firstFeature('base-park-null-area-polygon.geojson'), 0);
    expect(problem.message).toContain('must be a Point, not a Polygon');
  });

  it('writes a percentage with its sign and two decimals, and no negative zero', () => {
    expect(signed(0.03)).toBe('+0.03');
    expect(signed(-17.814)).toBe('−17.81');
    expect(signed(0)).toBe('+0.00');
    expect(signed(-0.004)).toBe('+0.00');
  });
});

describe('the report', () => {
  const water = firstFeature('good-water.geojson');

  it('uses the singular for one file, one feature and one problem, and has no problem section without problems', () => {
    const lines = formatReport({ files: [{ file: 'context-water.geojson', features: [water] }], problems: [] });
    expect(lines.at(-1)).toBe('check:geo: 1 file, 1 feature, 0 problems');
    expect(lines).not.toContain('Problems:');
    expect(lines.some((l) => l.includes('planned km²'))).toBe(false);
  });

  it('marks a file without features and a feature without kind', () => {
    const lines = formatReport({ files: [{ file: 'a.geojson', features: [] }, { file: 'b.geojson', features: [feature(null)] }], problems: [] });
    expect(lines[0]).toMatch(/^✓ geo\/a\.geojson\s+0 features\s+—$/);
    expect(lines[1]).toMatch(/^✓ geo\/b\.geojson\s+1 features\s+\?$/);
  });

  it('lists problems of a whole file as (file), and seeds/ files under their own name', () => {
    const lines = formatReport(
      {
        files: [{ file: 'belts.geojson', features: [] }],
        problems: [
          { file: 'belts.geojson', reason: REASON.NOT_GEOJSON, message: 'not a JSON object' },
          { file: 'seeds/belts.json', reason: REASON.BAD_SEED_FILE, message: 'cannot read' },
        ],
      },
      'data',
    );
    expect(lines[0]).toMatch(/^✗ data\/belts\.geojson/);
    expect(lines).toContain('  data/belts.geojson (1)');
    expect(lines).toContain('    (file)  NOT_GEOJSON  not a JSON object');
    expect(lines).toContain('  seeds/belts.json (1)');
    expect(lines.at(-1)).toBe('check:geo: 1 file, 0 features, 2 problems');
  });

  it('tabulates a park with a stated area drawn as a point as not a polygon', () => {
    const asPoint = { ...firstFeature('base-park-area-mismatch.geojson'), geometry: { type: 'Point', coordinates: [121.15, 31.18] } } as Feature;
    const row = formatReport({ files: [{ file: 'base-parks.geojson', features: [asPoint] }], problems: [] }).find((l) => l.startsWith('  park-'));
    expect(row).toMatch(/^  park-smart-biomedicine\s+3\.65 \|\s+not a polygon \|\s+—$/);
  });
});

describe('structure', () => {
  it('says what the top level is instead of a FeatureCollection', () => {
    expect(checkCollection('x.geojson', { type: 'Feature' }).problems.map((p) => p.message)).toEqual(['type is "Feature", expected "FeatureCollection"', 'has no "features" array']);
    for (const value of [null, [1], 'text', 3]) expect(checkCollection('x.geojson', value).problems.map((p) => p.message), JSON.stringify(value)).toEqual(['not a JSON object']);
    expect(checkCollection('x.geojson', { type: 'FeatureCollection', features: {} }).features).toEqual([]);
  });

  it('passes on what geojson-validation says', () => {
    const [problem] = checkFeatureStructure('x.geojson', firstFeature('unclosed-ring.geojson'), 0);
    expect(problem.message).toMatch(/^not valid GeoJSON: .*first and last positions must be equivalent/);
    expect(checkFeatureStructure('x.geojson', { type: 'Feature', properties: {} }, 0)[0].message).toMatch(/^not valid GeoJSON: /);
  });
});

describe('properties', () => {
  it('says which id is wrong and how', () => {
    const { id: _, ...noId } = firstFeature('good-water.geojson');
    expect(checkFeatureProperties('context-water.geojson', noId as Feature, 0)[0].message).toBe('feature.id must be a string, got undefined');
    const other = feature(null, 'water-other', { ...firstFeature('good-water.geojson').properties });
    expect(checkFeatureProperties('context-water.geojson', other, 0)[0].message).toBe('feature.id "water-other" ≠ properties.id "water-good-square"');
  });

  it('reports missing properties as a whole', () => {
    const [problem] = checkFeatureProperties('context-water.geojson', feature(null, 'f', null), 0);
    expect(problem).toMatchObject({ reason: REASON.ID_MISMATCH });
    expect(checkFeatureProperties('context-water.geojson', feature(null, 'f', null), 0).filter((p) => p.reason === REASON.BAD_PROPERTIES).map((p) => p.message)).toEqual([
      expect.stringMatching(/^\(properties\): /),
    ]);
  });

  it('names the kinds a file allows and the files there are', () => {
    const [problem] = checkFeatureProperties('pillars.geojson', firstFeature('good-water.geojson'), 0);
    expect(problem.message).toBe('kind "water" does not belong in pillars.geojson (allowed: pillar)');
    const [unexpected] = checkFileName('roads.geojson');
    expect(unexpected.message).toMatch(/^not one of the layer files in LAYER_FILES \(.*\)$/);
    for (const file of ['base-parks.geojson', 'trunk-lines.geojson', 'anchors.geojson']) expect(unexpected.message).toContain(file);
  });

  it('does not judge the kind of a file it does not know', () => {
    expect(reasons(checkFeatureProperties('roads.geojson', firstFeature('good-water.geojson'), 0))).toEqual([]);
  });
});

describe('seed agreement', () => {
  const pillarSeed = { id: 'pillar-logistics-hub', seq: 5, name_zh: '物流枢纽', name_en: 'Logistics Hub', source: { doc: '001', section: '三(二)5' } };
  const trunkSeed = { id: 'trunk-g50', name_zh: 'G50 智慧高速公路', name_en: 'G50 Smart Expressway', source: { doc: '001', section: '三(一)' } };
  const agreeing = (seed: typeof pillarSeed | typeof trunkSeed, kind: string, extra: Record<string, unknown> = {}) =>
    feature({ type: 'Point', coordinates: [121, 31] }, seed.id, { id: seed.id, kind, name_zh: seed.name_zh, name_en: seed.name_en, source: `001 §${seed.source.section}`, ...extra });

  it('checks the sequence number where the seed has one, and only there', () => {
    const seeds: Seeds = { 'pillars.json': [pillarSeed], 'trunk.json': [trunkSeed] };
    const files = (pillar: Feature) => [
      { file: 'pillars.geojson', features: [pillar] },
      { file: 'trunk-lines.geojson', features: [agreeing(trunkSeed, 'trunk_line')] },
    ];
    expect(checkSeedAgreement(seeds, files(agreeing(pillarSeed, 'pillar', { seq: 5 })))).toEqual([]);
    expect(checkSeedAgreement(seeds, files(agreeing(pillarSeed, 'pillar', { seq: 4 }))).map((p) => p.message)).toEqual(['seq is 4 but seeds/pillars.json says 5']);
  });

  it('reports a layer file that is missing altogether once, with the number of records', () => {
    const problems = checkSeedAgreement({ 'pillars.json': [pillarSeed] }, [{ file: 'belts.geojson', features: [] }]);
    expect(problems).toEqual([{ file: 'pillars.geojson', reason: REASON.MISSING_SEED_FEATURE, message: 'file missing, so none of the 1 records of seeds/pillars.json has a feature' }]);
  });

  it('reports two features for one seed, and names where a stray one belongs', () => {
    const seeds: Seeds = { 'pillars.json': [pillarSeed] };
    const twice = checkSeedAgreement(seeds, [{ file: 'pillars.geojson', features: [agreeing(pillarSeed, 'pillar', { seq: 5 }), agreeing(pillarSeed, 'pillar', { seq: 5 })] }]);
    expect(twice.map((p) => p.message)).toEqual(['2 features share the id of one seed record (pillars.geojson, pillars.geojson)']);
    const stray = checkSeedAgreement(seeds, [
      { file: 'pillars.geojson', features: [] },
      { file: 'base-parks.geojson', features: [agreeing(pillarSeed, 'pillar', { seq: 5 })] },
    ]);
    expect(stray).toEqual([expect.objectContaining({ file: 'base-parks.geojson', reason: REASON.SEED_MISMATCH, message: 'seeded by seeds/pillars.json, so it belongs in pillars.geojson' })]);
  });

  it('says which seed has no feature and which feature has no seed', () => {
    const seeds: Seeds = { 'pillars.json': [pillarSeed] };
    expect(checkSeedAgreement(seeds, [{ file: 'pillars.geojson', features: [] }])[0].message).toBe('seeds/pillars.json has "pillar-logistics-hub" (物流枢纽) but no feature in geo/ has that id');
    const invented = { ...agreeing(pillarSeed, 'pillar', { seq: 5 }), id: 'pillar-invented' };
    const problems = checkSeedAgreement(seeds, [{ file: 'pillars.geojson', features: [agreeing(pillarSeed, 'pillar', { seq: 5 }), invented] }]);
    expect(problems).toEqual([expect.objectContaining({ featureId: 'pillar-invented', reason: REASON.UNSEEDED_FEATURE, message: 'a pillar with no record in seeds/pillars.json: plan features come from the plan' })]);
  });

  it('names the file and the place of what a seed file lacks', () => {
    expect(parseSeedFile('pillars.json', [])).toEqual({ problems: [expect.objectContaining({ file: 'seeds/pillars.json', reason: REASON.BAD_SEED_FILE, message: expect.stringMatching(/^\(file\): /) })] });
    const { problems } = parseSeedFile('pillars.json', { records: [{ ...pillarSeed, seq: 'five' }] });
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/^records\.0\.seq: /)]);
  });
});

describe('derived layers', () => {
  const polygon = (dx = 0): Geometry => ({ type: 'Polygon', coordinates: [square()[0].map(([x, y]) => [x + dx, y])] });
  const derived = (geometry: Geometry, properties: Record<string, unknown> = { id: 'p' }) => ({ type: 'Feature', id: 'p', geometry, properties }) as Feature;
  const expected: Record<string, FeatureCollection> = { 'pillars.geojson': { type: 'FeatureCollection', features: [derived(polygon())] } };
  const check = (features: Feature[]) => checkDerivedFreshness(expected, new Map([['pillars.geojson', features]]));

  it('says how far a geometry has moved, in degrees and metres', () => {
    expect(check([derived(polygon(0.001))])[0].message).toBe('geometry is off by up to 0.001000° (≈ 111 m): run npm run build:geo');
  });

  it('tolerates one unit in the sixth decimal, not two', () => {
    expect(check([derived(polygon(1e-6))])).toEqual([]);
    expect(check([derived(polygon(2e-6))])).toHaveLength(1);
  });

  it('tells a changed geometry type and a changed number of positions apart', () => {
    expect(check([derived({ type: 'Point', coordinates: [121.1, 31.1] })])[0].message).toBe('geometry is a Point but would be a Polygon: run npm run build:geo');
    const fewer: Geometry = { type: 'Polygon', coordinates: [square()[0].slice(1)] };
    expect(check([derived(fewer)])[0].message).toBe('geometry has a different number of positions: run npm run build:geo');
  });

  it('lists every difference of a feature in one problem', () => {
    const [problem, ...rest] = check([derived(polygon(0.001), { id: 'p', name_en: 'Old' })]);
    expect(rest).toEqual([]);
    expect(problem.message).toBe('geometry is off by up to 0.001000° (≈ 111 m); properties differ: name_en: run npm run build:geo');
  });

  it('says what is missing or left over', () => {
    expect(checkDerivedFreshness(expected, new Map())).toEqual([{ file: 'pillars.geojson', reason: REASON.STALE_DERIVED_LAYER, message: 'derived layer is missing: run npm run build:geo' }]);
    expect(check([])[0]).toEqual({ file: 'pillars.geojson', featureId: 'p', reason: REASON.STALE_DERIVED_LAYER, message: 'would be derived but is missing: run npm run build:geo' });
    const extra = { ...derived(polygon()), id: 'q' };
    expect(check([derived(polygon()), extra])).toEqual([{ file: 'pillars.geojson', featureId: 'q', reason: REASON.STALE_DERIVED_LAYER, message: 'is not derived from seeds/ any more: run npm run build:geo' }]);
  });
});
