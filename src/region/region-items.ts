import type { Bounds } from '../poster/poster-svg';

/** A place of the regional view: a feature the map draws, and the seeds/ records that say why it matters. */
export interface RegionItem {
  readonly featureId: string;
  /** Ids of records in seeds/context.json or seeds/programmes.json. */
  readonly recordIds: readonly string[];
}

/**
 * The trunk in the delta, as [west, south, east, north]: from the 2018 partner zone in Anhui to
 * Lingang on the coast, where the east–west data corridor starts.
 */
export const REGION_BOUNDS: Bounds = [117.7, 30.6, 121.95, 31.75];

/** What the regional view explains, from the coast inland. */
export const REGION_ITEMS: readonly RegionItem[] = [
  { featureId: 'corridor-east-west-data', recordIds: ['ctx-east-west-data-corridor'] },
  { featureId: 'boundary-320509', recordIds: ['prog-regional-linkage'] },
  { featureId: 'boundary-330421', recordIds: ['prog-regional-linkage'] },
  { featureId: 'poi-suzhou-industrial-park', recordIds: ['ctx-2018-cooperation-signing'] },
  { featureId: 'poi-jiaxing-etdz', recordIds: ['ctx-2018-cooperation-signing'] },
  { featureId: 'poi-chaohu-edz', recordIds: ['ctx-2018-cooperation-signing'] },
];

/** One record's text as the regional view shows it: its fact or goal, and its citation. */
export interface RegionFact {
  readonly zh: string;
  readonly en: string;
  /** "003 ¶1", "001 §四(一)1". */
  readonly source: string;
}

interface SourcedRecord {
  id: string;
  source: { doc: string; section: string };
  fact_zh?: string;
  fact_en?: string;
  goals_zh?: string[];
  goals_en?: string[];
}

/** The facts of seeds/ records by id: a context record's fact, a programme's goals. */
export function regionFacts(records: readonly SourcedRecord[]): Map<string, RegionFact> {
  const cite = (source: SourcedRecord['source']) => `${source.doc} ${source.section.startsWith('¶') ? '' : '§'}${source.section}`;
  return new Map(
    records.flatMap((record) => {
      const zh = record.fact_zh ?? record.goals_zh?.join('；');
      const en = record.fact_en ?? record.goals_en?.join('; ');
      return zh && en ? [[record.id, { zh, en, source: cite(record.source) }] as const] : [];
    }),
  );
}

/** Loads the records the regional view cites, when it first opens. */
export async function loadRegionFacts(): Promise<Map<string, RegionFact>> {
  const [context, programmes] = await Promise.all([import('../../seeds/context.json'), import('../../seeds/programmes.json')]);
  return regionFacts([...context.default.records, ...programmes.default.records] as SourcedRecord[]);
}
