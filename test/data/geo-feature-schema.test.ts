/**
 * FeaturePropertiesSchema rejects what its rules forbid. Each case takes a real feature of geo/,
 * breaks one rule of geo-feature.schema.ts, and expects check:geo's properties check to refuse it.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, FeaturePropertiesSchema, LAYER_FILES } from '../../src/data/schemas/geo-feature.schema';

const features = Object.keys(LAYER_FILES).flatMap((file) => (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection).features);
/** The properties of the first feature of geo/ matching `test`. */
const first = (test: (p: Record<string, any>) => boolean) => structuredClone(features.map((f) => f.properties!).find(test)!);
const ofKind = (kind: string) => first((p) => p.kind === kind);
const edited = (props: Record<string, any>, change: (p: Record<string, any>) => void) => {
  const p = structuredClone(props);
  change(p);
  return p;
};
const accepts = (props: unknown) => FeaturePropertiesSchema.safeParse(props).success;

describe('feature properties', () => {
  it('accepts every feature of geo/, and geo/ has every kind', () => {
    expect(features.filter((f) => !accepts(f.properties)).map((f) => f.id)).toEqual([]);
    expect(new Set(features.map((f) => f.properties!.kind))).toEqual(new Set(FEATURE_KINDS));
  });

  it.each([
    ['an id in capitals', ofKind('belt'), (p: Record<string, any>) => (p.id = 'Belt-Digital-Finance')],
    ['an id with an underscore', ofKind('belt'), (p: Record<string, any>) => (p.id = 'belt_digital_finance')],
    ['an id with a trailing dash', ofKind('belt'), (p: Record<string, any>) => (p.id = 'belt-')],
    ['an id with a double dash', ofKind('belt'), (p: Record<string, any>) => (p.id = 'belt--finance')],
    ['an empty Chinese name', ofKind('water'), (p: Record<string, any>) => (p.name_zh = '')],
    ['an empty English name', ofKind('water'), (p: Record<string, any>) => (p.name_en = '')],
    ['a two-letter source', ofKind('water'), (p: Record<string, any>) => (p.source = 'ab')],
    ['a two-letter geometry source', ofKind('water'), (p: Record<string, any>) => (p.geometry_source = 'ab')],
    ['a two-letter licence', ofKind('water'), (p: Record<string, any>) => (p.license = 'ab')],
    ['no Chinese geometry source', ofKind('water'), (p: Record<string, any>) => delete p.geometry_source_zh],
    ['an empty Chinese geometry source', ofKind('base_park'), (p: Record<string, any>) => (p.geometry_source_zh = '')],
    ['no Chinese licence', ofKind('line17_station'), (p: Record<string, any>) => delete p.license_zh],
    ['an unknown accuracy', ofKind('water'), (p: Record<string, any>) => (p.accuracy = 'exact')],
    ['an error of 0 m', ofKind('water'), (p: Record<string, any>) => (p.est_error_m = 0)],
    ['an unknown kind', ofKind('water'), (p: Record<string, any>) => (p.kind = 'river')],
    ['a plan source without a section', ofKind('belt'), (p: Record<string, any>) => (p.source = '001')],
    ['a plan source with a space in the section', ofKind('belt'), (p: Record<string, any>) => (p.source = '001 §三 (四)1')],
    ['a plan source of an unknown document', ofKind('belt'), (p: Record<string, any>) => (p.source = '101 §三')],
    ['a plan source with text before it', ofKind('belt'), (p: Record<string, any>) => (p.source = 'see 001 §三')],
    ['an unknown trunk component', ofKind('trunk_line'), (p: Record<string, any>) => (p.component = 'g60')],
    ['a station numbered 0', ofKind('line17_station'), (p: Record<string, any>) => (p.seq = 0)],
    ['a station numbered 1.5', ofKind('line17_station'), (p: Record<string, any>) => (p.seq = 1.5)],
    ['a station of an unknown line', ofKind('line17_station'), (p: Record<string, any>) => (p.line = 'trunk-line9')],
    ['a station with an unknown key', ofKind('dz_station'), (p: Record<string, any>) => (p.platforms = 2)],
    ['a sixth pillar', ofKind('pillar'), (p: Record<string, any>) => (p.seq = 6)],
    ['a pillar numbered 0', ofKind('pillar'), (p: Record<string, any>) => (p.seq = 0)],
    ['an eleventh base park', ofKind('base_park'), (p: Record<string, any>) => (p.seq = 11)],
    ['a base park numbered 0', ofKind('base_park'), (p: Record<string, any>) => (p.seq = 0)],
    ['a base park with a negative area', ofKind('base_park'), (p: Record<string, any>) => (p.planned_area_km2 = -3.65)],
    ['a base park drawn as a line', ofKind('base_park'), (p: Record<string, any>) => (p.footprint = 'line')],
    ['a base park target that is text', ofKind('base_park'), (p: Record<string, any>) => (p.target_2023_industry_scale_yi_yuan = '100')],
    ['a base park without its cross-border target', ofKind('base_park'), (p: Record<string, any>) => delete p.target_2023_cross_border_ecommerce_orders_wan],
    ['a boundary of unknown role', ofKind('boundary'), (p: Record<string, any>) => (p.role = 'capital')],
    ['a boundary with a fractional adcode', ofKind('boundary'), (p: Record<string, any>) => (p.adcode = 310118.5)],
    ['a town in an unknown sub-area', ofKind('town'), (p: Record<string, any>) => (p.sub_area = 'area-qingnan')],
    ['a place with an area of 0', ofKind('poi'), (p: Record<string, any>) => (p.stated_area_km2 = 0)],
    ['an anchor whose target is not an id', ofKind('anchor'), (p: Record<string, any>) => (p.target = 'Park A')],
    ['an anchor with a radius of 0', ofKind('anchor'), (p: Record<string, any>) => (p.indicative_radius_m = 0)],
    ['a corridor without a plan source', ofKind('corridor'), (p: Record<string, any>) => (p.source = 'our estimate')],
    ['a sub-area without a plan source', ofKind('sub_area'), (p: Record<string, any>) => (p.source = 'our estimate')],
    ['a water feature with a plan-only key', ofKind('water'), (p: Record<string, any>) => (p.seq = 1)],
  ])('rejects %s', (_, props, change) => {
    expect(accepts(props)).toBe(true);
    expect(accepts(edited(props, change))).toBe(false);
  });

  it('accepts a plan source citing any section form of the plan', () => {
    for (const source of ['001 §三', '001 §三(三)1', '001 §附件2', '004 §¶3']) expect(accepts({ ...ofKind('belt'), source }), source).toBe(true);
  });
});
