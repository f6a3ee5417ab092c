import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { colour, drawnBy, layerById, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { LEGEND_GROUPS } from './legend';
import { SOURCE_FILE, type SourceId } from './sources';
import { buildStyle } from './style';
import { THEME } from './theme';

/** The paint property that colours each kind of layer; unset, MapLibre draws it black. */
const COLOUR_OF = { fill: 'fill-color', line: 'line-color', circle: 'circle-color' } as const;
const GEOMETRY = { Point: 'Point', MultiPoint: 'Point', LineString: 'LineString', MultiLineString: 'LineString', Polygon: 'Polygon', MultiPolygon: 'Polygon' } as const;

/** The features of geo/ a legend item stands for, as the map's filters see them. */
function featuresOf(matches: { source: string; where?: Record<string, string> }[]): SampleFeature[] {
  return matches.flatMap(({ source, where = {} }) => {
    const collection = JSON.parse(readFileSync(`geo/${SOURCE_FILE[source as SourceId]}`, 'utf8')) as FeatureCollection;
    return collection.features
      .filter((f) => Object.entries(where).every(([key, value]) => f.properties?.[key] === value))
      .map((f) => ({ geometry: GEOMETRY[f.geometry.type as keyof typeof GEOMETRY], properties: f.properties ?? {} }));
  });
}

describe('the map against its legend', () => {
  const items = () => LEGEND_GROUPS.flatMap((group) => group.items);
  const drawingLayers = () => {
    const style = buildStyle({ dataUrl: (file) => file, fontUrl: 'font.woff2', lang: 'en' });
    return style.layers.filter((l) => l.type !== 'symbol' && l.type !== 'background');
  };
  const itemLayers = (all: LayerSpecification[], ids: string[]) => all.filter((l) => ids.includes(l.id));

  it('draws every feature of every legend item, in a colour the layer sets', () => {
    const all = drawingLayers();
    for (const item of items()) {
      const features = featuresOf(item.features);
      expect(features.length, item.id).toBeGreaterThan(0);
      for (const feature of features) {
        const ids = drawnBy(itemLayers(all, item.layers), feature);
        expect(ids.length, `${item.id} ${String(feature.properties?.id)}`).toBeGreaterThan(0);
        for (const id of ids) {
          const layer = layerById(all, id);
          expect(paintOf(layer, COLOUR_OF[layer.type as keyof typeof COLOUR_OF], feature), id).toBeDefined();
        }
      }
    }
  });

  it('draws each item in its swatch’s colour, dashed where the swatch is dashed and solid where it is not', () => {
    const all = drawingLayers();
    for (const item of items()) {
      for (const feature of featuresOf(item.features)) {
        const drawn = drawnBy(itemLayers(all, item.layers), feature).map((id) => layerById(all, id));
        const label = `${item.id} ${String(feature.properties?.id)}`;
        const colours = drawn.flatMap((l) => [paintOf(l, COLOUR_OF[l.type as keyof typeof COLOUR_OF], feature), l.type === 'circle' ? paintOf(l, 'circle-stroke-color', feature) : undefined]);
        // Each belt has its own colour; the swatch shows one of them. It shows Qingpu's own outline;
        // the neighbouring districts are drawn quieter.
        const neighbour = item.id === 'boundaries' && feature.properties?.role !== 'focus';
        const expected = neighbour ? THEME.neighbourLine : item.swatch.shape === 'band' ? THEME.belts[feature.properties!.id as keyof typeof THEME.belts] : item.swatch.colour;
        expect(colours, label).toContain(colour(expected));
        if (feature.geometry === 'Point') continue; // a station of a dashed line is a dot
        const dashed = drawn.some((l) => {
          const dash = l.type === 'line' ? paintOf(l, 'line-dasharray', feature) : undefined;
          return Array.isArray(dash) && dash.length > 0;
        });
        expect(dashed, label).toBe(['dashed', 'dashed-area', 'band'].includes(item.swatch.shape));
      }
    }
  });
});
