import type {
  BaseParkSeed,
  BeltSeed,
  PillarSeed,
  SourceDocument,
  SubAreaSeed,
  TrunkSeed,
} from './schemas/seeds.schema';

/** The plan's facts from seeds/, as the cards use them. */
export interface PlanFacts {
  trunk: TrunkSeed[];
  pillars: PillarSeed[];
  baseParks: BaseParkSeed[];
  belts: BeltSeed[];
  subAreas: SubAreaSeed[];
  documents: SourceDocument[];
}

let pending: Promise<PlanFacts> | undefined;

/**
 * Loads seeds/ once, on demand (the first card), so that first paint does not carry it. The files
 * are checked against their schemas by the test suite, not again in the browser.
 */
export function loadPlanFacts(): Promise<PlanFacts> {
  pending ??= Promise.all([
    import('../../seeds/trunk.json'),
    import('../../seeds/pillars.json'),
    import('../../seeds/base-parks.json'),
    import('../../seeds/belts.json'),
    import('../../seeds/sub-areas.json'),
    import('../../seeds/sources.json'),
  ]).then(([trunk, pillars, baseParks, belts, subAreas, sources]) => ({
    trunk: trunk.default.records as TrunkSeed[],
    pillars: pillars.default.records as PillarSeed[],
    baseParks: baseParks.default.records as BaseParkSeed[],
    belts: belts.default.records as BeltSeed[],
    subAreas: subAreas.default.records as SubAreaSeed[],
    documents: sources.default.documents as SourceDocument[],
  }));
  pending.catch(() => (pending = undefined));
  return pending;
}
