import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../data/feature-index';
import type { PlanFacts } from '../data/plan-facts';
import { buildFeatureDetail } from './feature-detail';

const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const facts: PlanFacts = {
  trunk: read<{ records: PlanFacts['trunk'] }>('seeds/trunk.json').records,
  pillars: read<{ records: PlanFacts['pillars'] }>('seeds/pillars.json').records,
  baseParks: read<{ records: PlanFacts['baseParks'] }>('seeds/base-parks.json').records,
  belts: read<{ records: PlanFacts['belts'] }>('seeds/belts.json').records,
  subAreas: read<{ records: PlanFacts['subAreas'] }>('seeds/sub-areas.json').records,
  documents: read<{ documents: PlanFacts['documents'] }>('seeds/sources.json').documents,
};
function feature(file: string, id: string): PlanFeature {
  const found = read<FeatureCollection>(`geo/${file}`).features.find((f) => f.id === id);
  if (!found) throw new Error(`no ${id} in ${file}`);
  return found as PlanFeature;
}
const figure = (detail: ReturnType<typeof buildFeatureDetail>, key: string) =>
  detail.figures.find((f) => f.labelKey === key)?.value;

describe('buildFeatureDetail', () => {
  it('gives a base park its planned area, the measured footprint and its 2023 targets', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-smart-low-carbon'), facts);
    expect(detail.area?.plannedKm2).toBe(2.4);
    expect(detail.area?.drawnKm2).toBeCloseTo(2.4, 2);
    expect(detail.area?.drawnMatchesPlan).toBe(true);
    expect(figure(detail, 'Figure.industryScale')).toBe(400);
    expect(figure(detail, 'Figure.digitalCoreScale')).toBe(200);
    expect(figure(detail, 'Figure.digitalizationRate')).toBe(50);
    // "到 2023 年，园区产业规模达到 400 亿元": the plan sets park targets for 2023.
    expect(detail.figures.map((f) => f.year)).toEqual([2023, 2023, 2023]);
    expect(detail.citation.label).toBe('001 §三(三)3');
    expect(detail.citation.document?.doc_number).toBe('青府办发〔2022〕9号');
    expect(detail.accuracy).toBe('indicative');
  });

  it('gives each 2023 target its unit: 亿元 for scales, % for the rate, 万单 for orders', () => {
    const lowCarbon = buildFeatureDetail(feature('base-parks.geojson', 'park-smart-low-carbon'), facts);
    expect(lowCarbon.figures).toEqual([
      { labelKey: 'Figure.industryScale', value: 400, unitKey: 'Unit.yiYuan', year: 2023 },
      { labelKey: 'Figure.digitalCoreScale', value: 200, unitKey: 'Unit.yiYuan', year: 2023 },
      { labelKey: 'Figure.digitalizationRate', value: 50, unitKey: 'Unit.pct', year: 2023 },
    ]);
    const trade = buildFeatureDetail(feature('base-parks.geojson', 'park-global-digital-trade'), facts);
    expect(trade.figures.at(-1)).toEqual({ labelKey: 'Figure.digitalTradeSales', value: 120, unitKey: 'Unit.yiYuan', year: 2023 });
    const ecommerce = buildFeatureDetail(feature('base-parks.geojson', 'park-cross-border-ecommerce'), facts);
    expect(ecommerce.figures.at(-1)).toEqual({ labelKey: 'Figure.crossBorderOrders', value: 650, unitKey: 'Unit.wanOrders', year: 2023 });
  });

  it('gives a base park its name, summary, focus and firms, and leaves out firms the plan does not name', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-smart-low-carbon'), facts);
    expect(detail.name).toEqual({ zh: '智慧低碳产业园', en: expect.stringMatching(/Low-Carbon/i) });
    expect(detail.summary?.zh).toBeTruthy();
    expect(detail.summary?.en).toBeTruthy();
    expect(detail.lists.map((l) => l.labelKey)).toEqual(['Card.focus', 'Card.firms']);
    expect(detail.lists[0].items.map((item) => item.zh)).toContain('氢能');
    expect(detail.lists[1].items[0]).toEqual({ zh: '三峡投资集团', en: null });
    const ecommerce = buildFeatureDetail(feature('base-parks.geojson', 'park-cross-border-ecommerce'), facts);
    expect(ecommerce.lists.map((l) => l.labelKey)).toEqual(['Card.focus']);
  });

  it('labels a pilot-zone rate as such and keeps the pilot zone area', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-smart-biomedicine'), facts);
    expect(figure(detail, 'Figure.digitalizationRatePilot')).toBe(30);
    expect(figure(detail, 'Figure.digitalizationRate')).toBeUndefined();
    expect(detail.pilotZone).toEqual({ name: { zh: '张江青浦园', en: 'Zhangjiang Qingpu Park' }, areaKm2: 1.2, areaMu: null });
  });

  it('shows "not stated" (null) rather than a number where the plan gives none', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-new-city-digital-commerce'), facts);
    expect(detail.area).toEqual({ plannedKm2: null, drawnKm2: null, drawnMatchesPlan: false });
    expect(detail.figures.map((f) => f.value)).toEqual([null, null, null]);
  });

  it('lists only the park-specific targets the plan sets', () => {
    const trade = buildFeatureDetail(feature('base-parks.geojson', 'park-global-digital-trade'), facts);
    expect(figure(trade, 'Figure.digitalTradeSales')).toBe(120);
    expect(figure(trade, 'Figure.crossBorderOrders')).toBeUndefined();
    const ecommerce = buildFeatureDetail(feature('base-parks.geojson', 'park-cross-border-ecommerce'), facts);
    expect(figure(ecommerce, 'Figure.crossBorderOrders')).toBe(650);
  });

  it('marks a pillar shape as not a plan area', () => {
    const detail = buildFeatureDetail(feature('pillars.geojson', 'pillar-xicen-innovation-centre'), facts);
    expect(detail.area?.plannedKm2).toBeNull();
    expect(detail.area?.drawnMatchesPlan).toBe(false);
    expect(detail.lists.find((l) => l.labelKey === 'Card.firms')?.items[0].zh).toContain('华为');
    // Pillars are numbered, but they are not stations.
    expect(detail.station).toBeNull();
  });

  it('describes a station with its line and order', () => {
    const detail = buildFeatureDetail(feature('trunk-stations.geojson', 'line17-14-xicen'), facts);
    expect(detail.station).toEqual({ seq: 14, lineId: 'trunk-line17' });
    expect(detail.accuracy).toBe('surveyed');
    expect(detail.citation.label).toBe('001 §三(一)');
  });

  it('compares a park with the area the visitor traced for it, flagging more than 5 % either way', () => {
    const park = feature('base-parks.geojson', 'park-smart-low-carbon');
    // 2.4 km² planned: 2.52 is +5 % exactly, 2.53 is over.
    expect(buildFeatureDetail(park, facts, 2.52).area?.traced).toEqual({ km2: 2.52, differencePct: expect.closeTo(5, 9), flagged: false });
    expect(buildFeatureDetail(park, facts, 2.53).area?.traced?.flagged).toBe(true);
    expect(buildFeatureDetail(park, facts, 2.2).area?.traced).toMatchObject({ differencePct: expect.closeTo(-8.33, 2), flagged: true });
    expect(buildFeatureDetail(park, facts).area?.traced).toBeUndefined();
  });

  it('gives no difference for a traced park whose plan states no area', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-global-digital-trade'), facts, 1.2);
    expect(detail.area?.plannedKm2).toBeNull();
    expect(detail.area?.traced).toEqual({ km2: 1.2, differencePct: null, flagged: false });
  });
});

const listItems = (detail: ReturnType<typeof buildFeatureDetail>, key: string) =>
  detail.lists.find((l) => l.labelKey === key)?.items;

describe('buildFeatureDetail for the other kinds of feature', () => {
  it('gives a sub-area the role the plan gives it and what it relies on, in Chinese only where no English exists', () => {
    const detail = buildFeatureDetail(feature('sub-areas.geojson', 'area-qingdong'), facts);
    expect(detail.lists.map((l) => l.labelKey)).toEqual(['Card.role', 'Card.reliesOn']);
    expect(listItems(detail, 'Card.role')?.[0].zh).toBe('数字五型经济示范田');
    expect(listItems(detail, 'Card.role')?.[0].en).toMatch(/five types of digital economy/);
    expect(listItems(detail, 'Card.reliesOn')).toEqual([{ zh: '虹桥国际开放枢纽', en: null }]);
    // A schematic shape: its area is measured, but it is not a plan figure.
    expect(detail.area?.plannedKm2).toBeNull();
    expect(detail.area?.drawnKm2).toBeGreaterThan(0);
    expect(detail.area?.drawnMatchesPlan).toBe(false);
    expect(detail.summary).toBeNull();
    expect(detail.figures).toEqual([]);
    // One of the three is drawn in two parts.
    const newCity = buildFeatureDetail(feature('sub-areas.geojson', 'area-new-city'), facts);
    expect(newCity.area?.drawnKm2).toBeGreaterThan(0);
  });

  it('gives a belt its summary, focus and the places the plan names, leaving out an empty list', () => {
    const tourism = buildFeatureDetail(feature('belts.geojson', 'belt-digital-culture-tourism'), facts);
    expect(tourism.summary?.zh).toContain('长三角数字广告产业园');
    expect(tourism.summary?.en).toContain('Digital Advertising Industrial Park');
    expect(listItems(tourism, 'Card.focus')?.[0]).toEqual({ zh: '数字广告', en: 'Digital advertising' });
    expect(listItems(tourism, 'Card.namedPlaces')).toEqual([{ zh: '长三角数字广告产业园', en: null }]);
    // A line has no area to show.
    expect(tourism.area).toBeNull();

    const agriculture = buildFeatureDetail(feature('belts.geojson', 'belt-digital-agriculture'), facts);
    expect(listItems(agriculture, 'Card.focus')?.map((item) => item.zh)).toContain('植物工厂');
    expect(agriculture.lists.map((l) => l.labelKey)).toEqual(['Card.focus']);
  });

  it('gives a trunk line the other names it goes by', () => {
    const detail = buildFeatureDetail(feature('trunk-lines.geojson', 'trunk-dz-line'), facts);
    expect(detail.summary?.zh).toContain('示范区');
    expect(listItems(detail, 'Card.aka')).toEqual([
      { zh: '示范区线', en: null },
      { zh: '沪苏嘉线', en: null },
    ]);
    expect(detail.area).toBeNull();
    expect(detail.accuracy).toBe('schematic');
  });

  it('lists a pillar’s platforms in Chinese and leaves out lists the plan does not fill', () => {
    const cbd = buildFeatureDetail(feature('pillars.geojson', 'pillar-hongqiao-cbd'), facts);
    expect(listItems(cbd, 'Card.platforms')?.[0]).toEqual({ zh: '北斗西虹桥基地', en: null });
    const livingRoom = buildFeatureDetail(feature('pillars.geojson', 'pillar-water-town-living-room'), facts);
    expect(livingRoom.lists.map((l) => l.labelKey)).toEqual(['Card.focus']);
    expect(livingRoom.summary?.zh).toBeTruthy();
  });

  it('shows the area the plan states for a place: 91.1 km² for Qingpu New City', () => {
    const detail = buildFeatureDetail(feature('context-places.geojson', 'poi-qingpu-new-city'), facts);
    // An area is not a target: it shows whatever the year.
    expect(detail.figures).toEqual([{ labelKey: 'Figure.statedArea', value: 91.1, unitKey: 'Unit.km2', year: null }]);
    const town = buildFeatureDetail(feature('context-places.geojson', 'town-xiayang'), facts);
    expect(town.figures).toEqual([]);
    expect(town.lists).toEqual([]);
    expect(town.summary).toBeNull();
    expect(town.citation.document).toBeNull();
  });

  it('carries a station’s note, and none where there is none', () => {
    const renamed = buildFeatureDetail(feature('trunk-stations.geojson', 'line17-02-zhuguang-road'), facts);
    expect(renamed.note).toEqual({ zh: '另有资料列为国家会展中心；该站是否更名未经核实。', en: expect.stringMatching(/^Also listed as 国家会展中心/) });
    expect(buildFeatureDetail(feature('trunk-stations.geojson', 'line17-14-xicen'), facts).note).toBeNull();
  });
});
