import { readFileSync } from 'node:fs';
import { coordAll, distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { fromDatum, shiftForDatum, toDatum } from './datum-shift';

const read = (file: string) => JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection;
const metres = (a: number[], b: number[]) => distance(a, b, { units: 'meters' });

const STATION = 'line17-12-zhujiajiao';
const stationIn = (collection: FeatureCollection) =>
  (collection.features.find((f) => f.properties?.id === STATION)!.geometry as Point).coordinates;

describe('shiftForDatum', () => {
  it('shifts a Line 17 station to where gcoord puts it in GCJ-02, within 1 m', () => {
    const stations = read('trunk-stations.geojson');
    const wgs84 = stationIn(stations);
    const expected = gcoord.transform([wgs84[0], wgs84[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02);
    const shifted = stationIn(shiftForDatum(stations, 'GCJ02'));
    expect(metres(shifted, expected)).toBeLessThan(1);
    // GCJ-02 moves points in Shanghai by hundreds of metres: a shift that did nothing would pass above.
    expect(metres(shifted, wgs84)).toBeGreaterThan(100);
    expect(metres(shifted, wgs84)).toBeLessThan(1000);
  });

  it('shifts every coordinate of lines and polygons, keeping rings closed', () => {
    for (const file of ['trunk-lines.geojson', 'context-boundaries.geojson']) {
      const original = read(file);
      const shifted = shiftForDatum(original, 'GCJ02');
      const before = coordAll(original);
      const after = coordAll(shifted);
      expect(after).toHaveLength(before.length);
      expect(after.filter((c, i) => metres(c, before[i]) < 100)).toEqual([]);
    }
    const ring = (shiftForDatum(read('pillars.geojson'), 'GCJ02').features[0].geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring.at(-1)).toEqual(ring[0]);
  });

  it('leaves WGS-84 data as it is', () => {
    const stations = read('trunk-stations.geojson');
    const copy = structuredClone(stations);
    expect(shiftForDatum(stations, 'WGS84')).toBe(stations);
    expect(stations).toEqual(copy);
  });

  it('never changes its input', () => {
    const parks = read('base-parks.geojson');
    const copy = structuredClone(parks);
    const shifted = shiftForDatum(parks, 'GCJ02');
    expect(parks).toEqual(copy);
    expect(shifted).not.toEqual(copy);
    expect(shifted.features.map((f) => f.properties)).toEqual(copy.features.map((f) => f.properties));
  });
});

describe('toDatum and fromDatum', () => {
  const wgs84 = stationIn(read('trunk-stations.geojson'));

  it('agree with gcoord for a point, and leave WGS-84 alone', () => {
    expect(metres(toDatum(wgs84, 'GCJ02'), gcoord.transform([wgs84[0], wgs84[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02))).toBeLessThan(1);
    expect(toDatum(wgs84, 'WGS84')).toEqual(wgs84);
    expect(fromDatum(wgs84, 'WGS84')).toEqual(wgs84);
  });

  it('bring a shifted point back to its true position within 1 m', () => {
    const back = fromDatum(toDatum(wgs84, 'GCJ02'), 'GCJ02');
    expect(metres(back, wgs84)).toBeLessThan(1);
  });
});
