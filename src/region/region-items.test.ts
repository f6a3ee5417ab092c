import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VIEW_BOUNDS } from '../map/view';
import { REGION_BOUNDS, REGION_ITEMS, regionFacts } from './region-items';

const features = new Map<string, Feature>(
  readdirSync('geo')
    .filter((file) => file.endsWith('.geojson'))
    .flatMap((file) => (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection).features)
    .map((feature) => [String(feature.properties?.id), feature]),
);
const seeds = ['context', 'programmes'].flatMap((file) => JSON.parse(readFileSync(`seeds/${file}.json`, 'utf8')).records);

describe('the regional view', () => {
  it('shows the 2018 partner zones, the data corridor, Wujiang and Jiashan', () => {
    const names = REGION_ITEMS.map((item) => features.get(item.featureId)?.properties?.name_zh);
    for (const name of ['苏州工业园区', '嘉兴经济技术开发区', '巢湖经济开发区', '吴江区', '嘉善县']) expect(names).toContain(name);
    expect(names.some((name) => String(name).startsWith('临港—张江—虹桥—示范区'))).toBe(true);
  });

  it('frames every place it lists, inside the area the map may show', () => {
    const [west, south, east, north] = REGION_BOUNDS;
    expect(west >= VIEW_BOUNDS.west && east <= VIEW_BOUNDS.east && south >= VIEW_BOUNDS.south && north <= VIEW_BOUNDS.north).toBe(true);
    for (const { featureId } of REGION_ITEMS) {
      const [w, s, e, n] = bbox(features.get(featureId)!);
      // Wide districts may reach past the frame; their centre may not.
      expect((w + e) / 2 >= west && (w + e) / 2 <= east && (s + n) / 2 >= south && (s + n) / 2 <= north, featureId).toBe(true);
    }
  });

  it('cites records of seeds/ that name each place, and says our positions are estimates', () => {
    const facts = regionFacts(seeds);
    for (const { featureId, recordIds } of REGION_ITEMS) {
      const feature = features.get(featureId)!;
      expect(feature.properties!.accuracy, featureId).not.toBe('surveyed');
      for (const id of recordIds) {
        const fact = facts.get(id);
        expect(fact, id).toBeDefined();
        // The record is about this place: its Chinese text names it (a district without its 区/县).
        const name = String(feature.properties!.name_zh).replace(/[区县]$/, '').split('—')[0];
        expect(fact!.zh, `${id} about ${featureId}`).toContain(name);
        expect(fact!.en).not.toMatch(/[\u3400-\u9fff]/u);
      }
    }
    expect(facts.get('ctx-2018-cooperation-signing')!.source).toBe('003 ¶1');
    expect(facts.get('prog-regional-linkage')!.source).toBe('001 §四(一)1');
  });
});
