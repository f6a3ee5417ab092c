import { destination, distance } from '@turf/turf';
import gcoord from 'gcoord';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { surveyedLine17 } from '../../test/import-fixtures';
import { detectDatum } from './datum';

const stations = surveyedLine17().map((f) => f.geometry.coordinates);
const toGcj02 = (p: Position) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02);

/** Points every `stepDeg` over the box around Line 17: dense data that sits near stations by chance. */
function grid(stepDeg: number): Position[] {
  const points: Position[] = [];
  for (let lon = 120.9; lon <= 121.35; lon += stepDeg) for (let lat = 31.0; lat <= 31.25; lat += stepDeg) points.push([lon, lat]);
  return points;
}

describe('detectDatum', () => {
  it('recognises AMap stations, and the few AMap points that lie on three stations among others that do not', () => {
    expect(detectDatum(stations.map(toGcj02), stations)?.datum).toBe('GCJ02');
    const elsewhere: Position[] = [[121.5, 31.3], [121.6, 31.2]];
    expect(detectDatum([...elsewhere, ...stations.slice(0, 3).map(toGcj02)], stations)?.datum).toBe('GCJ02');
  });

  it('takes no datum from a regular grid over the line, in WGS-84 or shifted, however fine', () => {
    for (const step of [0.02, 0.005, 0.002]) {
      expect(detectDatum(grid(step), stations), `WGS-84 grid every ${step}°`).toBeNull();
      expect(detectDatum(grid(step).map(toGcj02), stations), `GCJ-02 grid every ${step}°`).toBeNull();
    }
  });

  it('reports the median distance of AMap points from the surveyed stations, the shift the visitor is told of', () => {
    // Every other station: an odd count, so the median is one distance, not a mean of two.
    const surveyed = stations.filter((_, i) => i % 2 === 0).slice(0, 2 * Math.floor((stations.length - 1) / 4) + 1);
    const amap = surveyed.map(toGcj02);
    const distances = amap.map((p, i) => distance(p, surveyed[i], { units: 'meters' })).sort((a, b) => a - b);
    expect(distances.at(-1)! - distances[0]).toBeGreaterThan(1);
    expect(detectDatum(amap, stations)).toEqual({ datum: 'GCJ02', offsetM: Math.round(distances[(distances.length - 1) / 2]) });
  });

  it('takes no datum from fewer than three stations: two points are too little to shift a file by', () => {
    expect(detectDatum(stations.slice(0, 2).map(toGcj02), stations)).toBeNull();
  });
});

describe('detectDatum at its limits', () => {
  const within = (p: Position, all: Position[]) => Math.min(...all.map((s) => distance(p, s, { units: 'meters' })));
  /** `count` WGS-84 points due north or south of stations, each between `nearM` and `farM` from every station. */
  function ringPoints(all: Position[], count: number, nearM: number, farM: number): Position[] {
    const candidates = all.flatMap((s) => [0, 180].flatMap((bearing) => [0.25, 0.5, 0.75].map((t) => destination(s, nearM + t * (farM - nearM), bearing, { units: 'meters' }).geometry.coordinates)));
    const picked = candidates.filter((p) => within(p, all) > nearM && within(p, all) < farM).slice(0, count);
    expect(picked.length, `${count} points ${nearM}–${farM} m from every station`).toBe(count);
    return picked;
  }

  it('takes an AMap point 140 m from a station, once converted, as on it, and not one 160 m away', () => {
    const all = surveyedLine17().map((f) => f.geometry.coordinates);
    const offBy = (m: number) => all.slice(0, 3).map((s) => toGcj02(destination(s, m, 0, { units: 'meters' }).geometry.coordinates));
    expect(detectDatum(offBy(140), all)?.datum).toBe('GCJ02');
    expect(detectDatum(offBy(160), all)).toBeNull();
  });

  it('needs AMap points to peak on the stations: three on them outweigh 29 others within 1,500 m, not 30; points beyond 1,500 m do not count', () => {
    const all = surveyedLine17().map((f) => f.geometry.coordinates);
    const onStations = all.slice(0, 3).map(toGcj02);
    const near = (count: number) => ringPoints(all, count, 1300, 1450).map(toGcj02);
    expect(detectDatum([...onStations, ...near(29)], all)?.datum).toBe('GCJ02');
    expect(detectDatum([...onStations, ...near(30)], all)).toBeNull();
    expect(detectDatum([...onStations, ...ringPoints(all, 30, 1550, 1700).map(toGcj02)], all)?.datum).toBe('GCJ02');
  });
});
