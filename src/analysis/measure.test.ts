import { readFileSync, readdirSync } from 'node:fs';
import { circle } from '@turf/turf';
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AREA_FLAG_PCT, SQUARE_METRES_PER_MU, areaInUnits, areaSquareMetres, isFlagged, percentDifference } from './measure';
import { measure } from './shape-measure';

/** Turf's sphere. */
const R = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Exact area of a cell between two meridians and two parallels on that sphere. */
const cellArea = (dLonDeg: number, lat1: number, lat2: number) => R * R * rad(dLonDeg) * (Math.sin(rad(lat2)) - Math.sin(rad(lat1)));
const relative = (value: number, expected: number) => Math.abs(value - expected) / expected;

describe('measure', () => {
  it('measures a 1°×1° cell at the equator as the sphere says: 12,363.7 km², perimeter 4 × 111.195 km', () => {
    const cell = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };
    const { areaM2, lengthM } = measure(cell);
    expect(relative(areaM2, cellArea(1, 0, 1))).toBeLessThan(1e-9);
    expect(areaM2 / 1e6).toBeCloseTo(12_363.7, 0);
    // The parallel at 1° N is a little shorter than the equator: cos(1°).
    const expectedPerimeter = R * rad(1) * (2 + 1 + Math.cos(rad(1)));
    expect(relative(lengthM, expectedPerimeter)).toBeLessThan(1e-3);
  });

  it('measures one degree along the equator as 111,195 m', () => {
    const { lengthM, areaM2 } = measure({ type: 'LineString', coordinates: [[0, 0], [1, 0]] });
    expect(lengthM).toBeCloseTo(R * rad(1), 3);
    expect(areaM2).toBe(0);
  });

  it('measures a 1 km circle at Qingpu as the inscribed 64-gon: area (n/2) r² sin(2π/n), perimeter 2 n r sin(π/n)', () => {
    const n = 64;
    const shape = circle([121.1, 31.15], 1, { steps: n, units: 'kilometers' });
    const { areaM2, lengthM } = measure(shape.geometry);
    expect(relative(areaM2, (n / 2) * 1e6 * Math.sin((2 * Math.PI) / n))).toBeLessThan(1e-3);
    expect(relative(lengthM, 2 * n * 1000 * Math.sin(Math.PI / n))).toBeLessThan(1e-3);
  });

  it('subtracts holes, and counts their edges in the perimeter', () => {
    const outer = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const hole = [[0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [1.5, 0.5], [0.5, 0.5]];
    const withHole = measure({ type: 'Polygon', coordinates: [outer, hole] });
    const solid = measure({ type: 'Polygon', coordinates: [outer] });
    const expected = cellArea(2, 0, 2) - cellArea(1, 0.5, 1.5);
    expect(relative(withHole.areaM2, expected)).toBeLessThan(1e-9);
    expect(withHole.lengthM).toBeGreaterThan(solid.lengthM * 1.49);
  });

  it('gives a point neither length nor area', () => {
    expect(measure({ type: 'Point', coordinates: [121, 31] })).toEqual({ lengthM: 0, areaM2: 0 });
    expect(measure({ type: 'MultiPoint', coordinates: [[121, 31], [122, 31]] })).toEqual({ lengthM: 0, areaM2: 0 });
  });

  it('adds up the parts of multi-part lines, areas and collections', () => {
    const degree = R * rad(1);
    const lines = measure({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[2, 0], [3, 0]]] });
    expect(lines.lengthM).toBeCloseTo(2 * degree, 3);
    expect(lines.areaM2).toBe(0);
    const cells = measure({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]], [[[2, 0], [3, 0], [3, 1], [2, 1], [2, 0]]]] });
    expect(relative(cells.areaM2, 2 * cellArea(1, 0, 1))).toBeLessThan(1e-9);
    const collection = measure({
      type: 'GeometryCollection',
      geometries: [{ type: 'LineString', coordinates: [[0, 0], [1, 0]] }, { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }],
    });
    expect(relative(collection.areaM2, cellArea(1, 0, 1))).toBeLessThan(1e-9);
    expect(relative(collection.lengthM, degree + R * rad(1) * (3 + Math.cos(rad(1))))).toBeLessThan(1e-3);
  });

  it('gives the card an area only for areas', () => {
    expect(areaSquareMetres({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBe(0);
    expect(relative(areaSquareMetres({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]] }), cellArea(1, 0, 1))).toBeLessThan(1e-9);
    expect(relative(areaSquareMetres({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }), cellArea(1, 0, 1))).toBeLessThan(1e-9);
  });

  describe.each(readdirSync('test/fixtures/measure').filter((f) => f.endsWith('.geojson')))('fixture %s', (file) => {
    const feature = JSON.parse(readFileSync(`test/fixtures/measure/${file}`, 'utf8')) as Feature;
    const expected = feature.properties as { length_m: number; area_m2: number; tolerance: number };
    it(`measures ${expected.length_m} m and ${expected.area_m2} m²`, () => {
      const { lengthM, areaM2 } = measure(feature.geometry);
      expect(Math.abs(lengthM - expected.length_m)).toBeLessThanOrEqual(expected.length_m * expected.tolerance);
      expect(Math.abs(areaM2 - expected.area_m2)).toBeLessThanOrEqual(expected.area_m2 * expected.tolerance);
    });
  });
});

describe('areaInUnits', () => {
  it('converts 1 km² to 100 公顷 and 1,500 亩', () => {
    expect(areaInUnits(1e6)).toEqual({ m2: 1e6, km2: 1, hectares: 100, mu: 1500 });
  });

  it('makes one 亩 666.67 m²', () => {
    expect(SQUARE_METRES_PER_MU).toBeCloseTo(666.67, 2);
    expect(areaInUnits(666.67).mu).toBeCloseTo(1, 4);
  });
});

describe('percentDifference', () => {
  it('is the measured area against the plan, in percent of the plan', () => {
    expect(percentDifference(3.8325, 3.65)).toBeCloseTo(5, 10);
    expect(percentDifference(2.28, 2.4)).toBeCloseTo(-5, 10);
  });

  it('flags more than 5 % either way, not 5 % itself', () => {
    expect(AREA_FLAG_PCT).toBe(5);
    expect(isFlagged(5)).toBe(false);
    expect(isFlagged(-5.01)).toBe(true);
    expect(isFlagged(5.01)).toBe(true);
  });

  it('refuses a plan without a positive area', () => {
    expect(() => percentDifference(1, 0)).toThrow(/positive number, got 0/);
  });
});
