import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineAccuracyProblems, strokeOf, type LineDraw } from '../../test/line-accuracy';
import { SOURCE_FILE, type SourceId } from './sources';
import { buildStyle } from './style';

/** Every line feature of every drawn file, read from geo/: what the legend's key speaks about. */
function lineFeatures(): { source: SourceId; feature: Feature }[] {
  return (Object.entries(SOURCE_FILE) as [SourceId, string][]).flatMap(([source, file]) =>
    (JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as FeatureCollection).features
      .filter((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString')
      .map((feature) => ({ source, feature })),
  );
}

describe.each(['zh', 'en'] as const)('the %s style', (lang) => {
  const style = buildStyle({ dataUrl: (file) => `http://localhost/geo/${file}`, fontUrl: 'http://localhost/font.woff2', lang });
  const lines = lineFeatures();

  it('has line features to check', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some(({ feature }) => feature.properties?.accuracy === 'surveyed')).toBe(true);
    expect(lines.some(({ feature }) => feature.properties?.accuracy !== 'surveyed')).toBe(true);
  });

  it('draws surveyed lines solid and every estimated line dashed, never solid', () => {
    const draws: LineDraw[] = [];
    for (const layer of style.layers) {
      if (layer.type !== 'line') continue;
      const filter = featureFilter(layer.filter as FilterSpecification | undefined, 'filter');
      for (const { source, feature } of lines) {
        if (source !== layer.source) continue;
        const properties = feature.properties ?? {};
        const drawn = filter.filter({ zoom: 12 }, { type: 'LineString', properties, id: properties.id } as never);
        if (drawn) draws.push({ feature: properties.id, layer: layer.id, stroke: strokeOf(layer, properties) });
      }
    }
    const features = lines.map(({ feature }) => ({ id: feature.properties!.id as string, accuracy: feature.properties!.accuracy as string }));
    expect(lineAccuracyProblems(features, draws)).toEqual([]);
  });
});

describe('strokeOf', () => {
  it('tells dashed, solid and translucent bands apart', () => {
    expect(strokeOf({ id: 'a', paint: { 'line-dasharray': [2, 1.5] } })).toBe('dashed');
    expect(strokeOf({ id: 'b', paint: { 'line-width': 3 } })).toBe('solid');
    expect(strokeOf({ id: 'c', paint: { 'line-dasharray': [1, 0] } })).toBe('solid');
    expect(strokeOf({ id: 'd', paint: { 'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.4, 0.18] } })).toBe('band');
    expect(strokeOf({ id: 'e', paint: { 'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.9, 0.18] } })).toBe('solid');
  });

  it('finds a surveyed line drawn dashed and an estimated line drawn solid', () => {
    const features = [
      { id: 'survey', accuracy: 'surveyed' },
      { id: 'sketch', accuracy: 'schematic' },
    ];
    expect(
      lineAccuracyProblems(features, [
        { feature: 'survey', layer: 'l1', stroke: 'dashed' },
        { feature: 'sketch', layer: 'l2', stroke: 'solid' },
        { feature: 'sketch', layer: 'l3', stroke: 'band' },
      ]),
    ).toEqual([
      'survey is surveyed but drawn dashed by l1',
      'survey is surveyed but no layer draws it solid',
      'sketch is schematic but drawn solid by l2',
      'sketch is schematic but no layer draws it dashed',
    ]);
    expect(lineAccuracyProblems(features, [])).toEqual(['survey (surveyed) is drawn by no line layer', 'sketch (schematic) is drawn by no line layer']);
  });
});
