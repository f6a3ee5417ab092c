import { buffer } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { unionOf } from './clip';

/** The trunk's three components, as `component` names them in geo/trunk-lines.geojson. */
export const TRUNK_COMPONENTS = ['g50', 'line17', 'dz_line'] as const;
export type TrunkComponent = (typeof TRUNK_COMPONENTS)[number];
/** What a corridor band follows: one component, or the whole axis (all three together). */
export const CORRIDOR_OF = ['axis', ...TRUNK_COMPONENTS] as const;
export type CorridorOf = (typeof CORRIDOR_OF)[number];

export const DEFAULT_CORRIDOR_KM = 2;
/** Band reaches a visitor may choose, in km either side of the line. */
export const CORRIDOR_LIMITS_KM = { min: 0.1, max: 20 } as const;

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
