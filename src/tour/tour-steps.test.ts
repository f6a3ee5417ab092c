import { centroid } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collapse, parseCitation, parsePlanSections } from '../data/validate/plan-sections';
import { TOUR_STEP_COUNT } from './tour-length';
import { TOUR_STEPS } from './tour-steps';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const features = new Map<string, Feature>(
  readdirSync('geo')
    .filter((file) => file.endsWith('.geojson'))
    .flatMap((file) => (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection).features)
    .map((feature) => [String(feature.properties?.id), feature]),
);
const plan = parsePlanSections(readFileSync('seeds/documents/001-action-plan.txt', 'utf8'));

describe('the story tour', () => {
  it('has 6 to 10 steps, each showing a feature the map has and citing the section that feature cites', () => {
    expect(TOUR_STEPS.length).toBeGreaterThanOrEqual(6);
    expect(TOUR_STEPS.length).toBeLessThanOrEqual(10);
    expect(TOUR_STEP_COUNT).toBe(TOUR_STEPS.length);
    for (const step of TOUR_STEPS) {
      const feature = features.get(step.featureId);
      expect(feature, step.featureId).toBeDefined();
      expect(feature!.properties!.source, step.featureId).toBe(step.source);
    }
  });

  it('goes from east to west: 虹桥 → 徐泾 → 青浦新城 → 朱家角 → 西岑 → 水乡客厅', () => {
    const titles = TOUR_STEPS.map((step) => step.title.zh).join(' ');
    const places = ['虹桥', '徐泾', '青浦新城', '朱家角', '西岑', '水乡客厅'].map((place) => titles.indexOf(place));
    expect(places.every((at) => at >= 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    // After the opening overview, each step's feature lies west of (or level with) the one before.
    const longitudes = TOUR_STEPS.slice(1).map((step) => centroid(features.get(step.featureId)!).geometry.coordinates[0]);
    for (let i = 1; i < longitudes.length; i++) expect(longitudes[i], TOUR_STEPS[i + 1].featureId).toBeLessThanOrEqual(longitudes[i - 1] + 0.02);
  });

  it('states no figure that its cited section of the plan does not', () => {
    for (const step of TOUR_STEPS) {
      const section = plan.get(parseCitation(step.source)!.section);
      expect(section, step.source).toBeDefined();
      for (const figure of step.text.zh.match(/\d+(\.\d+)?/g) ?? []) expect(collapse(section!.text), `${step.featureId}: ${figure}`).toContain(figure);
    }
  });

  it('is written in each language: Chinese in zh, no Chinese characters in en', () => {
    for (const step of TOUR_STEPS) {
      for (const text of [step.title.zh, step.text.zh]) expect(text).toMatch(CJK);
      for (const text of [step.title.en, step.text.en]) {
        expect(text.trim().length).toBeGreaterThan(0);
        expect(text).not.toMatch(CJK);
      }
    }
  });
});
