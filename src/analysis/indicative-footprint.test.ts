import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area';
import { footprintOfArea, footprintOfRadius } from './indicative-footprint';

describe('footprintOfArea', () => {
  it.each([0.33, 2.4, 3.65, 4.62, 56.2])('draws %f km² to within 0.1 %% of the planned area', (km2) => {
    const shape = footprintOfArea([121.15, 31.18], km2);
    expect(Math.abs(areaKm2(shape) - km2) / km2).toBeLessThan(0.001);
  });

  it('is centred on the given point and closed', () => {
    const ring = footprintOfArea([121.15, 31.18], 3.65).geometry.coordinates[0];
    expect(ring[0]).toEqual(ring.at(-1));
    const meanLon = ring.slice(1).reduce((s, p) => s + p[0], 0) / (ring.length - 1);
    expect(meanLon).toBeCloseTo(121.15, 4);
  });

  it('refuses an area that is not a positive number', () => {
    expect(() => footprintOfArea([121, 31], 0)).toThrow(RangeError);
    expect(() => footprintOfArea([121, 31], Number.NaN)).toThrow(/positive number of km², got NaN/);
    expect(() => footprintOfArea([121, 31], -1)).toThrow(RangeError);
  });
});

describe('footprintOfRadius', () => {
  it('reaches the given radius: area ≈ π r²', () => {
    const km2 = areaKm2(footprintOfRadius([121, 31], 2000));
    expect(km2).toBeGreaterThan(Math.PI * 4 * 0.99);
    expect(km2).toBeLessThan(Math.PI * 4);
  });

  it('refuses a radius that is not a positive number of metres', () => {
    expect(() => footprintOfRadius([121, 31], 0)).toThrow(/positive number of metres, got 0/);
    expect(() => footprintOfRadius([121, 31], -5)).toThrow(RangeError);
  });
});
