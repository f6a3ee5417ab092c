import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkCoordinates } from '../../src/data/validate/coordinates.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateLayerFile } from '../../src/data/validate/validate-geo-dir.ts';
import { firstFeature, fixture, reasons, square } from './fixtures.ts';

const point = (coordinates: number[]): Feature => ({ type: 'Feature', id: 'p', properties: null, geometry: { type: 'Point', coordinates } });

describe('coordinates', () => {
  it('accepts [lon, lat] with up to 6 decimals, and an altitude', () => {
    expect(checkCoordinates('x.geojson', fixture('good-water.geojson').features[0], 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', point([121.123456, 31.123456, 4.5]), 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', point([-180, -90]), 0)).toEqual([]);
  });

  it('reports [lat, lon] as LAT_LON_SWAPPED (not merely out of range)', () => {
    expect(reasons(checkCoordinates('x.geojson', firstFeature('swapped-lat-lon.geojson'), 0))).toEqual([REASON.LAT_LON_SWAPPED]);
  });

  it('reports NaN and Infinity as NON_FINITE, with where', () => {
    const ring = square();
    ring[0][2] = [Number.NaN, 31.12];
    const polygon: Feature = { type: 'Feature', id: 'nan', properties: null, geometry: { type: 'Polygon', coordinates: ring } };
    const [problem] = checkCoordinates('x.geojson', polygon, 0);
    expect(problem).toMatchObject({ reason: REASON.NON_FINITE, featureId: 'nan' });
    expect(problem.message).toContain('geometry.coordinates[0][2]');
    expect(reasons(checkCoordinates('x.geojson', point([121.1, Number.POSITIVE_INFINITY]), 0))).toEqual([REASON.NON_FINITE]);
  });

  it('reports 7 decimals as TOO_MANY_DECIMALS', () => {
    expect(reasons(checkCoordinates('x.geojson', firstFeature('seven-decimals.geojson'), 0))).toEqual([REASON.TOO_MANY_DECIMALS]);
    expect(reasons(checkCoordinates('x.geojson', point([121.1, 1e-7]), 0))).toEqual([REASON.TOO_MANY_DECIMALS]);
  });

  it('reports out-of-range and 4-number positions', () => {
    expect(reasons(checkCoordinates('x.geojson', point([181, 31]), 0))).toEqual([REASON.COORD_OUT_OF_RANGE]);
    expect(reasons(checkCoordinates('x.geojson', point([121, -91]), 0))).toEqual([REASON.COORD_OUT_OF_RANGE]);
    expect(reasons(checkCoordinates('x.geojson', point([121, 31, 0, 0]), 0))).toEqual([REASON.TOO_MANY_DIMENSIONS]);
  });

  it('reports each reason once per feature, with a count', () => {
    const line: Feature = { type: 'Feature', id: 'l', properties: null, geometry: { type: 'LineString', coordinates: [[121.1234567, 31], [121.1, 31.1234567], [121, 31]] } };
    const problems = checkCoordinates('x.geojson', line, 0);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/^2 positions/);
  });

  it('says what is wrong with the first offending position, and where it is', () => {
    const message = (coordinates: number[]) => checkCoordinates('x.geojson', point(coordinates), 0)[0]!.message;
    expect(message([121.1, Number.NaN])).toBe('a position has a non-finite number; first [121.1,"NaN"] at geometry.coordinates');
    expect(message([31.2, 121.4])).toBe('a position has what looks like [lat, lon]; RFC 7946 wants [lon, lat]; first [31.2,121.4] at geometry.coordinates');
    expect(message([181, 31])).toBe('a position has lon outside −180..180 or lat outside −90..90; first [181,31] at geometry.coordinates');
  });

  it('leaves malformed positions and geometries to the structure check', () => {
    const odd = (geometry: unknown) => ({ type: 'Feature', id: 'o', properties: null, geometry }) as Feature;
    expect(checkCoordinates('x.geojson', odd({ type: 'Point', coordinates: ['121', '31'] }), 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', odd({ type: 'Point', coordinates: [121] }), 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', odd({ type: 'Point', coordinates: 'x' }), 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', odd(null), 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', null, 0)).toEqual([]);
    expect(checkCoordinates('x.geojson', odd({ type: 'LineString', coordinates: [[121.1234567, 31], [[121, 31]]] }), 0)).toHaveLength(1);
  });

  it('walks GeometryCollections', () => {
    const gc: Feature = { type: 'Feature', id: 'g', properties: null, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [31.2, 121.4] }] } };
    expect(reasons(checkCoordinates('x.geojson', gc, 0))).toEqual([REASON.LAT_LON_SWAPPED]);
  });

  it('the file runner does not measure a polygon holding NaN', () => {
    const fc = fixture('good-water.geojson');
    (fc.features[0].geometry as { coordinates: number[][][] }).coordinates[0][1] = [Number.NaN, Number.NaN];
    expect(reasons(validateLayerFile('context-water.geojson', fc).problems)).toEqual([REASON.NON_FINITE]);
  });
});
