import { distance, lineString, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { chainTrack } from '../data/validate/line17-stations';
import type { TrunkComponent } from './nearby-limits';

/** A Line 17 station with the names the reader sees. */
export interface NamedStation {
  id: string;
  name_zh: string;
  name_en: string;
  position: Position;
}

/**
 * The line chainage is measured on: Metro Line 17's surveyed track joined into one line, and the
 * distance along it at which its first station (虹桥火车站, the east end) stands.
 */
export interface ChainageAxis {
  line: Feature<LineString>;
  originM: number;
}

export interface Chainage {
  /** Km along the axis from the first station to the point's foot on the axis (negative east of it). */
  alongKm: number;
  /** Where the perpendicular from the point meets the axis. */
  foot: Position;
  /** Metres from the point to the axis. */
  offAxisM: number;
  nearestStation: NamedStation & { distanceM: number };
  /** The trunk component nearest the point and its distance in metres. */
  nearestTrunk: { component: TrunkComponent; distanceM: number };
}

/**
 * The axis through Line 17's track parts (OpenStreetMap ways, both directions, in no order) from
 * the first station to the last. Null when the parts do not join up between them.
 */
export function chainageAxis(trackParts: readonly Position[][], first: Position, last: Position): ChainageAxis | null {
  const path = chainTrack(trackParts, first, last);
  if (!path || path.length < 2) return null;
  const line = lineString(path);
  return { line, originM: nearestPointOnLine(line, first, { units: 'meters' }).properties.totalDistance };
}

/** Where `point` lies relative to the trunk: along it, off it, and its nearest station. */
export function chainageAt(
  point: Position,
  axis: ChainageAxis,
  stations: readonly NamedStation[],
  trunkLines: readonly Feature<LineString | MultiLineString, { component: TrunkComponent }>[],
): Chainage {
  if (stations.length === 0 || trunkLines.length === 0) throw new RangeError('chainage needs at least one station and one trunk line');
  const onAxis = nearestPointOnLine(axis.line, point, { units: 'meters' });
  const station = stations
    .map((s) => ({ ...s, distanceM: distance(point, s.position, { units: 'meters' }) }))
    .reduce((best, s) => (s.distanceM < best.distanceM ? s : best));
  const trunk = trunkLines
    .map((line) => ({ component: line.properties.component, distanceM: distanceToLineM(point, line) }))
    .reduce((best, t) => (t.distanceM < best.distanceM ? t : best));
  return {
    alongKm: (onAxis.properties.totalDistance - axis.originM) / 1000,
    foot: onAxis.geometry.coordinates,
    offAxisM: onAxis.properties.pointDistance,
    nearestStation: station,
    nearestTrunk: trunk,
  };
}

/** Geodesic distance from a point to the nearest part of a line, in metres. */
function distanceToLineM(point: Position, line: Feature<LineString | MultiLineString>): number {
  const g = line.geometry;
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return Math.min(...parts.map((part) => pointToLineDistance(point, lineString(part), { units: 'meters', method: 'geodesic' })));
}
