import { distance } from '@turf/turf';
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
