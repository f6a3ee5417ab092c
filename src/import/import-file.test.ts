import { area, distance } from '@turf/turf';
import gcoord from 'gcoord';
import type { Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  EPSG_4549_PRJ,
  bd09Stations,
  bytesOf,
  epsg4549Stations,
  gcj02Stations,
  readFixture,
  shapefileZip,
  surveyedLine17,
  undeclaredProjectedStations,
} from '../../test/import-fixtures';
import { surveyedStations } from './reference-stations';
import { MAX_IMPORT_BYTES, exitCode, importFile, type ImportResult } from './import-file';
import { problemMessage } from './problems';

const stations = surveyedLine17().map((f) => f.geometry.coordinates);
const run = (name: string, bytes: Uint8Array, crs?: Parameters<typeof importFile>[2]) => importFile(name, bytes, { stations, ...crs });
const codes = (result: ImportResult) => result.report.problems.map((p) => [p.code, p.severity, p.feature ?? null]);
const pointAt = (result: ImportResult, i: number) => (result.collection.features[i].geometry as Point).coordinates;
const metresBetween = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

describe('importFile: GeoJSON', () => {
  it('refuses broken JSON as unreadable, in both languages, and names nothing it cannot', async () => {
    const result = await run('broken.geojson', readFixture('broken.geojson'));
    expect(result.report.readable).toBe(false);
    expect(exitCode(result.report)).toBe(2);
    expect(codes(result)).toEqual([['NOT_JSON', 'error', null]]);
    expect(problemMessage(result.report.problems[0], 'en')).toMatch(/^The file is not valid JSON/);
    expect(problemMessage(result.report.problems[0], 'zh')).toMatch(/^文件不是有效的 JSON/);
  });

  it('leaves out a feature with swapped coordinates, naming it, and imports the other', async () => {
    const result = await run('swapped.geojson', readFixture('swapped.geojson'));
    expect(codes(result)).toEqual([['SWAPPED', 'error', 2]]);
    expect(result.report).toMatchObject({ features: 2, importable: 1, crs: 'WGS84', datumSource: 'assumed' });
    expect(result.collection.features.map((f) => f.id)).toEqual(['ok-point']);
    expect(problemMessage(result.report.problems[0], 'en')).toBe(
      'Feature 2 (swapped-point) has latitude and longitude swapped ([31.11, 121.05]); it was left out. Put longitude first, as GeoJSON requires.',
    );
    expect(problemMessage(result.report.problems[0], 'zh')).toContain('第 2 个要素（swapped-point）的经纬度顺序颠倒');
    expect(exitCode(result.report)).toBe(1);
  });

  it('leaves out Infinity (1e999) and null positions', async () => {
    const result = await run('non-finite.geojson', readFixture('non-finite.geojson'));
    expect(codes(result)).toEqual([
      ['NON_FINITE', 'error', 2],
      ['NON_FINITE', 'error', 3],
    ]);
    expect(problemMessage(result.report.problems[0], 'en')).toContain('(overflow) has a coordinate that is not a finite number ([Infinity, 31.1])');
    expect(result.report.importable).toBe(1);
  });

  it('leaves out a self-intersecting polygon with where it crosses, and imports the square with its area', async () => {
    const result = await run('self.geojson', readFixture('self-intersecting.geojson'));
    expect(codes(result)).toEqual([['SELF_INTERSECTION', 'error', 1]]);
    expect(problemMessage(result.report.problems[0], 'en')).toContain('Feature 1 (bowtie) crosses itself near [121.05, 31.05]');
    const square: Polygon = { type: 'Polygon', coordinates: [[[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]]] };
    expect(result.report.areaKm2).toBeCloseTo(area(square) / 1e6, 6);
    expect(result.report.areaKm2).toBeGreaterThan(100);
  });

  it('imports a clockwise polygon rewound counter-clockwise, with a warning that still exits 0', async () => {
    const result = await run('clockwise.geojson', readFixture('clockwise.geojson'));
    expect(codes(result)).toEqual([['WINDING', 'warning', 1]]);
    expect(exitCode(result.report)).toBe(0);
    const ring = (result.collection.features[0].geometry as Polygon).coordinates[0];
    expect(ring).toEqual([[121, 31], [121.1, 31], [121.1, 31.1], [121, 31.1], [121, 31]]);
  });

  it('exits 1 when a warning comes before an error', async () => {
    const clockwise = JSON.parse(new TextDecoder().decode(readFixture('clockwise.geojson')));
    const swapped = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [31.11, 121.05] } };
    const result = await run('mixed.geojson', bytesOf({ ...clockwise, features: [...clockwise.features, swapped] }));
    expect(codes(result).map(([code, severity]) => [code, severity])).toEqual([['WINDING', 'warning'], ['SWAPPED', 'error']]);
    expect(exitCode(result.report)).toBe(1);
  });

  it('keeps markup as text and drops keys that could reach a prototype', async () => {
    const result = await run('hostile.geojson', readFixture('hostile.geojson'));
    expect(result.report.importable).toBe(1);
    const [feature] = result.collection.features;
    expect(feature.id).toBe('<img src=x onerror=alert(1)>');
    expect(feature.properties!.name).toBe('<script>window.__pwned=1</script>');
    expect(feature.properties!.nested).toBe('{"a":{"b":[1,2,{"c":"<b>deep</b>"}]}}');
    expect(Object.keys(feature.properties!)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(feature.properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(codes(result)).toEqual([
      ['UNSAFE_KEY', 'warning', 1],
      ['UNSAFE_KEY', 'warning', 1],
    ]);
  });

  it('gives every imported feature its source (the file) and accuracy', async () => {
    const result = await run('clockwise.geojson', readFixture('clockwise.geojson'));
    expect(result.collection.features[0].properties).toMatchObject({ source: 'clockwise.geojson', accuracy: 'unverified', name: 'clockwise square' });
  });

  it('refuses JSON that is not GeoJSON, an empty file, an unknown format and a file over the limit', async () => {
    expect(codes(await run('a.json', bytesOf({ hello: 'world' })))).toEqual([['NOT_GEOJSON', 'error', null]]);
    expect(codes(await run('a.geojson', new Uint8Array()))).toEqual([['EMPTY_FILE', 'error', null]]);
    expect(codes(await run('notes.docx', bytesOf('hello')))).toEqual([['UNKNOWN_FORMAT', 'error', null]]);
    // A file of exactly the limit is read (here: found not to be JSON); one byte more is refused unread.
    expect(codes(await run('limit.geojson', new Uint8Array(MAX_IMPORT_BYTES)))).toEqual([['NOT_JSON', 'error', null]]);
    const huge = await run('huge.geojson', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(codes(huge)).toEqual([['TOO_LARGE', 'error', null]]);
    expect(problemMessage(huge.report.problems[0], 'en')).toBe('The file is 64 MB; the import handles at most 64 MB. Split it into smaller files.');
  });
});

describe('importFile: coordinate systems', () => {
  const original = surveyedLine17().map((f) => f.geometry.coordinates);

  it('recognises AMap (GCJ-02) stations by their offset from the surveyed ones and converts them with gcoord', async () => {
    const fixture = gcj02Stations();
    const result = await run('amap.geojson', bytesOf(fixture));
    expect(result.report).toMatchObject({ crs: 'GCJ02', datumSource: 'detected', importable: original.length });
    expect(codes(result)).toEqual([['DATUM_DETECTED', 'warning', null]]);
    const offset = Number(result.report.problems[0].values!.metres);
    expect(offset).toBeGreaterThan(400);
    expect(offset).toBeLessThan(700);
    expect(problemMessage(result.report.problems[0], 'en')).toContain('GCJ-02');
    expect(result.collection.type).toBe('FeatureCollection');
    fixture.features.forEach((f, i) => {
      const expected = gcoord.transform(f.geometry.coordinates as [number, number], gcoord.GCJ02, gcoord.WGS84);
      expect(metresBetween(pointAt(result, i), expected)).toBeLessThan(0.01);
      expect(metresBetween(pointAt(result, i), original[i])).toBeLessThan(2);
    });
  });

  it('recognises Baidu (BD-09) stations', async () => {
    const result = await run('baidu.geojson', bytesOf(bd09Stations()));
    expect(result.report).toMatchObject({ crs: 'BD09', datumSource: 'detected' });
    expect(result.report.problems[0].values).toMatchObject({ datum: 'BD-09' });
    expect(problemMessage(result.report.problems[0], 'zh')).toContain('BD-09');
    expect(metresBetween(pointAt(result, 0), original[0])).toBeLessThan(2);
  });

  it('leaves WGS-84 stations as they are', async () => {
    const result = await run('osm.geojson', bytesOf({ type: 'FeatureCollection', features: surveyedLine17() }));
    expect(result.report).toMatchObject({ crs: 'WGS84', datumSource: 'assumed', problems: [] });
    expect(pointAt(result, 0)).toEqual(original[0]);
  });

  it('converts GCJ-02 when the visitor says so, even away from the stations', async () => {
    const far: Position = [121.5, 31.3];
    const result = await run('amap.csv', bytesOf(`lng,lat\n${far.join(',')}\n`), { crs: 'GCJ02' });
    expect(result.report).toMatchObject({ crs: 'GCJ02', datumSource: 'chosen' });
    expect(metresBetween(pointAt(result, 0), gcoord.transform(far as [number, number], gcoord.GCJ02, gcoord.WGS84))).toBeLessThan(0.01);
  });

  it('converts BD-09 when the visitor says so, and leaves AMap-looking stations alone when the visitor says WGS-84', async () => {
    const far: Position = [121.5, 31.3];
    const baidu = await run('baidu.csv', bytesOf(`lng,lat\n${far.join(',')}\n`), { crs: 'BD09' });
    expect(baidu.report).toMatchObject({ crs: 'BD09', datumSource: 'chosen', problems: [] });
    expect(metresBetween(pointAt(baidu, 0), gcoord.transform(far as [number, number], gcoord.BD09, gcoord.WGS84))).toBeLessThan(0.01);

    const fixture = gcj02Stations();
    const kept = await run('amap.geojson', bytesOf(fixture), { crs: 'WGS84' });
    expect(kept.report).toMatchObject({ crs: 'WGS84', datumSource: 'chosen', problems: [] });
    expect(pointAt(kept, 0)).toEqual(fixture.features[0].geometry.coordinates);
  });

  it('reprojects EPSG:4549 declared in a crs member with proj4', async () => {
    const result = await run('survey.geojson', bytesOf(epsg4549Stations()));
    expect(result.report).toMatchObject({ crs: 'projected', crsName: 'EPSG:4549', datumSource: 'declared', importable: original.length, problems: [] });
    original.forEach((p, i) => expect(metresBetween(pointAt(result, i), p)).toBeLessThan(0.01));
  });

  it('refuses projected coordinates whose CRS nobody declared, and reprojects them once chosen', async () => {
    const refused = await run('survey.geojson', bytesOf(undeclaredProjectedStations()));
    expect(codes(refused)).toEqual([['CRS_UNDECLARED', 'error', null]]);
    expect(refused.report).toMatchObject({ crs: 'unknown', importable: 0, features: original.length, readable: true });
    expect(exitCode(refused.report)).toBe(1);
    expect(problemMessage(refused.report.problems[0], 'en')).toMatch(/are not longitude and latitude, and the file does not say which projection/);
    // The message quotes the first coordinates out of range, as the file gives them.
    const [x, y] = undeclaredProjectedStations().features[0].geometry.coordinates;
    expect(problemMessage(refused.report.problems[0], 'en')).toContain(`(e.g. [${x}, ${y}])`);
    const chosen = await run('survey.geojson', bytesOf(undeclaredProjectedStations()), { crs: 'EPSG:4549' });
    expect(chosen.report).toMatchObject({ crs: 'projected', crsName: 'EPSG:4549', datumSource: 'chosen' });
    expect(metresBetween(pointAt(chosen, 0), original[0])).toBeLessThan(0.01);
  });

  it('takes coordinates for projected when most are out of range, by latitude alone too, but not at ±180° and ±90°', async () => {
    const points = (...positions: Position[]) =>
      bytesOf({ type: 'FeatureCollection', features: positions.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } })) });
    const byLatitude = await run('north.geojson', points([121.0, 31.1], [100, 5e6], [100, 5e6]));
    expect(codes(byLatitude)).toEqual([['CRS_UNDECLARED', 'error', null]]);
    expect(problemMessage(byLatitude.report.problems[0], 'en')).toContain('(e.g. [100, 5000000])');
    const byLongitude = await run('east.geojson', points([500000, 31.1], [500000, 31.2], [121.0, 31.1]));
    expect(codes(byLongitude)).toEqual([['CRS_UNDECLARED', 'error', null]]);
    // Half out of range is not most: the file is longitude and latitude, and the stray point is reported.
    const half = await run('half.geojson', points([121.0, 31.1], [500000, 3.4e6]));
    expect(half.report).toMatchObject({ crs: 'WGS84', datumSource: 'assumed', importable: 1 });
    const edges = await run('edges.geojson', points([180, 90], [-180, -90]));
    expect(edges.report).toMatchObject({ crs: 'WGS84', datumSource: 'assumed', importable: 2, problems: [] });
  });

  it('refuses a crs member it does not know', async () => {
    const fixture = { ...gcj02Stations(), crs: { type: 'name', properties: { name: 'EPSG:2385' } } };
    const result = await run('xian80.geojson', bytesOf(fixture));
    expect(codes(result)).toEqual([['CRS_UNSUPPORTED', 'error', null]]);
    expect(result.report).toMatchObject({ importable: 0, crs: 'unknown', crsName: 'EPSG:2385', datumSource: 'declared' });
    expect(problemMessage(result.report.problems[0], 'en')).toContain('EPSG:2385');
  });

  it('reads a zipped shapefile in EPSG:4549 by its .prj', async () => {
    const zip = await shapefileZip(epsg4549Stations(), EPSG_4549_PRJ);
    const result = await run('stations.zip', zip);
    expect(result.report).toMatchObject({ format: 'shapefile', crs: 'projected', crsName: 'CGCS2000_3_Degree_GK_CM_120E', datumSource: 'declared', importable: original.length });
    original.forEach((p, i) => expect(metresBetween(pointAt(result, i), p)).toBeLessThan(0.05));
    expect(result.collection.features[0].properties).toMatchObject({ name: 'Hongqiao Railway Station' });
  });

  it('refuses a zip that holds no shapefile', async () => {
    const result = await run('empty.zip', new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    expect(codes(result)).toEqual([['NOT_SHAPEFILE', 'error', null]]);
  });

  it('finds the surveyed stations in geo/ the way the import tool loads them', () => {
    expect(surveyedStations({ type: 'FeatureCollection', features: surveyedLine17() })).toEqual(original);
    expect(original.length).toBeGreaterThanOrEqual(10);
  });
});

describe('importFile: progress', () => {
  it('reports how many features are checked now and then, ending with all of them', async () => {
    const total = 2500;
    const features = Array.from({ length: total }, (_, i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [121 + i / 1e5, 31.1] } }));
    const calls: [number, number][] = [];
    await importFile('many.geojson', bytesOf({ type: 'FeatureCollection', features }), { onProgress: (done, all) => calls.push([done, all]) });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.every(([, all]) => all === total)).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
    // Every thousand features, then once at the end.
    expect(calls.map(([done]) => done)).toEqual([0, 1000, 2000, total]);
  });
});

describe('importFile: KML, GPX, CSV', () => {
  it('reads KML placemarks', async () => {
    const result = await run('places.kml', readFixture('places.kml'));
    expect(result.report).toMatchObject({ format: 'kml', features: 2, importable: 2, crs: 'WGS84', datumSource: 'declared' });
    expect(result.collection.features.map((f) => f.geometry.type)).toEqual(['Point', 'Polygon']);
    expect(result.collection.features[0].properties!.name).toBe('Xicen science and innovation');
  });

  it('reads GPX waypoints and tracks', async () => {
    const result = await run('route.gpx', readFixture('route.gpx'));
    expect(result.report).toMatchObject({ format: 'gpx', importable: 2 });
    expect(result.collection.features.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point']);
  });

  it('refuses malformed KML as unreadable', async () => {
    const result = await run('broken.kml', readFixture('broken.kml'));
    expect(codes(result)).toEqual([['NOT_XML', 'error', null]]);
    expect(problemMessage(result.report.problems[0], 'en')).toBe('The file is not valid KML: its XML is malformed. Export it again.');
  });

  it('reads CSV with 经度/纬度 columns, naming each bad row by its spreadsheet row', async () => {
    const result = await run('points.csv', readFixture('points.csv'));
    expect(result.report).toMatchObject({ format: 'csv', features: 4, importable: 2 });
    expect(codes(result)).toEqual([
      ['BAD_ROW', 'error', 3],
      ['BAD_ROW', 'error', 4],
    ]);
    expect(problemMessage(result.report.problems[0], 'en')).toBe('Row 4: “abc” is not a number in 经度. Fix the row; the other rows were read.');
    expect(pointAt(result, 1)).toEqual([121.05, 31.11]);
    expect(result.collection.features[1].properties).toMatchObject({ name: 'Zhujiajiao', note: 'water town' });
  });

  it('recognises lon/lng/longitude/x and lat/latitude/y headers', async () => {
    for (const [lon, lat] of [['lon', 'lat'], ['LNG', 'Latitude'], ['longitude', 'y'], [' x ', 'Y']]) {
      const result = await run('p.csv', bytesOf(`${lon},${lat}\n121.1,31.1\n`));
      expect(result.report.importable, `${lon},${lat}`).toBe(1);
    }
    expect(codes(await run('wrong-columns.csv', readFixture('wrong-columns.csv')))).toEqual([['NO_COORDINATE_COLUMNS', 'error', null]]);
  });
});
