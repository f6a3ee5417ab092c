import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, layoutOf, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { CONTEXT_LAYER, basemapLayers, contextOverlayLayers } from './context.layer';
import { SOURCE } from './sources';
import { THEME } from './theme';

const district = (role: string): SampleFeature => ({ geometry: 'Polygon', properties: { role } });
const fromSource = (layers: LayerSpecification[], source: string) => layers.filter((l) => 'source' in l && l.source === source);
const place = (kind: string): SampleFeature => ({ geometry: 'Point', properties: { kind } });

describe('the offline basemap', () => {
  it('sets Qingpu apart from its neighbours: its own fill, and a bolder outline', () => {
    const layers = basemapLayers();
    const boundaries = fromSource(layers, SOURCE.boundaries);
    expect(drawnBy(boundaries, district('focus'))).toEqual([CONTEXT_LAYER.focusFill, CONTEXT_LAYER.focusLine]);
    expect(drawnBy(boundaries, district('neighbour'))).toEqual([CONTEXT_LAYER.neighbourFill, CONTEXT_LAYER.neighbourLine]);
    const paint = (id: string, property: string, role: string) => paintOf(layerById(layers, id), property, district(role));
    expect(paint(CONTEXT_LAYER.focusFill, 'fill-color', 'focus')).toBe(colour(THEME.focusFill));
    expect(paint(CONTEXT_LAYER.neighbourFill, 'fill-color', 'neighbour')).toBe(colour(THEME.neighbourFill));
    expect(paint(CONTEXT_LAYER.focusLine, 'line-color', 'focus')).toBe(colour(THEME.focusLine));
    expect(paint(CONTEXT_LAYER.neighbourLine, 'line-color', 'neighbour')).toBe(colour(THEME.neighbourLine));
    expect(paint(CONTEXT_LAYER.focusLine, 'line-width', 'focus')).toBeGreaterThan(paint(CONTEXT_LAYER.neighbourLine, 'line-width', 'neighbour') as number);
    expect(paintOf(layerById(layers, CONTEXT_LAYER.background), 'background-color', district('focus'))).toBe(colour(THEME.background));
    expect(paintOf(layerById(layers, CONTEXT_LAYER.waterLine), 'line-color', district('focus'))).toBe(colour(THEME.waterLine));
  });
});

describe('the context drawn over the plan', () => {
  it('draws the data corridor dotted, and towns and points of interest as dots told apart', () => {
    const layers = contextOverlayLayers();
    const corridor = layerById(layers, CONTEXT_LAYER.corridor);
    const line: SampleFeature = { geometry: 'LineString', properties: {} };
    expect(paintOf(corridor, 'line-dasharray', line)).toEqual([0.5, 2]);
    expect(layoutOf(corridor, 'line-cap', line)).toBe('round'); // round caps turn the short dashes into dots
    expect(paintOf(corridor, 'line-color', line)).toBe(colour(THEME.corridor));
    const places = fromSource(layers, SOURCE.places);
    expect(drawnBy(places, place('town'))).toEqual([CONTEXT_LAYER.towns]);
    expect(drawnBy(places, place('poi'))).toEqual([CONTEXT_LAYER.pois]);
    expect(paintOf(layerById(layers, CONTEXT_LAYER.towns), 'circle-color', place('town'))).toBe(colour(THEME.town));
    const poi = layerById(layers, CONTEXT_LAYER.pois);
    expect(paintOf(poi, 'circle-color', place('poi'))).toBe(colour(THEME.stationFill));
    expect(paintOf(poi, 'circle-stroke-color', place('poi'))).toBe(colour(THEME.town));
    expect(paintOf(poi, 'circle-stroke-width', place('poi'))).toBeGreaterThan(0);
  });
});
