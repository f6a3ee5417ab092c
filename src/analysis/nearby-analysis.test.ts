import { area, lineString, point, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { NearbyAnalysis, type NearbyData, type StationFeature, type TrunkLineFeature } from './nearby-analysis';
import type { NamedArea } from './overlap';

const station = (seq: number, lng: number) =>
  point([lng, 31], { id: `s${seq}`, name_zh: `站${seq}`, name_en: `Station ${seq}`, seq }) as StationFeature;
const data: NearbyData = {
  // Out of order: the analysis orders stations by seq.
  stations: [station(2, 121.1), station(1, 121.2)],
  trunkLines: [
    lineString([[121.2, 31], [121.1, 31]], { id: 'l17', component: 'line17' }) as TrunkLineFeature,
    lineString([[121.2, 31.1], [121.1, 31.1]], { id: 'g50', component: 'g50' }) as TrunkLineFeature,
  ],
  areas: [
    polygon([[[121.099, 30.999], [121.101, 30.999], [121.101, 31.001], [121.099, 31.001], [121.099, 30.999]]], {
      id: 'near-station', name_zh: '甲', name_en: 'A', kind: 'base_park', accuracy: 'indicative',
    }) as NamedArea,
    point([121.15, 31.1], { id: 'on-g50', name_zh: '乙', name_en: 'B', kind: 'base_park', accuracy: 'indicative' }) as NamedArea,
  ],
};

describe('the nearby analysis', () => {
  // Built inside each test, not when the file is collected, so that mutation testing sees which tests use it.
  const analysis = () => new NearbyAnalysis(data);

  it('draws one shape per ring, the tabled one marked, and tables what that ring holds', () => {
    const { shapes, rows } = analysis().buffer({ mode: 'stations', rings: [100, 300], tabled: 300 });
    expect(shapes.features.map((f) => f.properties)).toEqual([{ reach_m: 100, tabled: false }, { reach_m: 300, tabled: true }]);
    // Two stations 0.1° apart: rings of 300 m do not touch, so each ring holds two circles.
    expect(area(shapes.features[1]!) / (2 * Math.PI * 300 ** 2)).toBeCloseTo(1, 2);
    expect(rows.map((r) => r.id)).toEqual(['near-station']);
    expect(rows[0]!.insidePct).toBeCloseTo(100, 6);
  });

  it('bands follow only the chosen component', () => {
    expect(analysis().buffer({ mode: 'corridor', corridorOf: 'g50', corridorKm: 1 }).rows.map((r) => r.id)).toEqual(['on-g50']);
    expect(analysis().buffer({ mode: 'corridor', corridorOf: 'line17', corridorKm: 1 }).rows.map((r) => r.id)).toEqual(['near-station']);
    expect(analysis().buffer({ mode: 'corridor', corridorOf: 'axis', corridorKm: 1 }).rows).toHaveLength(2);
  });

  it('keeps the bands of different lines and widths apart when asked one after another', () => {
    const one = analysis();
    const ids = (corridorOf: 'g50' | 'line17', corridorKm: number) => one.buffer({ mode: 'corridor', corridorOf, corridorKm }).rows.map((r) => r.id);
    expect(ids('g50', 1)).toEqual(['on-g50']);
    expect(ids('line17', 1)).toEqual(['near-station']);
    expect(ids('line17', 20)).toEqual(['near-station', 'on-g50']);
  });

  it('follows Line 17’s track drawn in several parts, from the first station to the last', () => {
    const stations = [station(1, 121.3), station(2, 121.2), station(3, 121.1)];
    const track = {
      type: 'Feature',
      properties: { id: 'l17', component: 'line17' },
      geometry: { type: 'MultiLineString', coordinates: [[[121.3, 31], [121.2, 31]], [[121.2, 31], [121.1, 31]]] },
    } as TrunkLineFeature;
    const result = new NearbyAnalysis({ ...data, stations, trunkLines: [track] }).chainage([121.1, 31])!;
    expect(result.nearestStation.id).toBe('s3');
    // 0.2° of longitude at 31° N from the first station.
    expect(result.alongKm).toBeCloseTo((6371.0088 * 0.2 * Math.PI * Math.cos((31 * Math.PI) / 180)) / 180, 1);
  });

  it('draws one band, marked tabled, with its reach in metres', () => {
    const { shapes } = analysis().buffer({ mode: 'corridor', corridorOf: 'g50', corridorKm: 1.5 });
    expect(shapes.type).toBe('FeatureCollection');
    expect(shapes.features.map((f) => f.properties)).toEqual([{ reach_m: 1500, tabled: true }]);
    expect(shapes.features[0]!.geometry.type).toMatch(/Polygon$/);
  });

  it('gives the same answer from its cache', () => {
    const request = { mode: 'stations', rings: [500], tabled: 500 } as const;
    const cached = analysis();
    expect(cached.buffer(request)).toEqual(cached.buffer(request));
  });

  it('measures chainage from the station with seq 1', () => {
    const result = analysis().chainage([121.1, 31.001])!;
    expect(result.nearestStation.id).toBe('s2');
    expect(result.alongKm).toBeGreaterThan(9);
  });

  it('tables nothing when no ring is the tabled one', () => {
    const { shapes, rows } = analysis().buffer({ mode: 'stations', rings: [300], tabled: 1000 });
    expect(shapes.type).toBe('FeatureCollection');
    expect(shapes.features).toHaveLength(1);
    expect(rows).toEqual([]);
  });

  it('has no chainage with fewer than two stations', () => {
    expect(new NearbyAnalysis({ ...data, stations: data.stations.slice(0, 1) }).chainage([121.1, 31])).toBeNull();
  });

  it('has no chainage when Line 17 has no track', () => {
    expect(new NearbyAnalysis({ ...data, trunkLines: data.trunkLines.slice(1) }).chainage([121.1, 31])).toBeNull();
  });
});
