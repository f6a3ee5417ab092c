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
    expect(detail.citation.label).toBe('001 §三(三)3');
    expect(detail.citation.document?.doc_number).toBe('青府办发〔2022〕9号');
    expect(detail.accuracy).toBe('indicative');
  });

  it('labels a pilot-zone rate as such and keeps the pilot zone area', () => {
    const detail = buildFeatureDetail(feature('base-parks.geojson', 'park-smart-biomedicine'), facts);
    expect(figure(detail, 'Figure.digitalizationRatePilot')).toBe(30);
    expect(figure(detail, 'Figure.digitalizationRate')).toBeUndefined();
    expect(detail.pilotZone?.areaKm2).toBe(1.2);
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
  });

  it('describes a station with its line and order', () => {
    const detail = buildFeatureDetail(feature('trunk-stations.geojson', 'line17-14-xicen'), facts);
    expect(detail.station).toEqual({ seq: 14, lineId: 'trunk-line17' });
    expect(detail.accuracy).toBe('surveyed');
    expect(detail.citation.label).toBe('001 §三(一)');
  });
});
