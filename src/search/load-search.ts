import type { FeatureIndex } from '../data/feature-index';
import { loadPlanFacts } from '../data/plan-facts';
import type { PartnersFile, ProgrammeSeed } from '../data/schemas/seeds.schema';
import { SOURCE_FILE } from '../layers/sources';
import { PlaceSearch } from './place-search';
import { searchEntries } from './search-entries';

/**
 * The search over the loaded features and the plan's firms, partners and programmes. The search
 * box imports this module when it is first focused, so its libraries and seeds cost first paint nothing.
 */
export async function loadPlaceSearch(index: FeatureIndex): Promise<PlaceSearch> {
  const features = index.list(Object.keys(SOURCE_FILE).map((source) => ({ source })));
  const [facts, partners, programmes] = await Promise.all([
    loadPlanFacts(),
    import('../../seeds/partners.json'),
    import('../../seeds/programmes.json'),
  ]);
  const partnersFile = partners.default as PartnersFile;
  return new PlaceSearch(
    searchEntries(features, {
      baseParks: facts.baseParks,
      pillars: facts.pillars,
      programmes: programmes.default.records as ProgrammeSeed[],
      partners: partnersFile.records,
      partnersSection: partnersFile.source.section,
    }),
  );
}
