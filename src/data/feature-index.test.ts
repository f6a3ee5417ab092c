import { describe, expect, it } from 'vitest';
import { FeatureIndex, loadLayerFile } from './feature-index';

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
