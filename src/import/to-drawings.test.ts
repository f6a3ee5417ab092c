import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importedLayer, type ImportedLayer } from './saved-imports';
import { drawingsFromImport, provenanceOf } from './to-drawings';

const square = (west: number, south: number, size: number) => [
  [west, south],
  [west + size, south],
  [west + size, south + size],
  [west, south + size],
  [west, south],
];
const feature = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', geometry, properties: {} });
const layer = (features: Feature[], datum: ImportedLayer['datum'] = 'WGS84', crsName: string | null = null): ImportedLayer =>
  importedLayer('layer-1', 'parks.geojson', datum, crsName, features);
let counter = 0;
const nextId = () => `id-${++counter}`;

describe('provenanceOf', () => {
  it('names the datum the file came in and what converted it to WGS-84', () => {
    expect(provenanceOf(layer([], 'GCJ02'))).toEqual({ source_file: 'parks.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' });
    expect(provenanceOf(layer([], 'BD09'))).toEqual({ source_file: 'parks.geojson', source_datum: 'BD-09', converted_with: 'gcoord' });
    expect(provenanceOf(layer([], 'projected', 'EPSG:4549'))).toEqual({ source_file: 'parks.geojson', source_datum: 'EPSG:4549', converted_with: 'proj4' });
    expect(provenanceOf(layer([], 'WGS84'))).toEqual({ source_file: 'parks.geojson', source_datum: 'WGS-84' });
  });
});

describe('drawingsFromImport', () => {
  it('gives each point, line and area its drawing, with its mode, a new id and where it came from', () => {
    const { drawings, left } = drawingsFromImport(
      layer([
        feature({ type: 'Point', coordinates: [121.1, 31.15, 4] }),
        feature({ type: 'LineString', coordinates: [[121.1, 31.15], [121.2, 31.16]] }),
        feature({ type: 'Polygon', coordinates: [square(121.1, 31.1, 0.01)] }),
      ], 'GCJ02'),
      nextId,
    );
    expect(left).toBe(0);
    expect(drawings.map((d) => d.properties.mode)).toEqual(['point', 'linestring', 'polygon']);
    expect(new Set(drawings.map((d) => d.id)).size).toBe(3);
    for (const d of drawings) expect(d.properties).toMatchObject({ source_file: 'parks.geojson', source_datum: 'GCJ-02', converted_with: 'gcoord' });
    expect(drawings.every((d) => d.type === 'Feature')).toBe(true);
    expect(drawings[2].geometry.coordinates).toEqual([[[121.1, 31.1], [121.11, 31.1], [121.11, 31.11], [121.1, 31.11], [121.1, 31.1]]]);
    // The height is dropped: drawings are flat.
    expect(drawings[0].geometry.coordinates).toEqual([121.1, 31.15]);
  });

  it('splits multi-part geometries into one drawing per part', () => {
    const { drawings } = drawingsFromImport(
      layer([feature({ type: 'MultiPolygon', coordinates: [[square(121.1, 31.1, 0.01)], [square(121.2, 31.1, 0.01)]] }), feature({ type: 'MultiPoint', coordinates: [[121.1, 31.1], [121.2, 31.2]] })]),
      nextId,
    );
    expect(drawings.map((d) => d.geometry.type)).toEqual(['Polygon', 'Polygon', 'Point', 'Point']);
    expect(drawings[1].geometry.coordinates).toEqual([[[121.2, 31.1], [121.21, 31.1], [121.21, 31.11], [121.2, 31.11], [121.2, 31.1]]]);
    const lines = drawingsFromImport(layer([feature({ type: 'MultiLineString', coordinates: [[[121.1, 31.1], [121.2, 31.1]], [[121.1, 31.2], [121.2, 31.2]]] })]), nextId);
    expect(lines.drawings.map((d) => [d.properties.mode, d.geometry])).toEqual([
      ['linestring', { type: 'LineString', coordinates: [[121.1, 31.1], [121.2, 31.1]] }],
      ['linestring', { type: 'LineString', coordinates: [[121.1, 31.2], [121.2, 31.2]] }],
    ]);
  });

  it('leaves out a multi-polygon of which one area has a hole, and a feature without geometry', () => {
    const holed = [square(121.2, 31.1, 0.02), square(121.205, 31.105, 0.005).reverse()];
    const { drawings, left } = drawingsFromImport(
      layer([feature({ type: 'MultiPolygon', coordinates: [[square(121.1, 31.1, 0.01)], holed] }), { type: 'Feature', geometry: null as never, properties: {} }]),
      nextId,
    );
    expect([drawings, left]).toEqual([[], 2]);
  });

  it('names a projected file’s system, or says projected when the file did not name it', () => {
    expect(provenanceOf(layer([], 'projected', null))).toEqual({ source_file: 'parks.geojson', source_datum: 'projected', converted_with: 'proj4' });
  });

  it('keeps 7 decimals, as the drawing layer does', () => {
    const { drawings } = drawingsFromImport(layer([feature({ type: 'Point', coordinates: [121.123456789, 31.987654321] })]), nextId);
    expect(drawings[0].geometry.coordinates).toEqual([121.1234568, 31.9876543]);
  });

  it('counts what has no drawing shape (an area with a hole, a collection) and leaves it out', () => {
    const withHole = feature({ type: 'Polygon', coordinates: [square(121.1, 31.1, 0.02), square(121.105, 31.105, 0.005).reverse()] });
    const collection = feature({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [121.1, 31.1] }] });
    const { drawings, left } = drawingsFromImport(layer([withHole, collection, feature({ type: 'Point', coordinates: [121.1, 31.1] })]), nextId);
    expect(left).toBe(2);
    expect(drawings).toHaveLength(1);
  });
});
