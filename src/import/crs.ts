import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import type { CrsChoice, CrsKind } from './crs-names';

export type { CrsChoice, CrsKind };


/** The projected systems the import knows by code (proj4 definitions as EPSG publishes them). */
export const PROJECTED_CRS = {
  /** CGCS2000 / 3-degree Gauss–Krüger CM 120°E: Shanghai's surveying grid, without zone prefix. */
  'EPSG:4549': '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
  'EPSG:3857': '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
  'EPSG:32651': '+proj=utm +zone=51 +datum=WGS84 +units=m +no_defs',
} as const;
export type ProjectedCode = keyof typeof PROJECTED_CRS;


/** A coordinate system the file declares. */
export type CrsDeclaration =
  | { kind: 'WGS84'; name: string }
  | { kind: 'projected'; name: string; code?: ProjectedCode; alreadyConverted?: boolean }
  | { kind: 'unsupported'; name: string };

const GEOGRAPHIC_CODES = new Set(['4326', '4490', 'CRS84']);

/**
 * A GeoJSON `crs` member (the 2008 spec's named CRS, e.g. "urn:ogc:def:crs:EPSG::4549") as a
 * declaration; null when absent. RFC 7946 dropped the member, but desktop GIS still writes it.
 */
export function crsFromMember(member: unknown): CrsDeclaration | null {
  if (member === undefined || member === null) return null;
  const name = (member as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') return { kind: 'unsupported', name: String(JSON.stringify(member)).slice(0, 80) };
  const code = /(?:EPSG:{1,2}(\d+)|(CRS84))$/i.exec(name.trim());
  const id = code?.[1] ?? code?.[2]?.toUpperCase();
  if (id && GEOGRAPHIC_CODES.has(id)) return { kind: 'WGS84', name };
  const projected = `EPSG:${id}`;
  if (id && projected in PROJECTED_CRS) return { kind: 'projected', name: projected, code: projected as ProjectedCode };
  return { kind: 'unsupported', name: name.slice(0, 80) };
}

/** A shapefile's .prj (WKT): geographic, or projected (shpjs reprojects it with proj4 as it reads). */
export function crsFromPrj(wkt: string): CrsDeclaration {
  const name = /^\s*(PROJCS|GEOGCS)\["([^"]*)"/i.exec(wkt);
  if (!name) return { kind: 'unsupported', name: wkt.slice(0, 80) };
  if (name[1].toUpperCase() === 'GEOGCS') return { kind: 'WGS84', name: name[2] };
  try {
    proj4(wkt);
  } catch {
    return { kind: 'unsupported', name: name[2] };
  }
  return { kind: 'projected', name: name[2], alreadyConverted: true };
}

/** A function that turns one position into WGS-84 (lon, lat), keeping any altitude. */
export type PositionConverter = (position: Position) => Position;

export function fromProjected(code: ProjectedCode): PositionConverter {
  const converter = proj4(PROJECTED_CRS[code], 'WGS84');
  return ([x, y, ...rest]) => [...converter.forward([x, y]), ...rest];
}

export function fromChineseDatum(datum: 'GCJ02' | 'BD09'): PositionConverter {
  const from = datum === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
  return ([lon, lat, ...rest]) => [...gcoord.transform([lon, lat], from, gcoord.WGS84), ...rest];
}

/** Whether a position is two or three finite numbers: the only kind a converter touches. */
export function isNumericPosition(value: unknown): value is Position {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) return false;
  // A loop, not every(): this runs once per position of files with millions of them.
  for (const n of value) if (typeof n !== 'number' || !Number.isFinite(n)) return false;
  return true;
}

/** Deepest array nesting a geometry's coordinates have (MultiPolygon: 4). */
export const MAX_COORDINATE_DEPTH = 4;
/** GeometryCollections inside GeometryCollections, at most this deep. */
const MAX_COLLECTION_DEPTH = 4;

/**
 * Calls `visit` on every array holding no array under a geometry's coordinates (GeometryCollections
 * included), stopping at depths no GeoJSON geometry has, so hostile nesting cannot exhaust the stack.
 */
export function forEachPosition(geometry: unknown, visit: (position: unknown[]) => void, depth = 0): void {
  const g = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown } | null;
  if (!g || typeof g !== 'object') return;
  if (g.type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    if (depth < MAX_COLLECTION_DEPTH) for (const child of g.geometries) forEachPosition(child, visit, depth + 1);
    return;
  }
  walkCoordinates(g.coordinates, 1, visit);
}

function walkCoordinates(value: unknown, level: number, visit: (position: unknown[]) => void): void {
  if (!Array.isArray(value) || level > MAX_COORDINATE_DEPTH) return;
  if (!holdsArray(value)) return visit(value);
  for (const item of value) walkCoordinates(item, level + 1, visit);
}

function holdsArray(value: unknown[]): boolean {
  for (const item of value) if (Array.isArray(item)) return true;
  return false;
}

/** Rewrites, in place, every numeric position of the features' geometries; others are left for validation to report. */
export function convertPositions(features: readonly unknown[], convert: PositionConverter): void {
  for (const feature of features) {
    forEachPosition((feature as { geometry?: unknown } | null)?.geometry, (position) => {
      if (!isNumericPosition(position)) return;
      const converted = convert(position);
      position.splice(0, position.length, ...converted);
    });
  }
}
