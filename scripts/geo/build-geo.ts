/**
 * Rebuilds the derived layers of geo/ (base parks, pillars, sub-areas) from seeds/ and the
 * placement layers. Run after changing a seed figure or an anchor: `npm run build:geo`.
 */
import { join } from 'node:path';
import { deriveLayers } from './derive-layers.ts';
import { readDerivationInputs } from './derivation-inputs.ts';
import { writeFeatureCollection } from './geojson-io.ts';

const root = process.cwd();
const { seeds, layers } = readDerivationInputs(root);
for (const [file, collection] of Object.entries(deriveLayers(seeds, layers))) {
  writeFeatureCollection(join(root, 'geo', file), collection);
  console.log(`geo/${file}: ${collection.features.length} features`);
}
