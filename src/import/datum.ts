import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { fromChineseDatum, type PositionConverter } from './crs';

export type DetectedDatum = 'GCJ02' | 'BD09';

/** A position this close to a surveyed station, once in WGS-84, is taken to be that station. */
const MATCH_M = 150;
/** At most this many positions are compared, spread evenly over the file. */
const SAMPLE_SIZE = 2000;

const HYPOTHESES: { datum: 'WGS84' | DetectedDatum; toWgs84: PositionConverter }[] = [
  { datum: 'WGS84', toWgs84: (p) => p },
  { datum: 'GCJ02', toWgs84: fromChineseDatum('GCJ02') },
  { datum: 'BD09', toWgs84: fromChineseDatum('BD09') },
];

const nearestM = (point: Position, stations: readonly Position[]) =>
  Math.min(...stations.map((station) => distance(point, station, { units: meters })));
const meters = 'meters' as const;

/**
 * Recognises AMap (GCJ-02) or Baidu (BD-09) coordinates by their offset from our surveyed Line 17
 * stations: positions that sit on a station only once converted from GCJ-02 (about 500 m off as
 * they are) or BD-09 vote for that datum. Null when no position lies near a station, or most of
 * those that do are already in WGS-84. `offsetM` is the median distance of the voters as they came.
 */
export function detectDatum(positions: readonly Position[], stations: readonly Position[]): { datum: DetectedDatum; offsetM: number } | null {
  if (stations.length === 0) return null;
  const step = Math.max(1, Math.floor(positions.length / SAMPLE_SIZE));
  const votes = new Map<string, number[]>();
  for (let i = 0; i < positions.length; i += step) {
    const [lon, lat] = positions[i];
    if (lon < 118 || lon > 124 || lat < 29 || lat > 33) continue;
    const fits = HYPOTHESES.map(({ datum, toWgs84 }) => ({ datum, m: nearestM(toWgs84(positions[i]), stations) }));
    const best = fits.reduce((a, b) => (b.m < a.m ? b : a));
    if (best.m > MATCH_M) continue;
    votes.set(best.datum, [...(votes.get(best.datum) ?? []), fits[0].m]);
  }
  const [winner, offsets] = [...votes].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!winner || winner === 'WGS84' || !offsets) return null;
  const sorted = [...offsets].sort((a, b) => a - b);
  return { datum: winner as DetectedDatum, offsetM: Math.round(sorted[Math.floor(sorted.length / 2)]) };
}
