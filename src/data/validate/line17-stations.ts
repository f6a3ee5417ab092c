import { distance, length, lineString, multiLineString, nearestPointOnLine } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { REASON, featureLabel, type Problem } from './reasons.ts';

/** How far a surveyed Line 17 station may lie from the surveyed track, in metres. */
export const SURVEYED_MAX_OFF_TRACK_M = 30;
/** Line 17 is numbered from its eastern terminus, Hongqiao Railway Station. */
export const LINE17_ORIGIN_ZH = '虹桥火车站';
/** Ends of track parts closer than this are joined when chaining the parts, in metres. */
const SNAP_M = 5;

type Located = { file: string; feature: Feature; index: number };

const isFinitePosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

/** The parts of a LineString or MultiLineString with at least two finite positions. */
function trackParts(feature: Feature): Position[][] {
  const g = feature.geometry;
  const parts = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
  return parts.filter((part) => Array.isArray(part) && part.length >= 2 && part.every(isFinitePosition));
}

const pointOf = (feature: Feature): Position | null =>
  feature.geometry?.type === 'Point' && isFinitePosition(feature.geometry.coordinates) ? feature.geometry.coordinates : null;

const metres = (m: number) => `${Math.round(m)} m`;
const km = (m: number) => `${(m / 1000).toFixed(3)} km`;

/**
 * The track as one line from the part end nearest `from` to the part end nearest `to`: the parts
 * (OpenStreetMap ways, in no order and for both directions) are edges between their ends, ends
 * within 5 m are one node, and the shortest chain of parts between the two nodes is joined.
 * Null when no chain connects them (a gap in the track); a single position when they coincide.
 */
export function chainTrack(parts: readonly Position[][], from: Position, to: Position): Position[] | null {
  const ends = parts.flatMap((part) => [part[0]!, part.at(-1)!]);
  // Union ends within SNAP_M of each other into nodes.
  const node = ends.map((_, i) => i);
  const root = (i: number): number => (node[i] === i ? i : (node[i] = root(node[i]!)));
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      if (distance(ends[i]!, ends[j]!, { units: 'meters' }) <= SNAP_M) node[root(j)] = root(i);
    }
  }
  const nearestNode = (p: Position) =>
    root(ends.reduce((best, e, i) => (distance(p, e) < distance(p, ends[best]!) ? i : best), 0));
  const start = nearestNode(from);
  const goal = nearestNode(to);
  if (start === goal) return [ends[start]!];

  // Dijkstra over the parts; each part is an edge usable in either direction.
  const edges = parts.map((part, i) => ({ a: root(2 * i), b: root(2 * i + 1), part, metres: length(lineString(part), { units: 'meters' }) }));
  const best = new Map<number, { metres: number; via?: { edge: number; reversed: boolean; prev: number } }>([[start, { metres: 0 }]]);
  const done = new Set<number>();
  for (;;) {
    let current: number | undefined;
    for (const [n, { metres: m }] of best) if (!done.has(n) && (current === undefined || m < best.get(current)!.metres)) current = n;
    if (current === undefined) return null;
    if (current === goal) break;
    done.add(current);
    const here = best.get(current)!.metres;
    edges.forEach((e, k) => {
      const next = e.a === current ? e.b : e.b === current ? e.a : undefined;
      if (next === undefined || done.has(next)) return;
      const m = here + e.metres;
      if (m < (best.get(next)?.metres ?? Infinity)) best.set(next, { metres: m, via: { edge: k, reversed: e.a !== current, prev: current } });
    });
  }
  const chain: Position[][] = [];
  for (let n = goal; n !== start; ) {
    const { via } = best.get(n)!;
    const { part } = edges[via!.edge]!;
    chain.unshift(via!.reversed ? [...part].reverse() : part);
    n = via!.prev;
  }
  return chain.flatMap((part, i) => (i === 0 ? part : part.slice(1)));
}

/**
 * Line 17's stations against its track (the `trunk_line` of component `line17`):
 *
 * - a surveyed station lies within 30 m of the track, any other within its own `est_error_m`
 *   (STATION_OFF_TRACK, naming the station and the distance in metres);
 * - the stations, by `seq`, follow the track from 虹桥火车站 (seq 1) on: their positions along the
 *   track (Turf `nearestPointOnLine`, `totalDistance`, formerly `location`) increase with `seq`
 *   (STATIONS_OUT_OF_ORDER);
 * - the track's parts join into one line from the first station to the last
 *   (TRACK_NOT_CONTINUOUS), as the ordering needs.
 *
 * Features whose geometry is not measurable are left to the other checks.
 */
export function checkLine17Stations(files: readonly { file: string; features: readonly Feature[] }[]): Problem[] {
  const all: Located[] = files.flatMap(({ file, features }) => features.map((feature, index) => ({ file, feature, index })));
  const track = all.find(({ feature }) => feature.properties?.kind === 'trunk_line' && feature.properties.component === 'line17');
  const stations = all
    .filter(({ feature }) => feature.properties?.kind === 'line17_station' && pointOf(feature) && typeof feature.properties.seq === 'number')
    .sort((x, y) => (x.feature.properties!.seq as number) - (y.feature.properties!.seq as number));
  const parts = track ? trackParts(track.feature) : [];
  if (!track || parts.length === 0 || stations.length === 0) return [];

  const problems: Problem[] = [];
  const label = ({ feature, index }: Located) => featureLabel(feature, index);
  const name = ({ feature }: Located) => `${feature.properties?.name_zh} (seq ${feature.properties?.seq})`;
  const trackLine = multiLineString(parts);

  for (const station of stations) {
    const props = station.feature.properties!;
    const offTrack = nearestPointOnLine(trackLine, pointOf(station.feature)!, { units: 'meters' }).properties.pointDistance;
    const surveyed = props.accuracy === 'surveyed';
    const allowed = surveyed ? SURVEYED_MAX_OFF_TRACK_M : typeof props.est_error_m === 'number' ? props.est_error_m : null;
    if (allowed !== null && offTrack > allowed) {
      const rule = surveyed ? `a surveyed station must lie within ${SURVEYED_MAX_OFF_TRACK_M} m of it` : `more than its est_error_m of ${allowed} m (${props.accuracy})`;
      problems.push({ file: station.file, featureId: label(station), reason: REASON.STATION_OFF_TRACK, message: `${name(station)} is ${metres(offTrack)} from the Line 17 track: ${rule}` });
    }
  }

  const origin = stations.find(({ feature }) => feature.properties?.name_zh === LINE17_ORIGIN_ZH) ?? stations[0]!;
  if (origin !== stations[0]) {
    problems.push({ file: origin.file, featureId: label(origin), reason: REASON.STATIONS_OUT_OF_ORDER, message: `${name(origin)} is Line 17's first station and must have the lowest seq; ${name(stations[0]!)} has a lower one` });
  }
  for (let i = 1; i < stations.length; i++) {
    if (stations[i]!.feature.properties!.seq === stations[i - 1]!.feature.properties!.seq) {
      problems.push({ file: stations[i]!.file, featureId: label(stations[i]!), reason: REASON.STATIONS_OUT_OF_ORDER, message: `${name(stations[i]!)} shares its seq with ${name(stations[i - 1]!)}` });
    }
  }
  const last = stations.at(-1)!;
  const path = chainTrack(parts, pointOf(origin.feature)!, pointOf(last.feature)!);
  if (path === null) {
    problems.push({ file: track.file, featureId: label(track), reason: REASON.TRACK_NOT_CONTINUOUS, message: `the parts of the track do not join up between the ends near ${name(origin)} and ${name(last)} (ends within ${SNAP_M} m count as joined), so the stations cannot be ordered along it` });
    return problems;
  }
  if (path.length < 2) return problems;
  const line = lineString(path);
  const along = stations.map((s) => nearestPointOnLine(line, pointOf(s.feature)!, { units: 'meters' }).properties.totalDistance);
  for (let i = 1; i < stations.length; i++) {
    if (along[i]! <= along[i - 1]!) {
      problems.push({
        file: stations[i]!.file,
        featureId: label(stations[i]!),
        reason: REASON.STATIONS_OUT_OF_ORDER,
        message: `${name(stations[i]!)} lies ${km(along[i]!)} along the track from ${LINE17_ORIGIN_ZH}, not beyond ${name(stations[i - 1]!)} at ${km(along[i - 1]!)}: the seq order is not the order along the line`,
      });
    }
  }
  return problems;
}
