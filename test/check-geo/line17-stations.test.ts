import { bearing, destination, length, lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiLineString, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { SURVEYED_MAX_OFF_TRACK_M, chainTrack, checkLine17Stations } from '../../src/data/validate/line17-stations.ts';
import { REASON } from '../../src/data/validate/reasons.ts';
import { validateLayerFile } from '../../src/data/validate/validate-geo-dir.ts';
import { fixture, reasons } from './fixtures.ts';

const track = () => fixture('line17-track.geojson').features[0] as Feature<MultiLineString>;
const stations = () => fixture('line17-stations.geojson').features as Feature<Point>[];
const check = (s = stations(), t = track()) =>
  checkLine17Stations([
    { file: 'trunk-lines.geojson', features: [t] },
    { file: 'trunk-stations.geojson', features: s },
  ]);
/** The fixture's track parts, east part [121.31 → 121.20] and west part [121.15 → 121.20]. */
const [WEST, EAST] = track().geometry.coordinates as [Position[], Position[]];
/** Metres from a position to the fixture's track, measured here with Turf directly. */
const offTrack = (p: Position) => Math.min(...track().geometry.coordinates.map((part) => pointToLineDistance(p, lineString(part), { units: 'meters' })));
/** Station `i` moved `metres` square to the track (the segment 121.25 → 121.20 of the east part). */
function movedAcross(i: number, metres: number): Feature<Point>[] {
  const s = stations();
  const across = bearing(EAST[1]!, EAST[2]!) + 90;
  s[i]!.geometry.coordinates = destination(s[i]!.geometry.coordinates, metres, across, { units: 'meters' }).geometry.coordinates.map((n) => Number(n.toFixed(6)));
  return s;
}

describe('line17-stations', () => {
  it('accepts stations on the track in seq order (fixtures valid apart from that)', () => {
    expect(check()).toEqual([]);
    expect(validateLayerFile('trunk-lines.geojson', fixture('line17-track.geojson')).problems).toEqual([]);
    expect(validateLayerFile('trunk-stations.geojson', fixture('line17-stations.geojson')).problems).toEqual([]);
  });

  it('reports a surveyed station moved 2 km as STATION_OFF_TRACK, naming it and the distance in metres', () => {
    const moved = movedAcross(2, 2000);
    const problems = check(moved);
    expect(reasons(problems)).toEqual([REASON.STATION_OFF_TRACK]);
    expect(problems[0]).toMatchObject({ file: 'trunk-stations.geojson', featureId: 'line17-03-middle-jiasong-road' });
    const metres = Math.round(offTrack(moved[2]!.geometry.coordinates));
    expect(metres).toBeGreaterThan(1990);
    expect(problems[0]!.message).toBe(`嘉松中路 (seq 3) is ${metres} m from the Line 17 track: a surveyed station must lie within 30 m of it`);
  });

  it('allows a surveyed station within 30 m of the track: 29 m passes, 36 m fails', () => {
    expect(SURVEYED_MAX_OFF_TRACK_M).toBe(30);
    expect(check(movedAcross(2, 29))).toEqual([]);
    expect(reasons(check(movedAcross(2, 36)))).toEqual([REASON.STATION_OFF_TRACK]);
  });

  it('holds an approximate station to its own est_error_m', () => {
    const s = stations();
    const metres = offTrack(s[1]!.geometry.coordinates);
    expect(metres).toBeGreaterThan(5); // the fixture's approximate station is off the track
    s[1]!.properties!.est_error_m = 5;
    const problems = check(s);
    expect(reasons(problems)).toEqual([REASON.STATION_OFF_TRACK]);
    expect(problems[0]!.message).toBe(`诸光路 (seq 2) is ${Math.round(metres)} m from the Line 17 track: more than its est_error_m of 5 m (approximate)`);
  });

  it('leaves an approximate station that states no error to the eye', () => {
    const s = stations();
    delete s[1]!.properties!.est_error_m;
    expect(offTrack(s[1]!.geometry.coordinates)).toBeGreaterThan(5);
    expect(check(s)).toEqual([]);
  });

  it('reports two stations sharing a seq, naming both', () => {
    const s = stations();
    s[3]!.properties!.seq = 3;
    const problems = check(s).filter((p) => p.message.includes('shares'));
    expect(problems).toEqual([
      expect.objectContaining({ reason: REASON.STATIONS_OUT_OF_ORDER, featureId: s[3]!.id, message: `${String(s[3]!.properties!.name_zh)} (seq 3) shares its seq with 嘉松中路 (seq 3)` }),
    ]);
  });

  it('reads a track drawn as one LineString as well', () => {
    const joined = track();
    const single: Feature = { ...joined, geometry: { type: 'LineString', coordinates: chainTrack(joined.geometry.coordinates, EAST[0]!, WEST[0]!)! } };
    expect(check(stations(), single as Feature<MultiLineString>)).toEqual([]);
    expect(reasons(check(movedAcross(2, 2000), single as Feature<MultiLineString>))).toEqual([REASON.STATION_OFF_TRACK]);
  });

  it('reports two stations whose seq is swapped as STATIONS_OUT_OF_ORDER', () => {
    const s = stations();
    s[2]!.properties!.seq = 4;
    s[3]!.properties!.seq = 3;
    const problems = check(s);
    expect(reasons(problems)).toEqual([REASON.STATIONS_OUT_OF_ORDER]);
    expect(problems[0]).toMatchObject({ featureId: 'line17-03-middle-jiasong-road' });
    expect(problems[0]!.message).toMatch(/^嘉松中路 \(seq 4\) lies \d+\.\d{3} km along the track from 虹桥火车站, not beyond 汇金路 \(seq 3\) at \d+\.\d{3} km/);
  });

  it('numbers the line from 虹桥火车站: a reversed numbering is out of order', () => {
    const s = stations();
    s.forEach((f, i) => (f.properties!.seq = 4 - i));
    const problems = check(s);
    expect(reasons(problems)).toContain(REASON.STATIONS_OUT_OF_ORDER);
    expect(problems[0]!.message).toBe('虹桥火车站 (seq 4) is Line 17\'s first station and must have the lowest seq; 汇金路 (seq 1) has a lower one');
  });

  it('reports a gap between the track’s parts as TRACK_NOT_CONTINUOUS', () => {
    const t = track();
    t.geometry.coordinates[0]![1] = [121.199, 31.1651]; // the west part now stops ≈ 100 m short of the east part
    const problems = check(stations(), t);
    expect(reasons(problems)).toEqual([REASON.TRACK_NOT_CONTINUOUS]);
    expect(problems[0]).toMatchObject({ file: 'trunk-lines.geojson', featureId: 'trunk-line17' });
    expect(problems[0]!.message).toMatch(/^the parts of the track do not join up between the ends near 虹桥火车站 \(seq 1\) and .+ \(seq 4\) \(ends within 5 m count as joined\), so the stations cannot be ordered along it$/);
  });

  it('chains parts listed and drawn in any order into one line from the first station to the last', () => {
    const path = chainTrack([WEST!, EAST!], [121.3, 31.1925], [121.16, 31.1634])!;
    expect(path[0]).toEqual(EAST[0]);
    expect(path.at(-1)).toEqual(WEST[0]);
    expect(length(lineString(path))).toBeCloseTo(length(lineString(EAST)) + length(lineString(WEST)), 6);
    expect(chainTrack([EAST!], [121.2, 31.165], [121.2, 31.165])).toEqual([EAST[2]]);
  });

  it('measures against Line 17’s track and orders Line 17’s stations only, whatever else the files hold', () => {
    const g50: Feature = {
      type: 'Feature',
      id: 'trunk-g50',
      geometry: { type: 'LineString', coordinates: [[121.0, 31.0], [121.4, 31.0]] },
      properties: { id: 'trunk-g50', kind: 'trunk_line', component: 'g50', accuracy: 'schematic' },
    };
    const dzStation: Feature = {
      type: 'Feature',
      id: 'dz-01',
      geometry: { type: 'Point', coordinates: [121.0, 31.0] },
      properties: { id: 'dz-01', kind: 'dz_station', name_zh: '某站', seq: 2, accuracy: 'surveyed' },
    };
    const problems = checkLine17Stations([
      { file: 'trunk-lines.geojson', features: [g50, track()] },
      { file: 'trunk-stations.geojson', features: [dzStation, ...stations()] },
    ]);
    expect(problems).toEqual([]);
  });

  it('checks nothing without a Line 17 track or stations, and skips unmeasurable stations', () => {
    expect(checkLine17Stations([{ file: 'trunk-stations.geojson', features: stations() }])).toEqual([]);
    expect(checkLine17Stations([{ file: 'trunk-lines.geojson', features: [track()] }])).toEqual([]);
    const s = stations();
    s[2]!.geometry.coordinates = [Number.NaN, 31.17];
    expect(check(s)).toEqual([]);
  });
});
