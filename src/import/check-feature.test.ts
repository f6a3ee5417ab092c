import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkFeature } from './check-feature';
import { problemMessage } from './problems';

const origin = { sourceName: 'parcels.geojson' };
const point = (coordinates: unknown[], properties: unknown = {}, extra: object = {}) => ({ type: 'Feature', ...extra, properties, geometry: { type: 'Point', coordinates } });
/** A square of 0.01° at `[x, y]`, counter-clockwise as RFC 7946 wants an outer ring. */
const square = ([x, y]: Position, size = 0.01): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
const refusal = (raw: unknown) => {
  const { feature, problems } = checkFeature(raw, 7, origin);
  expect(feature).toBeNull();
  expect(problems).toHaveLength(1);
  return { code: problems[0].code, severity: problems[0].severity, en: problemMessage(problems[0], 'en') };
};

describe('checkFeature: what is left out, and why', () => {
  it('leaves out a position beyond longitude ±180 or latitude ±90, showing it', () => {
    for (const position of [[181, 31], [-181, 31], [121, 91], [121, -91]]) {
      expect(refusal(point(position)), String(position)).toEqual({
        code: 'OUT_OF_RANGE',
        severity: 'error',
        en: `Feature 7 has a position outside longitude −180…180 / latitude −90…90 ([${position.join(', ')}]); it was left out. Check the coordinate system.`,
      });
    }
  });

  it('leaves out what is not a Feature, and a Feature without geometry', () => {
    for (const raw of ['text', null, 42, { type: 'Point', coordinates: [121, 31] }]) {
      expect(refusal(raw).en, JSON.stringify(raw)).toBe('Feature 7 is not a GeoJSON Feature; it was left out.');
    }
    for (const geometry of [null, undefined]) {
      expect(refusal({ type: 'Feature', properties: { name: '地块' }, geometry }).en).toBe('Feature 7 (地块) has no geometry, so there is nothing to draw; it was left out.');
    }
  });

  it('leaves out a geometry GeoJSON does not allow: a line of one position, an unclosed ring, an empty ring', () => {
    const unclosed = square([121, 31]).slice(0, 4);
    for (const geometry of [{ type: 'LineString', coordinates: [[121, 31]] }, { type: 'Polygon', coordinates: [unclosed] }, { type: 'Polygon', coordinates: [[]] }]) {
      expect(refusal({ type: 'Feature', properties: {}, geometry }).code, JSON.stringify(geometry)).toBe('INVALID_GEOMETRY');
    }
  });

  it('leaves out a collection holding a polygon that crosses itself', () => {
    const bowtie = [[121, 31], [121.1, 31.1], [121.1, 31], [121, 31.1], [121, 31]];
    const raw = { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [121, 31] }, { type: 'Polygon', coordinates: [bowtie] }] } };
    expect(refusal(raw)).toMatchObject({ code: 'SELF_INTERSECTION', en: expect.stringContaining('crosses itself near [121.05, 31.05]') });
  });
});

describe('checkFeature: winding', () => {
  const holeIn = (outer: Position[], hole: Position[]): Polygon => ({ type: 'Polygon', coordinates: [outer, hole] });
  const outer = square([121, 31], 0.1);
  const inner = square([121.02, 31.02], 0.02);

  it('takes an outer ring counter-clockwise and its hole clockwise as they are', () => {
    const geometry = holeIn(outer, [...inner].reverse());
    const { feature, problems } = checkFeature({ type: 'Feature', properties: {}, geometry }, 1, origin);
    expect(problems).toEqual([]);
    expect(feature!.geometry).toEqual(geometry);
  });

  it('rewinds a hole wound like its outer ring, and says so as a warning', () => {
    const { feature, problems } = checkFeature({ type: 'Feature', properties: {}, geometry: holeIn(outer, inner) }, 1, origin);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['WINDING', 'warning']]);
    expect((feature!.geometry as Polygon).coordinates[1]).toEqual([...inner].reverse());
  });

  it('rewinds the areas of a multi-polygon too', () => {
    const geometry = { type: 'MultiPolygon', coordinates: [[square([121, 31])], [[...square([121.1, 31])].reverse()]] };
    const { feature, problems } = checkFeature({ type: 'Feature', properties: {}, geometry }, 1, origin);
    expect(problems.map((p) => p.code)).toEqual(['WINDING']);
    expect(feature!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[square([121, 31])], [square([121.1, 31])]] });
  });
});

describe('checkFeature: what is kept', () => {
  it('keeps a stated accuracy and source, and marks others unverified from the file', () => {
    const stated = checkFeature(point([121, 31], { accuracy: 'surveyed', source: 'Qingpu survey 2024' }), 1, origin).feature!;
    expect(stated.properties).toMatchObject({ accuracy: 'surveyed', source: 'Qingpu survey 2024' });
    const unknown = checkFeature(point([121, 31], { accuracy: 'exact' }), 1, origin).feature!;
    expect(unknown.properties).toMatchObject({ accuracy: 'unverified', source: 'parcels.geojson' });
  });

  it('keeps a text or number id, and no other', () => {
    expect(checkFeature(point([121, 31], {}, { id: 12 }), 1, origin).feature!.id).toBe(12);
    expect(checkFeature(point([121, 31], {}, { id: 'a-1' }), 1, origin).feature!.id).toBe('a-1');
    expect(checkFeature(point([121, 31], {}, { id: { x: 1 } }), 1, origin).feature).not.toHaveProperty('id');
  });

  it('keeps text, numbers, booleans and null as they are and nested values as JSON text', () => {
    const properties = { name: '地块', area: 12.5, built: false, note: null, tags: ['a', 'b'] };
    expect(checkFeature(point([121, 31], properties), 1, origin).feature!.properties).toEqual({
      name: '地块', area: 12.5, built: false, note: null, tags: '["a","b"]', source: 'parcels.geojson', accuracy: 'unverified',
    });
    for (const properties of [['not', 'an', 'object'], 'text', null]) {
      expect(checkFeature(point([121, 31], properties), 1, origin).feature!.properties, JSON.stringify(properties)).toEqual({ source: 'parcels.geojson', accuracy: 'unverified' });
    }
  });

  it('drops a property nested deeper than 16 levels, with a warning naming it, and keeps one of 16', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });
    const { feature, problems } = checkFeature(point([121, 31], { kept: nested(16), dropped: nested(17) }), 3, origin);
    expect(Object.keys(feature!.properties!)).toEqual(['kept', 'source', 'accuracy']);
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['NESTED_TOO_DEEP', 'warning']]);
    expect(problemMessage(problems[0], 'en')).toBe('Feature 3 has property “dropped” nested too deeply to keep; it was left out.');
  });
});

describe('checkFeature: how a feature is named in its problems', () => {
  const named = (raw: object) => checkFeature({ type: 'Feature', ...raw, geometry: null }, 1, origin).problems[0].featureName;

  it('by its id, else its name, name_zh, name_en, title or id property, skipping blank ones', () => {
    expect(named({ id: 'p-1', properties: { name: 'Park' } })).toBe('p-1');
    expect(named({ id: ' ', properties: { name: 'Park' } })).toBe('Park');
    expect(named({ properties: { name_zh: '园区' } })).toBe('园区');
    expect(named({ properties: { name_en: 'Park' } })).toBe('Park');
    expect(named({ properties: { title: 'Plot 4' } })).toBe('Plot 4');
    expect(named({ properties: { id: 4 } })).toBe('4');
    expect(named({ properties: { name: {} } })).toBeUndefined();
    expect(named({ properties: { name: '  Plot 4 ' } })).toBe('Plot 4');
  });

  it('cut to 60 characters, the last an ellipsis', () => {
    const long = '地'.repeat(61);
    expect(named({ properties: { name: long } })).toBe(`${'地'.repeat(59)}…`);
    expect(named({ properties: { name: '地'.repeat(60) } })).toBe('地'.repeat(60));
  });
});
