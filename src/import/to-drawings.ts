import type { Geometry, Position } from 'geojson';
import type { Drawing, Provenance } from '../data/drawing.types';
import type { CrsKind } from './crs-names';
import { layerFeatures, type ImportedLayer } from './saved-imports';

/** The drawing layer keeps 7 decimals (about 1 cm) and refuses positions with more. */
const DECIMALS = 7;
const DATUM_NAME: Record<Exclude<CrsKind, 'projected'>, string> = { WGS84: 'WGS-84', GCJ02: 'GCJ-02', BD09: 'BD-09', unknown: 'unknown' };
const CONVERTED_WITH: Partial<Record<CrsKind, string>> = { GCJ02: 'gcoord', BD09: 'gcoord', projected: 'proj4' };

/** What an imported layer's features say of where they came from. */
export function provenanceOf(layer: Pick<ImportedLayer, 'sourceName' | 'datum' | 'crsName'>): Provenance {
  const source_datum = layer.datum === 'projected' ? (layer.crsName ?? 'projected') : DATUM_NAME[layer.datum];
  const converted_with = CONVERTED_WITH[layer.datum];
  return { source_file: layer.sourceName, source_datum, ...(converted_with ? { converted_with } : {}) };
}

const position = (p: Position): Position => [Number(p[0].toFixed(DECIMALS)), Number(p[1].toFixed(DECIMALS))];

/** The shapes the drawing tool can hold (points, lines, areas without holes), from one geometry; multi-part geometries give one shape per part. */
function shapes(geometry: Geometry | null): Drawing['geometry'][] | null {
  switch (geometry?.type) {
    case 'Point':
      return [{ type: 'Point', coordinates: position(geometry.coordinates) }];
    case 'MultiPoint':
      return geometry.coordinates.map((p) => ({ type: 'Point', coordinates: position(p) }));
    case 'LineString':
      return [{ type: 'LineString', coordinates: geometry.coordinates.map(position) }];
    case 'MultiLineString':
      return geometry.coordinates.map((line) => ({ type: 'LineString', coordinates: line.map(position) }));
    case 'Polygon':
      return geometry.coordinates.length === 1 ? [{ type: 'Polygon', coordinates: [geometry.coordinates[0].map(position)] }] : null;
    case 'MultiPolygon':
      return geometry.coordinates.every((rings) => rings.length === 1)
        ? geometry.coordinates.map((rings) => ({ type: 'Polygon', coordinates: [rings[0].map(position)] }))
        : null;
    default:
      return null;
  }
}

const MODE = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' } as const;

/**
 * An imported layer's features as drawings the drawing tool can link and export, each carrying
 * where it came from. An area with holes, or a geometry collection, has no drawing-tool shape:
 * such features are counted in `left`, and stay on the map as imported.
 */
export function drawingsFromImport(layer: ImportedLayer, newId: () => string): { drawings: Drawing[]; left: number } {
  const provenance = provenanceOf(layer);
  const drawings: Drawing[] = [];
  let left = 0;
  for (const feature of layerFeatures(layer)) {
    const parts = shapes(feature.geometry);
    if (!parts) left++;
    for (const geometry of parts ?? []) drawings.push({ type: 'Feature', id: newId(), geometry, properties: { mode: MODE[geometry.type], ...provenance } });
  }
  return { drawings, left };
}
