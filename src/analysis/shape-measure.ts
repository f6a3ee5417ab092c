import { area, feature, length, polygonToLine } from '@turf/turf';
import type { Geometry } from 'geojson';

/* The Draw tool's measures: apart from measure.ts, so that the card does not load Turf's length. */

/** What can be measured of a drawn geometry: lengths in metres, areas in square metres. */
export interface Measure {
  /** Length of a line, or the perimeter of an area (outer rings and holes); 0 for points. */
  lengthM: number;
  /** Area with holes subtracted; 0 for points and lines. */
  areaM2: number;
}

/**
 * Geodesic length and area of a geometry, as Turf measures them on a sphere of R = 6371.0088 km
 * (within about 0.1 % of the ellipsoid at Qingpu's latitude).
 *
 * @example
 * measure({ type: 'LineString', coordinates: [[0, 0], [1, 0]] }) // { lengthM: 111195.08, areaM2: 0 }
 */
export function measure(geometry: Geometry): Measure {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return { lengthM: 0, areaM2: 0 };
    case 'LineString':
    case 'MultiLineString':
      return { lengthM: length(feature(geometry), { units: 'meters' }), areaM2: 0 };
    case 'Polygon':
    case 'MultiPolygon':
      return { lengthM: length(polygonToLine(geometry), { units: 'meters' }), areaM2: area(geometry) };
    case 'GeometryCollection':
      return geometry.geometries.map(measure).reduce((sum, m) => ({ lengthM: sum.lengthM + m.lengthM, areaM2: sum.areaM2 + m.areaM2 }), {
        lengthM: 0,
        areaM2: 0,
      });
  }
}
