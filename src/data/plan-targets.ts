import type { ContextSeed, IndicatorSeed, PartnersFile, ProgrammeSeed, SourceDocument } from './schemas/seeds.schema';

/** The plan's targets, programmes and partners, and the context figures, from seeds/: what the target and programme panels show. */
export interface PlanTargets {
  indicators: IndicatorSeed[];
  programmes: ProgrammeSeed[];
  partners: PartnersFile;
  context: ContextSeed[];
  documents: SourceDocument[];
}

let pending: Promise<PlanTargets> | undefined;

/** Loads these seeds once, when a panel that shows them first opens (never on first paint). */
export function loadPlanTargets(): Promise<PlanTargets> {
  pending ??= Promise.all([
    import('../../seeds/indicators.json'),
    import('../../seeds/programmes.json'),
    import('../../seeds/partners.json'),
    import('../../seeds/context.json'),
    import('../../seeds/sources.json'),
  ]).then(([indicators, programmes, partners, context, sources]) => ({
    indicators: indicators.default.records as IndicatorSeed[],
    programmes: programmes.default.records as ProgrammeSeed[],
    partners: partners.default as PartnersFile,
    context: context.default.records as ContextSeed[],
    documents: sources.default.documents as SourceDocument[],
  }));
  pending.catch(() => (pending = undefined));
  return pending;
}
