import { area, lineString } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { corridorBand, corridorLines } from './corridor';

const R = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

describe('corridor bands', () => {
  it('a band of r either side of a straight line of length L covers 2rL + πr² (the round ends)', () => {
    // A meridian, 0.1° of latitude long: L = R·Δφ.
    const line = lineString([[121.1, 31.1], [121.1, 31.2]], { component: 'g50' });
    const L = R * rad(0.1);
    for (const km of [0.5, 2]) {
      const r = km * 1000;
      expect(area(corridorBand([line], km)) / (2 * r * L + Math.PI * r * r)).toBeCloseTo(1, 2);
    }
  });

  it('the whole axis counts ground near two lines once', () => {
    const a = lineString([[121.1, 31.1], [121.1, 31.2]], { component: 'g50' });
    const b = lineString([[121.1, 31.1], [121.1, 31.2]], { component: 'line17' });
    expect(area(corridorBand([a, b], 1)) / area(corridorBand([a], 1))).toBeCloseTo(1, 3);
  });

  it('follows the chosen component, or all three for the axis', () => {
    const lines = ['g50', 'line17', 'dz_line'].map((component, i) => lineString([[121 + i / 10, 31], [121.05 + i / 10, 31]], { component }));
    expect(corridorLines(lines, 'line17').map((l) => l.properties.component)).toEqual(['line17']);
    expect(corridorLines(lines, 'axis')).toHaveLength(3);
  });

  it('refuses a reach that is not a positive number of km', () => {
    const line = lineString([[121.1, 31.1], [121.1, 31.2]]);
    for (const bad of [0, -1, Number.NaN]) expect(() => corridorBand([line], bad)).toThrow(new RangeError(`a corridor reach must be a positive number of km, got ${bad}`));
  });
});
