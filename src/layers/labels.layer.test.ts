import { describe, expect, it } from 'vitest';
import { drawnBy, layerById, layoutOf, type SampleFeature } from '../../test/layer-drawing';
import { LABEL_LAYER, labelLayers } from './labels.layer';

const named = { name_zh: '青浦', name_en: 'Qingpu' };
const feature = (geometry: SampleFeature['geometry'], properties: Record<string, unknown> = {}, zoom = 14): SampleFeature => ({
  geometry,
  properties: { ...named, ...properties },
  zoom,
});

describe('labelLayers', () => {
  it('writes each label in the chosen language', () => {
    for (const [lang, text] of [['zh', '青浦'], ['en', 'Qingpu']] as const) {
      for (const layer of labelLayers(lang)) expect(layoutOf(layer, 'text-field', feature('Point')), `${layer.id} ${lang}`).toBe(text);
    }
  });

  it('labels each trunk line only with its own name, along the line, from zoom 10', () => {
    const layers = labelLayers('en');
    for (const [component, id] of [['g50', LABEL_LAYER.g50], ['line17', LABEL_LAYER.line17], ['dz_line', LABEL_LAYER.dzLine]] as const) {
      const line = feature('LineString', { component });
      expect(drawnBy(layers, line).filter((l) => l.startsWith('labels-trunk')), component).toEqual([id]);
      expect(layoutOf(layerById(layers, id), 'symbol-placement', line)).toBe('line');
      expect(drawnBy(layers, { ...line, zoom: 9 }).filter((l) => l.startsWith('labels-trunk'))).toEqual([]);
    }
    expect(layoutOf(layerById(layers, LABEL_LAYER.belts), 'symbol-placement', feature('Polygon'))).toBe('line');
  });

  it('labels a park’s area and a park’s point once each, the point’s name below the dot', () => {
    const layers = labelLayers('zh');
    const park = (geometry: SampleFeature['geometry']) => drawnBy(layers, feature(geometry)).filter((id) => id.startsWith('labels-base-parks'));
    expect(park('Polygon')).toEqual([LABEL_LAYER.parkAreas]);
    expect(park('Point')).toEqual([LABEL_LAYER.parkPoints]);
    const point = layerById(layers, LABEL_LAYER.parkPoints);
    expect(layoutOf(point, 'text-anchor', feature('Point'))).toBe('top');
    expect(layoutOf(point, 'text-offset', feature('Point'))).toEqual([0, 0.9]);
  });

  it('labels each kind of station with its own layer, below the stop, Demonstration Zone stations from a lower zoom', () => {
    const layers = labelLayers('zh');
    const stationLabels = (kind: string, zoom: number) => drawnBy(layers, feature('Point', { kind }, zoom)).filter((id) => id.startsWith('labels-stations'));
    expect(stationLabels('dz_station', 14)).toEqual([LABEL_LAYER.dzStations]);
    expect(stationLabels('line17_station', 14)).toEqual([LABEL_LAYER.line17Stations]);
    expect(stationLabels('dz_station', 10)).toEqual([LABEL_LAYER.dzStations]);
    expect(stationLabels('line17_station', 10)).toEqual([]);
    expect(stationLabels('', 14)).toEqual([]);
    for (const id of [LABEL_LAYER.dzStations, LABEL_LAYER.line17Stations, LABEL_LAYER.towns]) {
      expect(layoutOf(layerById(layers, id), 'text-anchor', feature('Point')), id).toBe('top');
      expect(layoutOf(layerById(layers, id), 'text-offset', feature('Point')), id).toEqual([0, 0.7]);
    }
  });

  it('spaces out the sub-area names, which span whole districts', () => {
    const layer = layerById(labelLayers('zh'), LABEL_LAYER.subAreas);
    expect(layoutOf(layer, 'text-letter-spacing', feature('Polygon'))).toBeGreaterThan(0);
  });
});
