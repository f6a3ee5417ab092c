import { readFileSync, readdirSync } from 'node:fs';
import { along, bbox, bboxPolygon, booleanIntersects, booleanPointInPolygon, centroid, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, MultiPolygon } from 'geojson';

/** geo/ files that are inputs of the derivation, not map layers (see geo/README.md). */
const NOT_DRAWN: Record<string, string> = {
  'anchors.geojson': 'best-known positions the pillars and parks are derived from; the derived files are drawn',
};

export interface GeoFile {
  /** File name in geo/, e.g. `belts.geojson`. */
  file: string;
  features: Feature[];
}

/** A geo/ file as the page reads it. */
export function readCollection(file: string): FeatureCollection {
  return JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection;
}

/** Every geo/ file the map must draw, read from disk: what the map shows derives from these. */
export function drawnGeoFiles(): GeoFile[] {
  return readdirSync('geo')
    .filter((file) => file.endsWith('.geojson') && !(file in NOT_DRAWN))
    .sort()
    .map((file) => ({ file, features: readCollection(file).features }));
}

/** A feature of geo/ by file and id, read the way the page reads it. */
export function geoFeature(file: string, id: string): Feature {
  const feature = readCollection(file).features.find((f) => f.properties?.id === id);
  if (!feature) throw new Error(`geo/${file} has no feature ${id}`);
  return feature;
}

/** A drawn feature by id, from whichever file holds it. */
export function drawnFeatureById(id: string): Feature {
  for (const { features } of drawnGeoFiles()) {
    const feature = features.find((f) => f.properties?.id === id);
    if (feature) return feature;
  }
  throw new Error(`no drawn geo/ file has a feature ${id}`);
}

export function centreOf(file: string, id: string): [number, number] {
  return centroid(geoFeature(file, id)).geometry.coordinates as [number, number];
}

/**
 * Which geo/ file each source of the live map loaded: the file with exactly the source's feature
 * ids; for a source with no data yet, the file its URL names (`assets/<stem>-<hash>.geojson`).
 */
export function fileOfSource(sources: Record<string, { ids: string[] | null; url: string | null }>): Map<string, string> {
  const files = readdirSync('geo').filter((file) => file.endsWith('.geojson'));
  const idsOf = new Map(files.map((file) => [file, readCollection(file).features.map((f) => String(f.properties?.id)).sort().join('\n')]));
  const result = new Map<string, string>();
  for (const [id, { ids, url }] of Object.entries(sources)) {
    const name = url === null ? null : new URL(url, 'http://x/').pathname.split('/').pop()!;
    const file = files.find((f) => {
      if (ids) return idsOf.get(f) === [...ids].sort().join('\n');
      const stem = f.replace(/\.geojson$/, '');
      return name === f || (!!name?.startsWith(`${stem}-`) && /^[\w-]{8}\.geojson$/.test(name.slice(stem.length + 1)));
    });
    if (file) result.set(id, file);
  }
  return result;
}

/** Whether a feature lies at least partly inside the view [west, south, east, north]. */
export function intersectsView(feature: Feature, view: [number, number, number, number]): boolean {
  return feature.geometry !== null && booleanIntersects(feature, bboxPolygon(view));
}

/** Point, LineString or Polygon: the kind of geometry, whether single or multi. */
export function geometryKind(geometry: Geometry): 'Point' | 'LineString' | 'Polygon' {
  const kind = geometry.type.replace(/^Multi/, '');
  if (kind !== 'Point' && kind !== 'LineString' && kind !== 'Polygon') throw new Error(`unexpected geometry ${geometry.type}`);
  return kind;
}

/**
 * Places a visitor could click to hit a feature: the point itself; evenly along a line; on a grid
 * inside an area. At most about `count` of them.
 */
export function pointsOn(feature: Feature, count = 40): [number, number][] {
  const geometry = feature.geometry;
  if (!geometry) return [];
  if (geometry.type === 'Point') return [geometry.coordinates as [number, number]];
  if (geometry.type === 'MultiPoint') return geometry.coordinates as [number, number][];
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const lines = parts.map((part) => lineString(part));
    const total = lines.reduce((sum, line) => sum + length(line), 0);
    const points: [number, number][] = [];
    for (let i = 1; i <= count; i++) {
      let at = (total * i) / (count + 1);
      for (const line of lines) {
        const km = length(line);
        if (at <= km) {
          points.push(along(line, at).geometry.coordinates as [number, number]);
          break;
        }
        at -= km;
      }
    }
    return points;
  }
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const area = feature as Feature<Polygon | MultiPolygon>;
    const [w, s, e, n] = bbox(area);
    const side = Math.ceil(Math.sqrt(count));
    const points: [number, number][] = [];
    for (let i = 1; i <= side; i++) {
      for (let j = 1; j <= side; j++) {
        const p: [number, number] = [w + ((e - w) * i) / (side + 1), s + ((n - s) * j) / (side + 1)];
        if (booleanPointInPolygon(p, area)) points.push(p);
      }
    }
    return points;
  }
  return [];
}

/** Han ideographs, kana or hangul: text an English reader cannot read. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
