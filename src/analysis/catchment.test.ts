import { area, destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { stationCatchment, stationCircles } from './catchment';

/** Turf's Earth radius, so expectations and measurements share one sphere. */
const R = 6371008.8;
const QINGPU: [number, number] = [121.1, 31.15];
/** A position `metres` north of QINGPU. */
const north = (metres: number) => destination(QINGPU, metres / 1000, 0, { units: 'kilometers' }).geometry.coordinates;
/** Area of a spherical cap of geodesic radius r: 2πR²(1 − cos(r/R)); ≈ πr² for small r. */
const capM2 = (r: number) => 2 * Math.PI * R * R * (1 - Math.cos(r / R));
/** Area two circles of radius r with centres d apart share (the lens), in the plane. */
const lensM2 = (r: number, d: number) => 2 * r * r * Math.acos(d / (2 * r)) - (d / 2) * Math.sqrt(4 * r * r - d * d);

describe('station catchments', () => {
  it.each([500, 800, 1000])('one station: a circle of %i m holds πr² (the 64-gon within 0.3 %)', (r) => {
    expect(area(stationCatchment([QINGPU], r)) / capM2(r)).toBeCloseTo(1, 2);
    expect(area(stationCatchment([QINGPU], r))).toBeLessThan(capM2(r));
  });

  it('two stations far apart count both circles in full', () => {
    const r = 800;
    expect(area(stationCatchment([QINGPU, north(5000)], r)) / (2 * capM2(r))).toBeCloseTo(1, 2);
  });

  it('two stations closer than two radii count the ground they share once', () => {
    const [r, d] = [1000, 1200];
    const expected = 2 * Math.PI * r * r - lensM2(r, d);
    expect(area(stationCatchment([QINGPU, north(d)], r)) / expected).toBeCloseTo(1, 2);
  });

  it('gives one circle per station, each centred on it', () => {
    const circles = stationCircles([QINGPU, north(3000)], 500);
    expect(circles).toHaveLength(2);
    for (const vertex of circles[1]!.geometry.coordinates[0]!) {
      const dLat = ((vertex[1]! - north(3000)[1]!) * Math.PI) / 180;
      const dLng = ((vertex[0]! - north(3000)[0]!) * Math.PI) / 180;
      const lat = (north(3000)[1]! * Math.PI) / 180;
      expect(R * Math.hypot(dLat, dLng * Math.cos(lat))).toBeCloseTo(500, -1);
    }
  });

  it('refuses a radius that is not a positive number', () => {
    for (const bad of [0, -500, Number.NaN]) expect(() => stationCatchment([QINGPU], bad)).toThrow(new RangeError(`a catchment radius must be a positive number of metres, got ${bad}`));
  });
});
