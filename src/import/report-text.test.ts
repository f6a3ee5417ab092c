import { describe, expect, it } from 'vitest';
import { readFixture, surveyedLine17 } from '../../test/import-fixtures';
import { IMPORT_ZH } from '../i18n/import.zh';
import { importFile } from './import-file';
import { CRS_CODES, FEATURE_CODES, UNREADABLE_CODES, problem } from './problems';
import { reportJson, reportLines } from './report-text';

/** An ASCII colon straight after Chinese text or full-width punctuation: Chinese writes "：". */
const ASCII_COLON_AFTER_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\s*:/u;

const stations = surveyedLine17().map((f) => f.geometry.coordinates);
const FIXTURES = ['broken.geojson', 'swapped.geojson', 'clockwise.geojson', 'hostile.geojson', 'wrong-columns.csv', 'broken.kml'];

describe('the Chinese import report', () => {
  it('joins the severity and the problem with a full-width colon, and English with an ASCII one', async () => {
    const { report } = await importFile('broken.geojson', readFixture('broken.geojson'), { stations });
    expect(reportLines(report, 'zh')).toEqual([expect.stringMatching(/^错误：文件不是有效的 JSON。/)]);
    expect(reportLines(report, 'en')).toEqual([expect.stringMatching(/^Error: The file is not valid JSON\./)]);
  });

  it('has no ASCII colon after Chinese text in any line of the fixtures’ reports', async () => {
    for (const name of FIXTURES) {
      const { report } = await importFile(name, readFixture(name), { stations });
      const lines = reportLines(report, 'zh');
      expect(lines.length, name).toBeGreaterThan(0);
      for (const line of lines) expect(line, name).not.toMatch(ASCII_COLON_AFTER_CJK);
    }
  });

  it('has no ASCII colon after Chinese text in any problem, whatever its code and severity', () => {
    const values = { size: 70, limit: 64, format: 'KML', row: 3, column: 'lon', value: 'x', crs: 'EPSG:2000', datum: 'GCJ-02', key: '__proto__', depth: 40, near: '[121.05, 31.05]', position: '[31.1, 121.1]' };
    const codes = [...UNREADABLE_CODES, ...CRS_CODES, ...FEATURE_CODES];
    const report = {
      sourceName: '地块.geojson', format: 'geojson', readable: true, features: codes.length, importable: 1, crs: 'GCJ02', crsName: null, datumSource: 'detected', areaKm2: 1.5,
      problems: codes.map((code, i) => problem(code, { feature: i + 1, featureName: '地块' }, values)),
    } as unknown as Parameters<typeof reportLines>[0];
    const lines = reportLines(report, 'zh');
    expect(lines).toHaveLength(3 + codes.length);
    for (const line of lines) expect(line).not.toMatch(ASCII_COLON_AFTER_CJK);
  });

  it('has no ASCII colon after Chinese text in any Chinese import message', () => {
    for (const [key, text] of Object.entries(IMPORT_ZH)) expect(text, key).not.toMatch(ASCII_COLON_AFTER_CJK);
  });
});

describe('the import report', () => {
  const report = (over: Partial<Parameters<typeof reportLines>[0]> = {}): Parameters<typeof reportLines>[0] => ({
    sourceName: 'parcels.geojson', format: 'geojson', readable: true, features: 3, importable: 2, crs: 'projected', crsName: 'EPSG:4549', datumSource: 'declared', areaKm2: 1.23456,
    problems: [problem('OUT_OF_RANGE', { feature: 3, featureName: 'plot 3' }, { value: '[181, 31]' }), problem('CRS_UNDECLARED', {}, { sample: '[1, 2]' })],
    ...over,
  });

  it('gives the counts, the coordinate system and the area, then each problem', () => {
    expect(reportLines(report(), 'en').slice(0, 3)).toEqual([
      'parcels.geojson: 2 of 3 features imported.',
      'Came in as projected EPSG:4549 (reprojected with proj4); shown in WGS-84.',
      'Area of the imported polygons: 1.235 km² (Turf, geodesic)',
    ]);
    expect(reportLines(report(), 'zh')[0]).toBe('parcels.geojson：已导入 3 个要素中的 2 个。');
    expect(reportLines(report(), 'en')[3]).toMatch(/^Error: Feature 3 \(plot 3\) has a position outside/);
    expect(reportLines(report({ crs: 'GCJ02', crsName: null, areaKm2: 0 }), 'en').slice(1)).toEqual([
      'Came in as GCJ-02 (converted with gcoord); shown in WGS-84.',
      expect.stringMatching(/^Error: Feature 3/),
      expect.stringMatching(/^Error: /),
    ]);
  });

  it('says nothing was imported, and that earlier imports are kept, when no feature passed', () => {
    expect(reportLines(report({ importable: 0, areaKm2: 0, problems: [] }), 'en')).toEqual([
      'parcels.geojson: nothing imported. Previously imported data is kept.',
      'Came in as projected EPSG:4549 (reprojected with proj4); shown in WGS-84.',
    ]);
  });

  it('gives CI every count and each problem with its feature and message, as JSON', () => {
    const json = reportJson(report(), 'en');
    expect(json).toMatchObject({ file: 'parcels.geojson', format: 'geojson', readable: true, features: 3, importable: 2, crs: 'projected', crsName: 'EPSG:4549', datumSource: 'declared', areaKm2: 1.23456 });
    expect(json.problems).toEqual([
      { code: 'OUT_OF_RANGE', severity: 'error', feature: 3, featureName: 'plot 3', message: expect.stringMatching(/^Feature 3 \(plot 3\) has a position outside .*\(\[181, 31\]\)/) },
      { code: 'CRS_UNDECLARED', severity: 'error', message: expect.stringContaining('[1, 2]') },
    ]);
  });
});
