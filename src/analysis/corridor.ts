import { buffer } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { unionOf } from './clip';
import type { CorridorOf } from './nearby-limits';

type Line = Feature<LineString | MultiLineString>;

/** The lines a corridor follows: the one component, or every component for the axis. */
export function corridorLines<L extends Line>(lines: readonly L[], of: CorridorOf): L[] {
  return lines.filter((line) => of === 'axis' || line.properties?.component === of);
}

/** Everywhere within `km` kilometres (geodesic) of any of `lines`, on either side. */
export function corridorBand(lines: readonly Line[], km: number): Feature<MultiPolygon> {
  if (!(km > 0)) throw new RangeError(`a corridor reach must be a positive number of km, got ${km}`);
  const bands = lines.map((line) => buffer(line, km, { units: 'kilometers' })).filter((band): band is Feature<Polygon | MultiPolygon> => !!band);
  return unionOf(bands);
}
