import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { IMPORTED_LAYER, IMPORTED_SOURCE, IMPORTED_SOURCE_LAYER, importedLayers } from './imported.layer';

const VIOLET = colour('#6a1b9a');
const sample = (geometry: SampleFeature['geometry']): SampleFeature => ({ geometry, properties: { name: 'x' } });

describe('importedLayers', () => {
  it('draws every imported geometry type exactly once, areas tinted, lines and points in violet', () => {
    const layers = importedLayers();
    expect(drawnBy(layers, sample('Polygon'))).toEqual([IMPORTED_LAYER.fill]);
    expect(drawnBy(layers, sample('LineString'))).toEqual([IMPORTED_LAYER.line]);
    expect(drawnBy(layers, sample('Point'))).toEqual([IMPORTED_LAYER.point]);
    const paint = (id: string, property: string, geometry: SampleFeature['geometry']) => paintOf(layerById(layers, id), property, sample(geometry));
    expect(paint(IMPORTED_LAYER.fill, 'fill-outline-color', 'Polygon')).toBe(VIOLET);
    expect(paint(IMPORTED_LAYER.fill, 'fill-color', 'Polygon')).toBe(colour('rgba(106, 27, 154, 0.2)'));
    expect(paint(IMPORTED_LAYER.line, 'line-color', 'LineString')).toBe(VIOLET);
    expect(paint(IMPORTED_LAYER.line, 'line-width', 'LineString')).toBeGreaterThanOrEqual(1);
    expect(paint(IMPORTED_LAYER.point, 'circle-color', 'Point')).toBe(VIOLET);
    expect(paint(IMPORTED_LAYER.point, 'circle-radius', 'Point')).toBeGreaterThanOrEqual(3);
    expect(paint(IMPORTED_LAYER.point, 'circle-stroke-color', 'Point')).toBe(colour('#ffffff'));
    expect(paint(IMPORTED_LAYER.point, 'circle-stroke-width', 'Point')).toBeGreaterThan(0);
  });

  it('reads the imported tiles’ one layer', () => {
    for (const layer of importedLayers()) {
      expect(layer).toMatchObject({ source: IMPORTED_SOURCE, 'source-layer': IMPORTED_SOURCE_LAYER });
    }
  });
});
