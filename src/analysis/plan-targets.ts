import type { PlanPhase } from '../app/plan-phase';
import type { BaseParkSeed, IndicatorSeed, PartnerSeed, ProgrammeSeed } from '../data/schemas/seeds.schema';

/** An indicator's target for a year of the plan's table; null where the table shows "—". */
export function indicatorTarget(indicator: IndicatorSeed, phase: PlanPhase): number | null {
  return indicator[`target_${phase}`];
}


/** The figures every park section of the plan may state, compared across parks. */
export const PARK_METRICS = [
  { id: 'industry', field: 'industry_scale_yi_yuan', unit: { zh: '亿元', en: '100 million yuan' } },
  { id: 'digital-core', field: 'digital_core_scale_yi_yuan', unit: { zh: '亿元', en: '100 million yuan' } },
  { id: 'digitalisation', field: 'digitalization_rate_pct', unit: { zh: '%', en: '%' } },
] as const;
export type ParkMetricId = (typeof PARK_METRICS)[number]['id'];

export interface ParkFigure {
  id: string;
  name: { zh: string; en: string };
  value: number;
  /** For the digitalisation rate: whether it applies to the park's pilot zone only. */
  pilotZoneOnly: boolean;
}

/** One metric across the parks, in the plan's order: the parks that state it, and those that do not. */
export interface ParkComparison {
  stated: ParkFigure[];
  notStated: { id: string; name: { zh: string; en: string } }[];
}

export function compareParks(parks: readonly BaseParkSeed[], metric: ParkMetricId): ParkComparison {
  const { field } = PARK_METRICS.find((m) => m.id === metric)!;
  const comparison: ParkComparison = { stated: [], notStated: [] };
  for (const park of [...parks].sort((a, b) => a.seq - b.seq)) {
    const name = { zh: park.name_zh, en: park.name_en };
    const value = park.targets_2023[field];
    if (value === null) comparison.notStated.push({ id: park.id, name });
    else comparison.stated.push({ id: park.id, name, value, pilotZoneOnly: field === 'digitalization_rate_pct' && park.targets_2023.digitalization_rate_scope === 'pilot_zone' });
  }
  return comparison;
}

/** A programme's targets for one year (the plan sets programme targets for 2023 and 2027). */
export function programmeTargets(programme: ProgrammeSeed, year: PlanPhase) {
  return programme.targets.filter((target) => target.year === year);
}

/**
 * The partners whose name contains every word of the query (case and width of Latin letters
 * ignored); all of them for an empty query.
 */
export function filterPartners(partners: readonly PartnerSeed[], query: string): PartnerSeed[] {
  const words = normalise(query).split(' ').filter(Boolean);
  return partners.filter((partner) => {
    const name = normalise(`${partner.name_zh} ${partner.note_zh ?? ''}`);
    return words.every((word) => name.includes(word));
  });
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The context figures the programmes panel shows beside the plan: the New City, the industrial park, Shanghai's specialty parks. */
export const CONTEXT_FACT_IDS = [
  'ctx-new-city-area',
  'ctx-new-city-investment',
  'ctx-industrial-park-area',
  'ctx-shanghai-specialty-parks-count',
  'ctx-shanghai-specialty-parks-area',
] as const;
