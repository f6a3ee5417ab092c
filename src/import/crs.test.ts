import { describe, expect, it } from 'vitest';
import { EPSG_4549_PRJ } from '../../test/import-fixtures';
import { convertPositions, crsFromMember, crsFromPrj, forEachPosition } from './crs';

const named = (name: unknown) => ({ type: 'name', properties: { name } });

describe('a GeoJSON crs member', () => {
  it('is WGS-84 for EPSG:4326, CGCS2000 (4490) and CRS84, however the name is written', () => {
    for (const name of ['EPSG:4326', 'urn:ogc:def:crs:EPSG::4326', 'urn:ogc:def:crs:EPSG::4490', 'urn:ogc:def:crs:OGC:1.3:CRS84', 'urn:ogc:def:crs:OGC:1.3:crs84', ' epsg:4326 ']) {
      expect(crsFromMember(named(name)), name).toEqual({ kind: 'WGS84', name });
    }
  });

  it('names each projected system the import can reproject by its EPSG code', () => {
    for (const [name, code] of [['urn:ogc:def:crs:EPSG::4549', 'EPSG:4549'], ['EPSG:3857', 'EPSG:3857'], ['epsg:32651', 'EPSG:32651']]) {
      expect(crsFromMember(named(name)), name).toEqual({ kind: 'projected', name: code, code });
    }
  });

  it('is unsupported for any other system, shown in at most 80 characters', () => {
    expect(crsFromMember(named('EPSG:2385'))).toEqual({ kind: 'unsupported', name: 'EPSG:2385' });
    expect(crsFromMember(named('EPSG:43260'))).toEqual({ kind: 'unsupported', name: 'EPSG:43260' });
    expect(crsFromMember(named(`Local grid ${'x'.repeat(100)}`))!.name).toHaveLength(80);
    expect(crsFromMember(named(4326))).toEqual({ kind: 'unsupported', name: JSON.stringify(named(4326)) });
    expect(crsFromMember(undefined)).toBeNull();
    expect(crsFromMember(null)).toBeNull();
  });
});

describe('a shapefile .prj', () => {
  it('is WGS-84, named, when geographic', () => {
    expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]')).toEqual({ kind: 'WGS84', name: 'GCS_WGS_1984' });
  });

  it('is projected, named and already converted as shpjs reads it, when proj4 knows it', () => {
    expect(crsFromPrj(EPSG_4549_PRJ)).toEqual({ kind: 'projected', name: 'CGCS2000_3_Degree_GK_CM_120E', alreadyConverted: true });
  });

  it('is unsupported, named, when proj4 cannot read it, or when it is no WKT', () => {
    expect(crsFromPrj('PROJCS["Mystery grid",PROJECTION["Nowhere"]]')).toEqual({ kind: 'unsupported', name: 'Mystery grid' });
    expect(crsFromPrj(`not wkt ${'y'.repeat(100)}`)).toEqual({ kind: 'unsupported', name: `not wkt ${'y'.repeat(100)}`.slice(0, 80) });
  });
});

describe('positions', () => {
  it('are converted with their altitude kept, and malformed ones left for validation to report', () => {
    const features = [
      { geometry: { type: 'LineString', coordinates: [[1, 2, 30], [3, 4], ['x', 5], [6, 7, 8, 9]] } },
      { geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [5, 6] }] } },
    ];
    convertPositions(features, ([x, y, ...rest]) => [x + 100, y + 10, ...rest]);
    expect(features[0].geometry.coordinates).toEqual([[101, 12, 30], [103, 14], ['x', 5], [6, 7, 8, 9]]);
    expect((features[1].geometry as { geometries: { coordinates: number[] }[] }).geometries[0].coordinates).toEqual([105, 16]);
  });

  it('are visited no deeper than GeoJSON nests them, so hostile nesting cannot exhaust the stack', () => {
    const visited: unknown[][] = [];
    forEachPosition({ type: 'MultiPolygon', coordinates: [[[[1, 2]]]] }, (p) => visited.push(p));
    forEachPosition({ type: 'MultiPolygon', coordinates: [[[[[1, 2]]]]] }, (p) => visited.push(p));
    let collection: object = { type: 'Point', coordinates: [3, 4] };
    for (let i = 0; i < 5; i++) collection = { type: 'GeometryCollection', geometries: [collection] };
    forEachPosition(collection, (p) => visited.push(p));
    expect(visited).toEqual([[1, 2]]);
  });
});
