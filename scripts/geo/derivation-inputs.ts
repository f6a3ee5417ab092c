import { join } from 'node:path';
import type { PlacementLayers, PlanSeeds } from './derive-layers.ts';
import { readJson } from './geojson-io.ts';

/** Reads the seeds and geo/ layers the derived layers are built from. */
export function readDerivationInputs(root: string): { seeds: PlanSeeds; layers: PlacementLayers } {
  const records = <T>(file: string) => readJson<{ records: T }>(join(root, 'seeds', file)).records;
  return {
    seeds: {
      basePark: records<PlanSeeds['basePark']>('base-parks.json'),
      pillar: records<PlanSeeds['pillar']>('pillars.json'),
      subArea: records<PlanSeeds['subArea']>('sub-areas.json'),
    },
    layers: {
      anchors: readJson(join(root, 'geo', 'anchors.geojson')),
      boundaries: readJson(join(root, 'geo', 'context-boundaries.geojson')),
      places: readJson(join(root, 'geo', 'context-places.geojson')),
    },
  };
}
