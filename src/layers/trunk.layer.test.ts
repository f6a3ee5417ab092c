import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, layoutOf, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { THEME, UNSURVEYED_DASH } from './theme';
import { TRUNK_LAYER, trunkLayers } from './trunk.layer';

const line = (component: string, accuracy: string): SampleFeature => ({ geometry: 'LineString', properties: { component, accuracy } });
const station = (kind: string): SampleFeature => ({ geometry: 'Point', properties: { kind } });
const hovered = (f: SampleFeature): SampleFeature => ({ ...f, state: { hover: true } });

describe('trunkLayers', () => {
  it('draws each trunk component in its own layer and colour: G50 and the Demonstration Zone Line dashed, Line 17 solid', () => {
    const layers = trunkLayers();
    const cases = [
      [line('g50', 'schematic'), TRUNK_LAYER.g50, THEME.g50, UNSURVEYED_DASH],
      [line('dz_line', 'schematic'), TRUNK_LAYER.dzLine, THEME.dzLine, UNSURVEYED_DASH],
      [line('line17', 'surveyed'), TRUNK_LAYER.line17, THEME.line17, undefined],
    ] as const;
    for (const [feature, id, expectedColour, dash] of cases) {
      expect(drawnBy(layers, feature), id).toEqual([id]);
      const layer = layerById(layers, id);
      expect(paintOf(layer, 'line-color', feature), id).toBe(colour(expectedColour));
      expect(paintOf(layer, 'line-dasharray', feature), id).toEqual(dash);
    }
  });

  it('ends dashes square, so their gaps stay open, and the surveyed line round', () => {
    const layers = trunkLayers();
    expect(layoutOf(layerById(layers, TRUNK_LAYER.g50), 'line-cap', line('g50', 'schematic'))).toBe('butt');
    expect(layoutOf(layerById(layers, TRUNK_LAYER.line17), 'line-cap', line('line17', 'surveyed'))).toBe('round');
  });

  it('draws a line of another accuracy or component in no trunk layer rather than as the wrong line', () => {
    const layers = trunkLayers();
    expect(drawnBy(layers, line('g50', 'surveyed'))).toEqual([]);
    expect(drawnBy(layers, line('line17', 'schematic'))).toEqual([]);
    expect(drawnBy(layers, line('', 'schematic'))).toEqual([]);
  });

  it('widens a hovered line and station', () => {
    const layers = trunkLayers();
    const g50 = line('g50', 'schematic');
    const g50Layer = layerById(layers, TRUNK_LAYER.g50);
    expect(paintOf(g50Layer, 'line-width', hovered(g50))).toBeGreaterThan(paintOf(g50Layer, 'line-width', g50) as number);
    const stop = station('line17_station');
    const stations = layerById(layers, TRUNK_LAYER.line17Stations);
    expect(paintOf(stations, 'circle-radius', hovered(stop))).toBeGreaterThan(paintOf(stations, 'circle-radius', stop) as number);
    expect(paintOf(stations, 'circle-stroke-color', hovered(stop))).toBe(colour(THEME.highlight));
  });

  it('rings each kind of station in its line’s colour', () => {
    const layers = trunkLayers();
    for (const [kind, id, ring] of [
      ['dz_station', TRUNK_LAYER.dzStations, THEME.dzLine],
      ['line17_station', TRUNK_LAYER.line17Stations, THEME.line17],
    ] as const) {
      expect(drawnBy(layers, station(kind)), kind).toEqual([id]);
      expect(paintOf(layerById(layers, id), 'circle-stroke-color', station(kind))).toBe(colour(ring));
    }
    expect(drawnBy(layers, station(''))).toEqual([]);
  });
});
