import { readFileSync } from 'node:fs';
import type { Feature, Geometry } from 'geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, toCSVText, toGeoJSONText, toKMLText, type ExportableFeature } from './drawing-export';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/measure/${name}.geojson`, 'utf8')) as Feature<Geometry, { length_m: number; area_m2: number }>;
const block = fixture('block-with-hole');
const line = fixture('meridian-1km');

const drawings: ExportableFeature[] = [
  { type: 'Feature', id: 'p1', geometry: { type: 'Point', coordinates: [121.1, 31.15] }, properties: { mode: 'point' } },
  { type: 'Feature', id: 'l1', geometry: line.geometry, properties: { mode: 'linestring' } },
  { type: 'Feature', id: 'a1', geometry: block.geometry, properties: { mode: 'polygon', park_id: 'park-smart-biomedicine' } },
];

describe('toGeoJSONText', () => {
  it('writes the features with their ids, properties and geodesic measures', () => {
    const collection = JSON.parse(toGeoJSONText(drawings));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: Feature) => f.id)).toEqual(['p1', 'l1', 'a1']);
    const [point, drawnLine, area] = collection.features;
    expect(point.properties).toEqual({ mode: 'point' });
    expect(drawnLine.properties.length_m).toBeCloseTo(line.properties.length_m, 1);
    expect(area.properties.area_m2).toBeCloseTo(block.properties.area_m2, -2);
    expect(area.properties.area_mu).toBeCloseTo(block.properties.area_m2 / (10000 / 15), -1);
    expect(area.properties.park_id).toBe('park-smart-biomedicine');
    expect(area.geometry).toEqual(block.geometry);
  });
});

describe('toKMLText', () => {
  it('writes one placemark per feature with its coordinates and measures', () => {
    const kml = toKMLText(drawings);
    expect(kml).toMatch(/^<\?xml/);
    expect(kml.match(/<Placemark id="(p1|l1|a1)">/g)).toHaveLength(3);
    expect(kml).toContain('121.1,31.15');
    expect(kml).toContain('<innerBoundaryIs>');
    expect(kml).toMatch(/<Data name="area_m2"><value>888\d{3}(\.\d)?<\/value><\/Data>/);
  });
});

describe('toCSVText', () => {
  const rows = () => Papa.parse<Record<string, string>>(toCSVText(drawings), { header: true }).data;

  it('has the documented columns', () => {
    expect(Papa.parse(toCSVText(drawings)).data[0]).toEqual([...CSV_COLUMNS]);
  });

  it('gives a point as lon/lat and other shapes as WKT with their centroid and measures', () => {
    const [point, drawnLine, area] = rows();
    expect(point).toMatchObject({ id: 'p1', kind: 'point', position: 'point', lon: '121.1', lat: '31.15', wkt: '' });
    expect(drawnLine).toMatchObject({ id: 'l1', kind: 'linestring', position: 'centroid', lon: '121.1' });
    expect(drawnLine.wkt).toMatch(/^LINESTRING \(121\.1 31\.1, 121\.1 31\.10899/);
    expect(Number(drawnLine.length_m)).toBeCloseTo(1000, 1);
    expect(area.wkt).toMatch(/^POLYGON \(\(121\.1 31\.15, .*\), \(121\.103 31\.153, /);
    expect(Number(area.area_m2)).toBeCloseTo(block.properties.area_m2, -2);
    // 1 mu is 10,000/15 m².
    expect(Number(area.area_mu)).toBeCloseTo(block.properties.area_m2 / (10000 / 15), -1);
    expect(area.park_id).toBe('park-smart-biomedicine');
  });

  it('leaves a cell empty where a feature has nothing to say', () => {
    const [point, drawnLine] = rows();
    for (const column of ['length_m', 'area_m2', 'area_mu', 'park_id', 'source_file', 'source_datum', 'converted_with']) {
      expect(point[column], column).toBe('');
    }
    expect([drawnLine.area_m2, drawnLine.area_mu]).toEqual(['', '']);
    const noId: ExportableFeature = { type: 'Feature', geometry: { type: 'Point', coordinates: [121, 31] }, properties: null };
    const [row] = Papa.parse<Record<string, string>>(toCSVText([noId]), { header: true }).data;
    expect(row).toMatchObject({ id: '', kind: 'Point' });
  });

  it('says where an imported feature came from', () => {
    const imported: ExportableFeature = {
      type: 'Feature',
      id: 'i1',
      geometry: { type: 'Point', coordinates: [121, 31] },
      properties: { mode: 'point', source_file: 'amap.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' },
    };
    const [row] = Papa.parse<Record<string, string>>(toCSVText([imported]), { header: true }).data;
    expect(row).toMatchObject({ source_file: 'amap.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' });
  });

  it('keeps formula-like text inert for spreadsheets', () => {
    const hostile: ExportableFeature = { type: 'Feature', id: '=HYPERLINK("http://x")', geometry: { type: 'Point', coordinates: [121, 31] }, properties: { mode: 'point' } };
    expect(toCSVText([hostile])).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('exportFileName', () => {
  it('keeps the Chinese name and dates the file', () => {
    expect(exportFileName('绘图', new Date(2026, 10, 21), 'geojson')).toBe('长三角数字干线-绘图-2026-11-21.geojson');
    // Months and days of one digit get a leading zero, so the files sort by date.
    expect(exportFileName('绘图', new Date(2027, 2, 5), 'csv')).toBe('长三角数字干线-绘图-2027-03-05.csv');
  });
});
