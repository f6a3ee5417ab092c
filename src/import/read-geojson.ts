import { crsFromMember } from './crs';
import { problem } from './problems';
import { decodeText, type ReadOutcome } from './read-result';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * GeoJSON: a FeatureCollection, one Feature or one bare geometry. JSON.parse makes a `__proto__`
 * key an ordinary own property, and nothing here merges objects, so no prototype can be reached.
 */
export function readGeoJson(bytes: Uint8Array): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(decodeText(bytes));
  } catch {
    return { ok: false, problem: problem('NOT_JSON') };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: problem('NOT_GEOJSON') };
  const root = data as { type?: unknown; features?: unknown; crs?: unknown };
  const declared = crsFromMember(root.crs);
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) return { ok: true, features: root.features, declared, problems: [] };
  if (root.type === 'Feature') return { ok: true, features: [root], declared, problems: [] };
  if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) {
    return { ok: true, features: [{ type: 'Feature', properties: {}, geometry: root }], declared, problems: [] };
  }
  return { ok: false, problem: problem('NOT_GEOJSON') };
}
