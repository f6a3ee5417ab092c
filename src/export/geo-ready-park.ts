import { rewind, truncate } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { areaSquareMetres, percentDifference } from '../analysis/measure';
import type { Provenance } from '../data/drawing.types';
import type { BaseParkProperties } from '../data/schemas/geo-feature.schema';

/** How the trace was made, for `geometry_source`. */
export interface TraceNote {
  /** The day it was traced (YYYY-MM-DD). */
  date: string;
  /** What it was traced over: the basemap's name. */
  basemap: string;
  /** Where the polygon came from when it was imported, not traced. */
  imported?: Provenance;
}

/** How the geometry was made, in the words `geometry_source` starts with. */
function madeHow({ basemap, date, imported }: TraceNote): string {
  if (!imported) return `Traced by hand on the ${basemap} basemap on ${date}`;
  const converted = imported.converted_with ? `, converted to WGS-84 with ${imported.converted_with}` : '';
  return `Imported from ${imported.source_file} (${imported.source_datum}${converted}) on ${date}`;
}

/**
 * A traced polygon as the park's feature in `geo/base-parks.geojson`: the park's id and
 * properties, the trace as geometry (6 decimals, RFC 7946 winding), `accuracy` 'approximate' and
 * `geometry_source` saying how and when it was traced (or imported, from what) and how its area
 * compares with the plan's.
 * `est_error_m` is left for the maintainer to judge (null), as only they know what was traced.
 * Only for a park whose plan states an area: one without stays a point in geo/.
 */
export function geoReadyPark(park: { properties: BaseParkProperties }, trace: Polygon, note: TraceNote): Feature<Polygon, BaseParkProperties> {
  const planned = park.properties.planned_area_km2;
  if (planned === null) throw new RangeError(`${park.properties.id}: the plan states no area, so geo/ keeps the park as a point`);
  const geometry = truncate(rewind(trace) as Polygon, { precision: 6 });
  const km2 = areaSquareMetres(geometry) / 1e6;
  const pct = percentDifference(km2, planned);
  return {
    type: 'Feature',
    id: park.properties.id,
    geometry,
    properties: {
      ...park.properties,
      footprint: 'polygon',
      accuracy: 'approximate',
      est_error_m: null,
      geometry_source: `${madeHow(note)}: ${km2.toFixed(3)} km², ${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(1)} % against the plan's ${planned} km² (Turf, geodesic). Not an official boundary.`,
    },
  };
}
