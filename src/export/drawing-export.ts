import { toKML } from '@placemarkio/tokml';
import { geojsonToWKT } from '@terraformer/wkt';
import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import Papa from 'papaparse';
import { SQUARE_METRES_PER_MU } from '../analysis/measure';
import { measure } from '../analysis/shape-measure';

/** Anything in the drawings' shape: drawn, imported or derived features with an id. */
export type ExportableFeature = Feature<Geometry, Record<string, unknown> | null>;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The features with their geodesic measures added as properties (`length_m`: a line's length or
 * an area's perimeter; `area_m2`, `area_mu`: areas only), as one RFC 7946 FeatureCollection.
 */
export function withMeasures(features: readonly ExportableFeature[]): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: features.map((feature) => {
      const { lengthM, areaM2 } = measure(feature.geometry);
      const measures: Record<string, number> = {};
      if (lengthM > 0) measures.length_m = round(lengthM, 2);
      if (areaM2 > 0) Object.assign(measures, { area_m2: round(areaM2, 1), area_mu: round(areaM2 / SQUARE_METRES_PER_MU, 2) });
      return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties: { ...feature.properties, ...measures } };
    }),
  };
}

export function toGeoJSONText(features: readonly ExportableFeature[]): string {
  return `${JSON.stringify(withMeasures(features), null, 1)}\n`;
}

/** KML 2.2, declared UTF-8 so names in Chinese survive any reader. */
export function toKMLText(features: readonly ExportableFeature[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${toKML(withMeasures(features))}\n`;
}

/** CSV columns, in order. */
export const CSV_COLUMNS = ['id', 'kind', 'position', 'lon', 'lat', 'wkt', 'length_m', 'area_m2', 'area_mu', 'park_id', 'source_file', 'source_datum', 'converted_with'] as const;

/**
 * One row per feature. A point's `lon`/`lat` are the point (`position` = point); for lines and
 * areas they are the centroid (`position` = centroid) and `wkt` holds the whole geometry, with
 * the measures beside it. Coordinates are WGS-84; an imported feature says what it came in.
 */
export function toCSVText(features: readonly ExportableFeature[]): string {
  const rows = withMeasures(features).features.map((feature) => {
    const props = feature.properties ?? {};
    const isPoint = feature.geometry.type === 'Point';
    const [lon, lat] = isPoint ? (feature.geometry as { coordinates: number[] }).coordinates : centroid(feature).geometry.coordinates;
    return {
      id: feature.id ?? '',
      kind: props.mode ?? props.kind ?? feature.geometry.type,
      position: isPoint ? 'point' : 'centroid',
      lon: round(lon, 7),
      lat: round(lat, 7),
      wkt: isPoint ? '' : geojsonToWKT(feature.geometry),
      length_m: props.length_m ?? '',
      area_m2: props.area_m2 ?? '',
      area_mu: props.area_mu ?? '',
      park_id: props.park_id ?? '',
      source_file: props.source_file ?? '',
      source_datum: props.source_datum ?? '',
      converted_with: props.converted_with ?? '',
    };
  });
  // Quote formula-like values so a spreadsheet shows them as text and never runs them.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\n' });
}

/** A download's file name: `长三角数字干线-绘图-2026-11-21.geojson`. Chinese characters stay. */
export function exportFileName(what: string, date: Date, extension: string): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `长三角数字干线-${what}-${day}.${extension}`;
}
