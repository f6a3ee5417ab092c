import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { REASON } from '../../src/data/validate/reasons.ts';
import { checkSeedAgreement, parseSeedFile, type Seeds } from '../../src/data/validate/seed-agreement.ts';
import { firstFeature, reasons } from './fixtures.ts';

const beltSeed = { id: 'belt-digital-finance', seq: 3, name_zh: '数字金融功能倍增带', name_en: 'Digital Finance Function Multiplier Belt', source: { doc: '001', section: '三(四)3' } };
const parkSeed = {
  id: 'park-smart-biomedicine',
  seq: 1,
  name_zh: '智慧生物医药产业园',
  name_en: 'Smart Biomedicine Industrial Park',
  planned_area_km2: 3.65,
  targets_2023: { industry_scale_yi_yuan: 100, digital_core_scale_yi_yuan: 30, digitalization_rate_pct: 30, digitalization_rate_scope: 'pilot_zone', digital_trade_sales_yi_yuan: null, cross_border_ecommerce_orders_wan: null },
  source: { doc: '001', section: '三(三)1' },
};
const beltFeature = (props: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  id: 'belt-digital-finance',
  geometry: { type: 'LineString', coordinates: [[121.2, 31.1], [121.3, 31.2]] },
  properties: { id: 'belt-digital-finance', kind: 'belt', name_zh: beltSeed.name_zh, name_en: beltSeed.name_en, source: '001 §三(四)3', ...props },
});
const seeds: Seeds = { 'belts.json': [beltSeed], 'base-parks.json': [parkSeed] };
const park = () => firstFeature('base-park-area-mismatch.geojson');
const layers = (belts: Feature[], parks: Feature[] = [park()]) => [
  { file: 'belts.geojson', features: belts },
  { file: 'base-parks.geojson', features: parks },
];

describe('seed-agreement', () => {
  it('accepts features that agree with their seeds', () => {
    expect(checkSeedAgreement(seeds, layers([beltFeature()]))).toEqual([]);
  });

  it('reports a differing name or source as SEED_MISMATCH, quoting both', () => {
    const problems = checkSeedAgreement(seeds, layers([beltFeature({ name_en: 'Finance Belt', source: '001 §三(四)' })]));
    expect(reasons(problems)).toEqual([REASON.SEED_MISMATCH, REASON.SEED_MISMATCH]);
    expect(problems[0].message).toBe('name_en is "Finance Belt" but seeds/belts.json says "Digital Finance Function Multiplier Belt"');
    expect(problems[1].message).toContain('"001 §三(四)3"');
  });

  it('reports a Chinese name that differs from the plan’s', () => {
    const problems = checkSeedAgreement(seeds, layers([beltFeature({ name_zh: '数字金融带' })]));
    expect(problems.map((p) => [p.reason, p.message])).toEqual([[REASON.SEED_MISMATCH, 'name_zh is "数字金融带" but seeds/belts.json says "数字金融功能倍增带"']]);
  });

  it('checks planned areas and targets for base parks only', () => {
    const beltWithArea = { ...beltSeed, planned_area_km2: 1 };
    expect(checkSeedAgreement({ ...seeds, 'belts.json': [beltWithArea] }, layers([beltFeature()]))).toEqual([]);
  });

  it('reports a base park whose area or target differs from the plan', () => {
    const f = park();
    f.properties = { ...f.properties, planned_area_km2: 3.6, target_2023_industry_scale_yi_yuan: null };
    const problems = checkSeedAgreement(seeds, layers([beltFeature()], [f]));
    expect(problems.map((p) => p.message.split(' ')[0])).toEqual(['planned_area_km2', 'target_2023_industry_scale_yi_yuan']);
    expect(reasons(problems)).toEqual([REASON.SEED_MISMATCH, REASON.SEED_MISMATCH]);
  });

  it('reports a seed without a feature, and a plan feature without a seed', () => {
    expect(checkSeedAgreement(seeds, layers([]))).toEqual([expect.objectContaining({ reason: REASON.MISSING_SEED_FEATURE, featureId: 'belt-digital-finance' })]);
    const extra = beltFeature();
    extra.id = 'belt-invented';
    expect(reasons(checkSeedAgreement(seeds, layers([beltFeature(), extra])))).toEqual([REASON.UNSEEDED_FEATURE]);
  });

  it('reports a seeded feature in the wrong file', () => {
    const problems = checkSeedAgreement(seeds, [...layers([beltFeature()]), { file: 'context-corridor.geojson', features: [beltFeature()] }]);
    expect(reasons(problems)).toEqual([REASON.SEED_MISMATCH, REASON.SEED_MISMATCH]);
  });

  it('parses seed files and reports what it needs but misses', () => {
    expect(parseSeedFile('belts.json', { records: [beltSeed] }).records).toHaveLength(1);
    const { planned_area_km2: _, ...noArea } = parkSeed;
    const bad = parseSeedFile('base-parks.json', { records: [noArea] });
    expect(bad.records).toBeUndefined();
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'seeds/base-parks.json', reason: REASON.BAD_SEED_FILE, message: expect.stringContaining('planned_area_km2') })]);
  });
});
