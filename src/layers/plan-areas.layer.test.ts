import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { AREA_LAYER, planAreaLayers } from './plan-areas.layer';
import { THEME } from './theme';

const area: SampleFeature = { geometry: 'Polygon', properties: { id: 'x' } };
const selected = (f: SampleFeature): SampleFeature => ({ ...f, state: { selected: true } });

describe('planAreaLayers', () => {
  it('fills a selected sub-area, pillar or park more strongly, and outlines a selected pillar or park in the highlight colour', () => {
    const layers = planAreaLayers();
    for (const id of [AREA_LAYER.subAreaFill, AREA_LAYER.pillarFill, AREA_LAYER.parkFill]) {
      const layer = layerById(layers, id);
      expect(paintOf(layer, 'fill-opacity', selected(area)), id).toBeGreaterThan(paintOf(layer, 'fill-opacity', area) as number);
      expect(paintOf(layer, 'fill-opacity', area), id).toBeLessThan(0.5);
    }
    for (const [id, normal] of [[AREA_LAYER.pillarLine, THEME.pillar], [AREA_LAYER.parkLine, THEME.basePark]] as const) {
      const layer = layerById(layers, id);
      expect(paintOf(layer, 'line-color', area), id).toBe(colour(normal));
      expect(paintOf(layer, 'line-color', selected(area)), id).toBe(colour(THEME.highlight));
      expect(paintOf(layer, 'line-width', selected(area)), id).toBeGreaterThan(paintOf(layer, 'line-width', area) as number);
    }
  });

  it('draws a belt as a wide translucent band in its own colour, stronger when selected, and an unknown belt in the corridor colour', () => {
    const layer = layerById(planAreaLayers(), AREA_LAYER.beltBand);
    const [beltId, beltColour] = Object.entries(THEME.belts)[0]!;
    const belt: SampleFeature = { geometry: 'LineString', properties: { id: beltId }, zoom: 13 };
    expect(paintOf(layer, 'line-color', belt)).toBe(colour(beltColour));
    expect(paintOf(layer, 'line-color', { ...belt, properties: { id: 'belt-unknown' } })).toBe(colour(THEME.corridor));
    expect(paintOf(layer, 'line-width', belt)).toBeGreaterThan(paintOf(layer, 'line-width', { ...belt, zoom: 9 }) as number);
    expect(paintOf(layer, 'line-opacity', selected(belt))).toBeGreaterThan(paintOf(layer, 'line-opacity', belt) as number);
    expect(paintOf(layer, 'line-opacity', belt)).toBeLessThan(0.5);
  });

  it('fills and outlines a park drawn as an area, and marks one drawn as a point with a dot alone', () => {
    const parks = planAreaLayers().filter((l) => 'source' in l && l.source === 'base-parks');
    expect(drawnBy(parks, area)).toEqual([AREA_LAYER.parkFill, AREA_LAYER.parkLine]);
    expect(drawnBy(parks, { geometry: 'Point', properties: { id: 'p' } })).toEqual([AREA_LAYER.parkPoint]);
  });

  it('marks a selected park drawn as a point with a highlight ring', () => {
    const layer = layerById(planAreaLayers(), AREA_LAYER.parkPoint);
    const point: SampleFeature = { geometry: 'Point', properties: { id: 'p' } };
    expect(paintOf(layer, 'circle-stroke-color', selected(point))).toBe(colour(THEME.highlight));
    expect(paintOf(layer, 'circle-radius', selected(point))).toBeGreaterThan(paintOf(layer, 'circle-radius', point) as number);
  });
});
