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

/** The nearest station to a point: its index and distance. */
function nearest(point: Position, stations: readonly Position[]): { station: number; m: number } {
  let best = { station: -1, m: Infinity };
  stations.forEach((station, i) => {
    const m = distance(point, station, { units: 'meters' });
    if (m < best.m) best = { station: i, m };
  });
  return best;
}

/** A datum is recognised only from this many different stations. */
const MIN_STATIONS = 3;
/** Positions out to this distance from a station measure how dense the data is around it. */
const AROUND_M = 1500;
/** The share of the area within AROUND_M that lies within MATCH_M of the station. */
const MATCH_SHARE = MATCH_M ** 2 / (AROUND_M ** 2 - MATCH_M ** 2);
/** On stations, data in a datum is this many times denser than around them. */
const MIN_PEAK = 10;

/**
 * Recognises AMap (GCJ-02) or Baidu (BD-09) coordinates by their offset from our surveyed Line 17
 * stations: positions that sit on a station only once converted from GCJ-02 (about 500 m off as
 * they are) or BD-09 vote for that datum. Dense data (a grid, a city's buildings) sits on some
 * stations under every hypothesis by chance, so a datum needs the data to peak on the stations:
 * far denser within MATCH_M of them than in the AROUND_M about them, at several stations. Otherwise
 * null, and the file is taken as WGS-84 unless the visitor says otherwise. `offsetM` is the median
 * distance of the voters as they came.
 */
export function detectDatum(positions: readonly Position[], stations: readonly Position[]): { datum: DetectedDatum; offsetM: number } | null {
  if (stations.length === 0) return null;
  const step = Math.max(1, Math.floor(positions.length / SAMPLE_SIZE));
  const evidence = new Map(HYPOTHESES.map(({ datum }) => [datum, { stations: new Set<number>(), around: 0, offsetsM: [] as number[] }]));
  for (let i = 0; i < positions.length; i += step) {
    const [lon, lat] = positions[i];
    if (lon < 118 || lon > 124 || lat < 29 || lat > 33) continue;
    const fits = HYPOTHESES.map(({ datum, toWgs84 }) => ({ datum, ...nearest(toWgs84(positions[i]), stations) }));
    for (const fit of fits) if (fit.m > MATCH_M && fit.m <= AROUND_M) evidence.get(fit.datum)!.around += 1;
    const best = fits.reduce((a, b) => (b.m < a.m ? b : a));
    if (best.m > MATCH_M) continue;
    const votes = evidence.get(best.datum)!;
    votes.stations.add(best.station);
    votes.offsetsM.push(fits[0].m);
  }
  const peaks = (votes: { offsetsM: number[]; around: number }) => votes.offsetsM.length >= MIN_PEAK * votes.around * MATCH_SHARE;
  const [datum, votes] = [...evidence].sort((a, b) => b[1].stations.size - a[1].stations.size)[0];
  if (datum === 'WGS84' || votes.stations.size < MIN_STATIONS || !peaks(votes)) return null;
  const sorted = [...votes.offsetsM].sort((a, b) => a - b);
  return { datum, offsetM: Math.round(sorted[Math.floor(sorted.length / 2)]) };
}
