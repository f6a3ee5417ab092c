/**
 * Import test inputs built from geo/ at test time: Line 17's surveyed stations shifted to GCJ-02
 * and BD-09 with gcoord, projected to EPSG:4549 with proj4 (as a GeoJSON crs member and as a
 * zipped shapefile with its .prj), and a 50,000-polygon file too big to commit.
 */
import shpwrite from '@mapbox/shp-write';
import gcoord from 'gcoord';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import proj4 from 'proj4';

const ROOT = resolve(import.meta.dirname, '..');
export const IMPORT_FIXTURES = join(ROOT, 'test/fixtures/import');

export const readFixture = (name: string) => new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name)));

/** Line 17's stations with accuracy "surveyed", as geo/trunk-stations.geojson has them. */
export function surveyedLine17(): Feature<Point>[] {
  const collection = JSON.parse(readFileSync(join(ROOT, 'geo/trunk-stations.geojson'), 'utf8')) as FeatureCollection<Point>;
  return collection.features.filter((f) => f.properties?.kind === 'line17_station' && f.properties.accuracy === 'surveyed');
}

/** CGCS2000 / 3-degree Gauss–Krüger CM 120E as EPSG publishes it, independent of src/import/crs.ts. */
export const EPSG_4549 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
/** The same system as Esri writes it in a .prj. */
export const EPSG_4549_PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** The surveyed stations with every position passed through `shift`. */
function shiftedStations(shift: (p: Position) => Position, extra: Partial<FeatureCollection> = {}): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    ...extra,
    features: surveyedLine17().map((f) => ({
      type: 'Feature',
      properties: { name: f.properties!.name_en, station: f.properties!.id },
      geometry: { type: 'Point', coordinates: shift(f.geometry.coordinates) },
    })),
  };
}

export const gcj02Stations = () => shiftedStations((p) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.GCJ02));
export const bd09Stations = () => shiftedStations((p) => gcoord.transform(p as [number, number], gcoord.WGS84, gcoord.BD09));
export const epsg4549Stations = () =>
  shiftedStations((p) => proj4('WGS84', EPSG_4549, p), { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4549' } } } as Partial<FeatureCollection>);
/** The same metres with no CRS declared. */
export const undeclaredProjectedStations = () => shiftedStations((p) => proj4('WGS84', EPSG_4549, p));

export const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** A zipped shapefile of `collection` (points), with `prj` as its .prj. */
export async function shapefileZip(collection: FeatureCollection, prj: string): Promise<Uint8Array> {
  const buffer = (await shpwrite.zip(collection, { outputType: 'nodebuffer', prj })) as Buffer;
  return new Uint8Array(buffer);
}

/**
 * `count` small counter-clockwise polygons (12 vertices, about 100 m across) on a grid over
 * Qingpu, as GeoJSON text: 50,000 of them are about 20 MB.
 */
export function manyPolygons(count: number): string {
  const lines: string[] = [];
  const perRow = Math.ceil(Math.sqrt(count));
  for (let i = 0; i < count; i++) {
    const [cx, cy] = [120.9 + (i % perRow) * 0.0015, 30.95 + Math.floor(i / perRow) * 0.0015];
    const ring: number[][] = [];
    for (let k = 0; k < 12; k++) {
      const angle = (k / 12) * 2 * Math.PI;
      ring.push([Number((cx + 0.0005 * Math.cos(angle)).toFixed(6)), Number((cy + 0.0005 * Math.sin(angle)).toFixed(6))]);
    }
    ring.push(ring[0]);
    lines.push(JSON.stringify({ type: 'Feature', id: `plot-${i}`, properties: { name: `Plot ${i}`, use: 'test' }, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
