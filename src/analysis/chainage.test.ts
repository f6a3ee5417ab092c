import { lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chainageAt, chainageAxis, type NamedStation } from './chainage';

/** A geo/ file's features, read from disk. */
const featuresOfFile = (file: string) =>
  (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection).features as (Feature & { properties: Record<string, unknown> & { id: string; name_zh: string; name_en: string } })[];

const R = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;
/** Great-circle distance by the haversine formula, in metres. */
const haversine = ([l1, p1]: Position, [l2, p2]: Position) =>
  2 * R * Math.asin(Math.sqrt(Math.sin(rad(p2! - p1!) / 2) ** 2 + Math.cos(rad(p1!)) * Math.cos(rad(p2!)) * Math.sin(rad(l2! - l1!) / 2) ** 2));

/** A track along the parallel 31°N from 121.3°E west to 121.0°E, in three parts in no order, one reversed. */
const track: Position[][] = [
  [[121.2, 31], [121.1, 31]],
  [[121.3, 31], [121.2, 31]],
  [[121.0, 31], [121.1, 31]],
];
const station = (id: string, lng: number): NamedStation => ({ id, name_zh: `站${id}`, name_en: `Station ${id}`, position: [lng, 31] });
const stations = [station('east', 121.29), station('middle', 121.15), station('west', 121.01)];
const trunk = [
  lineString([[121.3, 31], [121.0, 31]], { component: 'line17' as const }),
  // Short, so the great circle between its ends keeps to the parallel within centimetres.
  lineString([[121.12, 31.05], [121.08, 31.05]], { component: 'g50' as const }),
];

describe('chainage', () => {
  // Built inside each test, not when the file is collected, so that mutation testing sees which tests use it.
  const theAxis = () => chainageAxis(track, stations[0]!.position, stations[2]!.position)!;

  it('measures along the track from the first station, and the distance off it', () => {
    const axis = theAxis();
    const here: Position = [121.2, 31.01];
    const result = chainageAt(here, axis, stations, trunk);
    // Along a parallel the track's chords differ from the great circle by far less than a metre.
    expect(result.alongKm * 1000).toBeCloseTo(haversine([121.29, 31], [121.2, 31]), -1);
    expect(result.offAxisM).toBeCloseTo(R * rad(0.01), -1);
    expect(result.foot[0]).toBeCloseTo(121.2, 4);
  });

  it('names the nearest station and its distance', () => {
    const axis = theAxis();
    const here: Position = [121.13, 30.99];
    const { nearestStation } = chainageAt(here, axis, stations, trunk);
    expect(nearestStation.id).toBe('middle');
    expect(nearestStation.distanceM).toBeCloseTo(haversine(here, [121.15, 31]), 0);
  });

  it('names the nearest trunk component and its distance', () => {
    const axis = theAxis();
    const here: Position = [121.1, 31.04];
    expect(chainageAt(here, axis, stations, trunk).nearestTrunk.component).toBe('g50');
    expect(chainageAt(here, axis, stations, trunk).nearestTrunk.distanceM).toBeCloseTo(R * rad(0.01), -1);
    expect(chainageAt([121.1, 31.01], axis, stations, trunk).nearestTrunk.component).toBe('line17');
  });

  it('is negative east of the first station', () => {
    const axis = theAxis();
    expect(chainageAt([121.295, 31], axis, stations, trunk).alongKm).toBeLessThan(0);
  });

  it('measures the distance to a trunk line drawn in several parts to its nearest part', () => {
    const axis = theAxis();
    const twoParts = [{ ...lineString([[121.0, 31.1], [121.01, 31.1]]), geometry: { type: 'MultiLineString' as const, coordinates: [[[121.0, 31.1], [121.01, 31.1]], [[121.2, 31.01], [121.21, 31.01]]] }, properties: { component: 'dz_line' as const } }];
    const { nearestTrunk } = chainageAt([121.205, 31.0], axis, stations, twoParts);
    expect(nearestTrunk.component).toBe('dz_line');
    expect(nearestTrunk.distanceM).toBeCloseTo(R * rad(0.01), -1);
  });

  it('refuses to measure without a station or a trunk line', () => {
    const axis = theAxis();
    const message = 'chainage needs at least one station and one trunk line';
    expect(() => chainageAt([121.2, 31], axis, [], trunk)).toThrow(new RangeError(message));
    expect(() => chainageAt([121.2, 31], axis, stations, [])).toThrow(new RangeError(message));
  });

  it('has no axis when the track has a gap', () => {
    expect(chainageAxis([track[0]!, track[1]!, [[121.05, 31], [121.0, 31]]], stations[0]!.position, stations[2]!.position)).toBeNull();
  });
});

describe('chainage on the real Line 17', () => {
  it('starts at 虹桥火车站 and grows station by station to the west end', async () => {
    const track = featuresOfFile('trunk-lines.geojson').find((f) => f.properties.component === 'line17')!;
    const line17 = featuresOfFile('trunk-stations.geojson')
      .filter((f) => f.properties.kind === 'line17_station')
      .sort((a, b) => (a.properties.seq as number) - (b.properties.seq as number))
      .map((f) => ({ id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, position: (f.geometry as { coordinates: Position }).coordinates }));
    expect(line17[0]!.name_zh).toBe('虹桥火车站');
    const parts = track.geometry!.type === 'MultiLineString' ? track.geometry.coordinates : [];
    const axis = chainageAxis(parts, line17[0]!.position, line17.at(-1)!.position)!;
    const trunk = [{ ...track, properties: { component: 'line17' as const } }] as Parameters<typeof chainageAt>[3];
    const along = line17.map((s) => chainageAt(s.position, axis, line17, trunk));
    expect(Math.abs(along[0]!.alongKm)).toBeLessThan(0.03);
    for (let i = 1; i < along.length; i++) expect(along[i]!.alongKm).toBeGreaterThan(along[i - 1]!.alongKm);
    // The track is never shorter than the straight line between its ends.
    expect(along.at(-1)!.alongKm * 1000).toBeGreaterThan(haversine(line17[0]!.position, line17.at(-1)!.position));
    for (const [i, s] of along.entries()) expect(s.nearestStation.id).toBe(line17[i]!.id);
  });
});
