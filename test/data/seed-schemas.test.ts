/**
 * The seed schemas reject what their rules forbid. Each case takes a real record from seeds/,
 * breaks one rule stated in seeds.schema.ts, and expects the schema to say no, so a typo in
 * seeds/ cannot reach the cards unnoticed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  BaseParkSeedSchema,
  BeltSeedSchema,
  ContextSeedSchema,
  IndicatorSeedSchema,
  PillarSeedSchema,
  ProgrammeSeedSchema,
  ProgrammeTargetSchema,
  SeedSourceSchema,
  SourceDocumentSchema,
  SubAreaSeedSchema,
  TrunkSeedSchema,
  formatSeedSource,
} from '../../src/data/schemas/seeds.schema';

const read = (name: string) => JSON.parse(readFileSync(`seeds/${name}`, 'utf8')) as { records: Record<string, unknown>[]; documents: Record<string, unknown>[] };
const copy = <T>(x: T): T => structuredClone(x);

const park = read('base-parks.json').records.find((r) => r.id === 'park-smart-biomedicine')!;
const parkWithoutPilotZone = read('base-parks.json').records.find((r) => r.pilot_zone === null && (r.targets_2023 as { digitalization_rate_scope: unknown }).digitalization_rate_scope === 'park')!;
const programme = read('programmes.json').records.find((p) => (p.targets as { bound?: string }[]).some((t) => t.bound === 'range'))!;
const rangeTarget = (programme.targets as Record<string, unknown>[]).find((t) => t.bound === 'range')!;
const context = read('context.json').records.find((c) => c.value !== null)!;
const document = read('sources.json').documents.find((d) => d.id === '001')!;
const indicator = read('indicators.json').records[0];
const trunk = read('trunk.json').records[0];
const pillar = read('pillars.json').records[0];
const belt = read('belts.json').records[0];
const subArea = read('sub-areas.json').records[0];

/** `record` with `change` applied to a copy. */
const edited = <T extends Record<string, unknown>>(record: T, change: (r: Record<string, any>) => void) => {
  const r = copy(record);
  change(r);
  return r;
};
const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

describe('seed schemas accept the committed seeds', () => {
  it.each([
    ['base park', BaseParkSeedSchema, park],
    ['base park without pilot zone', BaseParkSeedSchema, parkWithoutPilotZone],
    ['programme', ProgrammeSeedSchema, programme],
    ['context fact', ContextSeedSchema, context],
    ['document', SourceDocumentSchema, document],
    ['indicator', IndicatorSeedSchema, indicator],
    ['trunk', TrunkSeedSchema, trunk],
    ['pillar', PillarSeedSchema, pillar],
    ['belt', BeltSeedSchema, belt],
    ['sub-area', SubAreaSeedSchema, subArea],
  ] as const)('%s', (_, schema, record) => {
    expect(accepts(schema, record)).toBe(true);
  });
});

describe('source references', () => {
  it.each(['三', '三(三)', '三(三)1', '四(一)12', '二 表', '附件1', '附件2', '¶1', '¶12'])('accepts the section %s', (section) => {
    expect(accepts(SeedSourceSchema, { doc: '001', section })).toBe(true);
  });

  it.each(['', '六', '三(六)', '三(三)123', '二表', '附件3', '¶0', '¶', 'x三', '三x', '§三'])('rejects the section %j', (section) => {
    expect(accepts(SeedSourceSchema, { doc: '001', section })).toBe(false);
  });

  it('rejects an unknown document and an extra key', () => {
    expect(accepts(SeedSourceSchema, { doc: '005', section: '三' })).toBe(false);
    expect(accepts(SeedSourceSchema, { doc: '001', section: '三', page: 3 })).toBe(false);
  });

  it('is displayed as document § section', () => {
    expect(formatSeedSource({ doc: '001', section: '三(三)1' })).toBe('001 §三(三)1');
  });
});

describe('records that break a rule', () => {
  it.each<[string, z.ZodType, Record<string, unknown>]>([
    ['a base park with a negative area', BaseParkSeedSchema, edited(park, (r) => (r.planned_area_km2 = -1))],
    ['a base park with an infinite target', BaseParkSeedSchema, edited(park, (r) => (r.targets_2023.industry_scale_yi_yuan = Infinity))],
    ['a digitalisation rate over 100 %', BaseParkSeedSchema, edited(park, (r) => (r.targets_2023.digitalization_rate_pct = 101))],
    ['a rate without its scope', BaseParkSeedSchema, edited(park, (r) => (r.targets_2023.digitalization_rate_scope = null))],
    ['a scope without a rate', BaseParkSeedSchema, edited(park, (r) => (r.targets_2023.digitalization_rate_pct = null))],
    ['a rate scoped to a pilot zone the park lacks', BaseParkSeedSchema, edited(parkWithoutPilotZone, (r) => (r.targets_2023.digitalization_rate_scope = 'pilot_zone'))],
    ['a pilot zone with no area', BaseParkSeedSchema, edited(park, (r) => Object.assign(r.pilot_zone, { area_km2: null, area_mu: null }))],
    ['focus lists of different lengths', BaseParkSeedSchema, edited(park, (r) => r.focus_en.pop())],
    ['a firm with an unknown role', BaseParkSeedSchema, edited(park, (r) => (r.firms[0].role = 'sponsor'))],
    ['a blank name', BaseParkSeedSchema, edited(park, (r) => (r.name_en = '   '))],
    ['a one-character evidence snippet', BaseParkSeedSchema, edited(park, (r) => (r.evidence = ['x']))],
    ['no evidence', BaseParkSeedSchema, edited(park, (r) => (r.evidence = []))],
    ['an unknown base park', BaseParkSeedSchema, edited(park, (r) => (r.id = 'park-elsewhere'))],
    ['an unknown key', BaseParkSeedSchema, edited(park, (r) => (r.area = 1))],
    ['a sequence of 0', BaseParkSeedSchema, edited(park, (r) => (r.seq = 0))],
    ['a fractional sequence', BaseParkSeedSchema, edited(park, (r) => (r.seq = 1.5))],
    ['pillar firms lists of different lengths', PillarSeedSchema, edited(pillar, (r) => r.firms_en.push(null))],
    ['pillar focus lists of different lengths', PillarSeedSchema, edited(pillar, (r) => r.focus_zh.pop())],
    ['belt focus lists of different lengths', BeltSeedSchema, edited(belt, (r) => r.focus_zh.pop())],
    ['an unknown trunk component', TrunkSeedSchema, edited(trunk, (r) => (r.id = 'trunk-g60'))],
    ['an unknown sub-area', SubAreaSeedSchema, edited(subArea, (r) => (r.id = 'area-qingnan'))],
    ['an indicator id that is not kebab-case', IndicatorSeedSchema, edited(indicator, (r) => (r.id = 'Digital_Economy'))],
    ['an indicator id with a trailing dash', IndicatorSeedSchema, edited(indicator, (r) => (r.id = 'digital-'))],
    ['a negative indicator target', IndicatorSeedSchema, edited(indicator, (r) => (r.target_2023 = -5))],
    ['a programme in the wrong layer', ProgrammeSeedSchema, edited(programme, (r) => (r.layer_zh = r.layer === 'platform' ? '应用层' : '平台层'))],
    ['programme goals of different lengths', ProgrammeSeedSchema, edited(programme, (r) => r.goals_en.push('extra'))],
    ['programme tasks of different lengths', ProgrammeSeedSchema, edited(programme, (r) => r.tasks_en.push('extra'))],
    ['a target year outside the plan', ProgrammeTargetSchema, edited(rangeTarget, (r) => (r.year = 2025))],
    ['a range without an upper end', ProgrammeTargetSchema, edited(rangeTarget, (r) => delete r.value_max)],
    ['an upper end without a range', ProgrammeTargetSchema, edited(rangeTarget, (r) => (r.bound = 'at_least'))],
    ['a range whose upper end is not above its lower', ProgrammeTargetSchema, edited(rangeTarget, (r) => (r.value_max = r.value))],
    ['a range with no lower end', ProgrammeTargetSchema, edited(rangeTarget, (r) => (r.value = null))],
    ['a context value without units', ContextSeedSchema, edited(context, (r) => Object.assign(r, { unit_zh: null, unit_en: null }))],
    ['a context unit in one language only', ContextSeedSchema, edited(context, (r) => (r.unit_en = null))],
    ['context units without a value', ContextSeedSchema, edited(context, (r) => (r.value = null))],
    ['a context id without ctx-', ContextSeedSchema, edited(context, (r) => (r.id = 'new-city-area'))],
    ['a context year before 1990', ContextSeedSchema, edited(context, (r) => (r.year = 1989))],
    ['a context year after 2035', ContextSeedSchema, edited(context, (r) => (r.year = 2036))],
    ['a document file name that is not <id>_<16 hex>.txt', SourceDocumentSchema, edited(document, (r) => (r.file = '001_plan.txt'))],
    ['a document date that is not a date', SourceDocumentSchema, edited(document, (r) => (r.date = '2022-02-30'))],
    ['a document of unknown kind', SourceDocumentSchema, edited(document, (r) => (r.kind = 'blog'))],
  ])('rejects %s', (_, schema, record) => {
    expect(accepts(schema, record)).toBe(false);
  });
});
