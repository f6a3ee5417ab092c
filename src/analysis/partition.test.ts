import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area';
import { partitionByNearestSeat } from './partition';

const square = polygon([[[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]]]);
const seats = [
  point([121.02, 31.05], { group: 'west' }),
  point([121.04, 31.02], { group: 'west' }),
  point([121.08, 31.05], { group: 'east' }),
];

describe('partitionByNearestSeat', () => {
  const parts = partitionByNearestSeat(square, seats, (s) => s.properties.group);

  it('gives one part per group, covering the region without overlap', () => {
    expect([...parts.keys()].sort()).toEqual(['east', 'west']);
    const total = areaKm2(parts.get('east')!) + areaKm2(parts.get('west')!);
    expect(total).toBeCloseTo(areaKm2(square), 2);
  });

  it('puts each seat inside its own group', () => {
    for (const seat of seats) expect(booleanPointInPolygon(seat, parts.get(seat.properties.group)!)).toBe(true);
  });

  it('splits halfway between the two groups', () => {
    expect(booleanPointInPolygon([121.065, 31.05], parts.get('east')!)).toBe(true);
    expect(booleanPointInPolygon([121.045, 31.05], parts.get('west')!)).toBe(true);
  });
});

describe('partitionByNearestSeat at the edges', () => {
  it('gives no part to a group whose places all lie outside the region', () => {
    const withFar = [...seats, point([121.5, 31.05], { group: 'far' })];
    const parts = partitionByNearestSeat(square, withFar, (s) => s.properties.group);
    expect([...parts.keys()].sort()).toEqual(['east', 'west']);
  });

  it('takes a group of one seat whole: the region itself', () => {
    const parts = partitionByNearestSeat(square, [point([121.05, 31.05], { group: 'all' })], (s) => s.properties.group);
    expect(areaKm2(parts.get('all')!)).toBeCloseTo(areaKm2(square), 3);
  });
});

