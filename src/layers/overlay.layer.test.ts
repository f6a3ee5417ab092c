import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { OVERLAY_LAYER, OVERLAY_SOURCE, overlayLayers } from './overlay.layer';
import { THEME } from './theme';

const sample = (geometry: SampleFeature['geometry'], properties: Record<string, unknown> = {}): SampleFeature => ({ geometry, properties });

describe('overlayLayers', () => {
  it('draws a buffer as a wash with an outline, a link as a dashed line, a measured point as a ring', () => {
    const layers = overlayLayers();
    expect(drawnBy(layers, sample('Polygon'))).toEqual([OVERLAY_LAYER.fill, OVERLAY_LAYER.outline]);
    expect(drawnBy(layers, sample('LineString'))).toEqual([OVERLAY_LAYER.link]);
    expect(drawnBy(layers, sample('Point'))).toEqual([OVERLAY_LAYER.point]);
    const paint = (id: string, property: string, f: SampleFeature) => paintOf(layerById(layers, id), property, f);
    const overlay = colour(THEME.overlay);
    expect(paint(OVERLAY_LAYER.fill, 'fill-color', sample('Polygon'))).toBe(overlay);
    expect(paint(OVERLAY_LAYER.outline, 'line-color', sample('Polygon'))).toBe(overlay);
    expect(paint(OVERLAY_LAYER.link, 'line-color', sample('LineString'))).toBe(overlay);
    expect(paint(OVERLAY_LAYER.link, 'line-dasharray', sample('LineString'))).toEqual([2, 1]);
    expect(paint(OVERLAY_LAYER.point, 'circle-stroke-color', sample('Point'))).toBe(overlay);
    expect(paint(OVERLAY_LAYER.point, 'circle-color', sample('Point'))).toBe(colour(THEME.highlight));
    expect(paint(OVERLAY_LAYER.point, 'circle-stroke-width', sample('Point'))).toBeGreaterThan(0);
    for (const layer of layers) expect(layer).toMatchObject({ source: OVERLAY_SOURCE });
  });

  it('draws the buffer whose table is open stronger than the others', () => {
    const layers = overlayLayers();
    const tabled = sample('Polygon', { tabled: true });
    const other = sample('Polygon', { tabled: false });
    const untagged = sample('Polygon');
    for (const [id, property] of [[OVERLAY_LAYER.fill, 'fill-opacity'], [OVERLAY_LAYER.outline, 'line-width']] as const) {
      const layer = layerById(layers, id);
      expect(paintOf(layer, property, tabled), id).toBeGreaterThan(paintOf(layer, property, other) as number);
      expect(paintOf(layer, property, untagged), id).toBe(paintOf(layer, property, other));
    }
    expect(paintOf(layerById(layers, OVERLAY_LAYER.fill), 'fill-opacity', tabled)).toBeLessThan(0.5);
  });
});
