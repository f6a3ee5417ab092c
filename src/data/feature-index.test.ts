import { describe, expect, it } from 'vitest';
import { FeatureIndex, loadLayerFile, type FeatureMatch, type PlanFeature } from './feature-index';

const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
const collection = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'a', geometry: null, properties: { id: 'a', kind: 'town', name_zh: '甲', name_en: 'A' } },
    { type: 'Feature', id: 'b', geometry: null, properties: { id: 'b', kind: 'poi', name_zh: '乙', name_en: 'B' } },
  ],
});

describe('loadLayerFile', () => {
  it('returns the features of a FeatureCollection', async () => {
    const result = await loadLayerFile('places', '/x', respond(collection));
    expect('features' in result && result.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['an HTTP error', respond('gone', 404), 'places: HTTP 404'],
    ['text that is not JSON', respond('<html>'), 'places: '],
    ['JSON that is not a FeatureCollection', respond('{"type":"Feature"}'), 'places: not a GeoJSON FeatureCollection'],
    ['a FeatureCollection without features', respond('{"type":"FeatureCollection"}'), 'places: not a GeoJSON FeatureCollection'],
    ['JSON null', respond('null'), 'places: not a GeoJSON FeatureCollection'],
    ['a dead network', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch, 'places: Failed to fetch'],
  ])('turns %s into an error result instead of throwing', async (_, fetcher, message) => {
    const result = await loadLayerFile('places', '/x', fetcher);
    expect('error' in result && result.error).toContain(message);
  });
});

describe('FeatureIndex', () => {
  it('finds features by id and by property, and ignores failed files', async () => {
    const index = new FeatureIndex([
      await loadLayerFile('places', '/x', respond(collection)),
      { source: 'belts', error: 'belts: HTTP 500' },
    ]);
    expect(index.get('b')?.properties.name_en).toBe('B');
    expect(index.sourceOf('a')).toBe('places');
    expect(index.list([{ source: 'places', where: { kind: 'poi' } }]).map((f) => f.properties.id)).toEqual(['b']);
    expect(index.list([{ source: 'belts' }])).toEqual([]);
  });
});

describe('FeatureIndex.list', () => {
  const feature = (id: string, kind: string, sub_area: string) =>
    ({ type: 'Feature', id, geometry: null, properties: { id, kind, sub_area, name_zh: id, name_en: id } }) as unknown as PlanFeature;
  const index = new FeatureIndex([
    { source: 'places', features: [feature('t1', 'town', 'area-qingxi'), feature('p1', 'poi', 'area-qingxi'), feature('t2', 'town', 'area-qingdong')] },
    { source: 'belts', features: [feature('b1', 'belt', '')] },
  ]);
  const ids = (matches: FeatureMatch[]) => index.list(matches).map((f) => f.properties.id);

  it('lists a whole source when no property is given', () => {
    expect(ids([{ source: 'places' }])).toEqual(['t1', 'p1', 't2']);
  });

  it('needs every given property to match', () => {
    expect(ids([{ source: 'places', where: { kind: 'town', sub_area: 'area-qingxi' } }])).toEqual(['t1']);
  });

  it('joins several matches in order, and knows no unloaded source', () => {
    expect(ids([{ source: 'belts' }, { source: 'places', where: { kind: 'poi' } }])).toEqual(['b1', 'p1']);
    expect(ids([{ source: 'trunk-lines' }])).toEqual([]);
    expect(index.get('nope')).toBeUndefined();
    expect(index.sourceOf('b1')).toBe('belts');
  });
});
