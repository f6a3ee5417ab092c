import type { NamedArea } from '../analysis/overlap';
import type { NearbyData, StationFeature, TrunkLineFeature } from '../analysis/nearby-analysis';
import type { FeatureIndex } from '../data/feature-index';
import { SOURCE } from '../layers/sources';

/** What the nearby worker needs of the loaded features, as plain GeoJSON it can be sent. */
export function nearbyData(index: FeatureIndex): NearbyData {
  return {
    stations: index.list([{ source: SOURCE.stations, where: { kind: 'line17_station' } }]) as unknown as StationFeature[],
    trunkLines: index.list([{ source: SOURCE.trunkLines }]) as unknown as TrunkLineFeature[],
    areas: index.list([{ source: SOURCE.baseParks }, { source: SOURCE.pillars }]) as unknown as NamedArea[],
  };
}
