/**
 * How the style draws the real data of geo/: which layer draws each feature, solid or dashed,
 * in which colour, highlighted on hover and selection, and what the legend says about it.
 * Filters and paint expressions are evaluated with MapLibre's own style-spec evaluator.
 */
import { Color, createExpression, featureFilter, isExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LEGEND_GROUPS, SELECTABLE_LAYERS } from './legend';
import { SOURCE, SOURCE_FILE, sourceAttribution, type SourceId } from './sources';
import { buildStyle } from './style';

const style = buildStyle({ dataUrl: (file) => file, fontUrl: 'font.woff2', lang: 'en' });
const layerById = new Map(style.layers.map((l) => [l.id, l]));
const data = new Map(
  Object.values(SOURCE).map((id) => [id, (JSON.parse(readFileSync(`geo/${SOURCE_FILE[id]}`, 'utf8')) as FeatureCollection).features]),
);
const all = [...data].flatMap(([source, features]) => features.map((feature) => ({ source, feature })));

type State = { hover?: boolean; selected?: boolean; highlighted?: boolean };
const GEOMETRY_TYPE = { Point: 1, MultiPoint: 1, LineString: 2, MultiLineString: 2, Polygon: 3, MultiPolygon: 3 } as const;
/** A feature as MapLibre's evaluator sees it (geometry type as in a vector tile). */
const tileFeature = (f: Feature) => ({ type: GEOMETRY_TYPE[f.geometry.type as keyof typeof GEOMETRY_TYPE], id: f.id, properties: f.properties ?? {} });

const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : undefined);
const filterOf = (layer: LayerSpecification) => ('filter' in layer ? layer.filter : undefined);

/** Does `layer` draw `feature` (same source, filter passes)? */
function draws(layer: LayerSpecification, source: string, feature: Feature): boolean {
  if (sourceOf(layer) !== source) return false;
  return featureFilter(filterOf(layer), `layers.${layer.id}.filter`).filter({ zoom: 12 }, tileFeature(feature) as never);
}

/** The non-label layers that draw a feature. */
const drawnBy = (source: string, feature: Feature) => style.layers.filter((l) => l.type !== 'symbol' && draws(l, source, feature));

const colour = (css: string) => Color.parse(css)!.toString();

/** A paint property of `layer` as MapLibre evaluates it for `feature` in `state`. */
function paint(layer: LayerSpecification, property: string, feature: Feature, state: State = {}): unknown {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[property];
  if (value === undefined) return undefined;
  if (!isExpression(value)) return typeof value === 'string' && property.endsWith('color') ? colour(value) : value;
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`][property];
  const compiled = createExpression(value, `layers.${layer.id}.paint.${property}`, spec);
  if (compiled.result !== 'success') throw new Error(`${layer.id} ${property}: ${JSON.stringify(compiled.value)}`);
  const result = compiled.value.evaluate({ zoom: 12 }, tileFeature(feature) as never, state);
  return result instanceof Color ? result.toString() : result;
}

const isDashed = (layer: LayerSpecification) => layer.type === 'line' && layer.paint?.['line-dasharray'] !== undefined;

describe('the style on the data of geo/', () => {
  it('draws every feature of every source', () => {
    const undrawn = all.filter(({ source, feature }) => drawnBy(source, feature).length === 0).map(({ feature }) => feature.id);
    expect(undrawn).toEqual([]);
  });

  // Lines are checked against the legend's key in line-accuracy.test.ts; this is about areas.
  it('outlines every plan area, none of which has a published boundary, with a dashed line', () => {
    for (const source of [SOURCE.subAreas, SOURCE.pillars] as const) {
      for (const feature of data.get(source)!) {
        expect(drawnBy(source, feature).some(isDashed), `${source} ${String(feature.id)}`).toBe(true);
      }
    }
    const parkPolygons = data.get(SOURCE.baseParks)!.filter((f) => f.geometry.type === 'Polygon');
    expect(parkPolygons.length).toBeGreaterThan(0);
    for (const feature of parkPolygons) expect(drawnBy(SOURCE.baseParks, feature).some(isDashed), String(feature.id)).toBe(true);
  });

  it('draws a base park as a dot exactly when the plan states no area', () => {
    for (const feature of data.get(SOURCE.baseParks)!) {
      const types = drawnBy(SOURCE.baseParks, feature).map((l) => l.type).sort();
      expect(types, String(feature.id)).toEqual(feature.properties!.planned_area_km2 === null ? ['circle'] : ['fill', 'line']);
    }
  });

  it('fills Qingpu apart from its neighbours', () => {
    const boundaries = data.get(SOURCE.boundaries)!;
    const fillOf = (f: Feature) => drawnBy(SOURCE.boundaries, f).filter((l) => l.type === 'fill').map((l) => paint(l, 'fill-color', f));
    const focus = boundaries.filter((f) => f.properties!.role === 'focus');
    const neighbours = boundaries.filter((f) => f.properties!.role === 'neighbour');
    expect(focus).toHaveLength(1);
    expect(fillOf(focus[0])).toHaveLength(1);
    for (const n of neighbours) {
      expect(fillOf(n)).toHaveLength(1);
      expect(fillOf(n)).not.toEqual(fillOf(focus[0]));
    }
  });

  it('rings each station in the colour of its line', () => {
    for (const station of data.get(SOURCE.stations)!) {
      const line = data.get(SOURCE.trunkLines)!.find((f) => f.id === station.properties!.line);
      expect(line, String(station.id)).toBeDefined();
      const [lineLayer] = drawnBy(SOURCE.trunkLines, line!);
      const circles = drawnBy(SOURCE.stations, station);
      expect(circles.map((l) => l.type), String(station.id)).toEqual(['circle']);
      expect(paint(circles[0], 'circle-stroke-color', station)).toBe(paint(lineLayer, 'line-color', line!));
    }
  });

  it('draws stations of the two lines apart, Line 17 on top', () => {
    const kinds = style.layers.filter((l) => sourceOf(l) === SOURCE.stations && l.type === 'circle').map((l) => JSON.stringify(filterOf(l)));
    expect(kinds).toEqual([expect.stringContaining('dz_station'), expect.stringContaining('line17_station')]);
  });

  it('highlights a plan feature while it is hovered, selected or highlighted from a panel, and only then', () => {
    const plan: string[] = [SOURCE.trunkLines, SOURCE.stations, SOURCE.pillars, SOURCE.baseParks, SOURCE.belts];
    const layers = SELECTABLE_LAYERS.map((id) => layerById.get(id)!).filter((l) => plan.includes(sourceOf(l)!));
    expect(layers.length).toBeGreaterThanOrEqual(plan.length);
    for (const layer of layers) {
      const id = layer.id;
      const feature = all.find(({ source, feature: f }) => draws(layer, source, f))!.feature;
      const props = Object.keys(layer.paint ?? {});
      const changes = (state: State) => props.filter((p) => JSON.stringify(paint(layer, p, feature, state)) !== JSON.stringify(paint(layer, p, feature)));
      expect(changes({ hover: true }), id).not.toEqual([]);
      expect(changes({ selected: true }), id).toEqual(changes({ hover: true }));
      expect(changes({ highlighted: true }), id).toEqual(changes({ hover: true }));
      expect(changes({ hover: false, selected: false, highlighted: false }), id).toEqual([]);
    }
  });

  it('lets a click reach every feature of the trunk, the pillars, the base parks and the belts', () => {
    for (const source of [SOURCE.trunkLines, SOURCE.stations, SOURCE.pillars, SOURCE.baseParks, SOURCE.belts] as const) {
      for (const feature of data.get(source)!) {
        expect(SELECTABLE_LAYERS.some((id) => draws(layerById.get(id)!, source, feature)), `${source} ${String(feature.id)}`).toBe(true);
      }
    }
  });

  it('picks dots before lines and areas, so a station on a line wins', () => {
    const types = SELECTABLE_LAYERS.map((id) => layerById.get(id)!.type);
    expect(types.lastIndexOf('circle')).toBeLessThan(types.findIndex((t) => t !== 'circle'));
  });
});

describe('the legend on the data of geo/', () => {
  const items = LEGEND_GROUPS.flatMap((g) => g.items);
  const featuresOf = (item: (typeof items)[number]) =>
    item.features.flatMap(({ source, where = {} }) =>
      (data.get(source as SourceId) ?? []).filter((f) => Object.entries(where).every(([k, v]) => f.properties![k] === v)).map((feature) => ({ source, feature })),
    );

  it('lists every drawn feature under exactly one item', () => {
    const listed = items.flatMap((item) => featuresOf(item).map(({ feature }) => feature.id));
    expect(listed.sort()).toEqual(all.map(({ feature }) => feature.id).sort());
  });

  it('hides with each item all of what it lists, and nothing else', () => {
    for (const item of items) {
      const listed = new Set(featuresOf(item).map(({ feature }) => feature));
      for (const { source, feature } of all) {
        const layers = drawnBy(source, feature).map((l) => l.id);
        if (listed.has(feature)) expect(layers.filter((id) => !item.layers.includes(id)), `${item.id} ${String(feature.id)}`).toEqual([]);
        else expect(layers.filter((id) => item.layers.includes(id)), `${item.id} ${String(feature.id)}`).toEqual([]);
      }
    }
  });

  it('hides each item’s labels with it', () => {
    for (const item of items) {
      for (const id of item.layers.filter((l) => layerById.get(l)!.type === 'symbol')) {
        const label = layerById.get(id)!;
        const labelled = all.filter(({ source, feature }) => draws(label, source, feature));
        expect(labelled.length, id).toBeGreaterThan(0);
        for (const { feature } of labelled) expect(featuresOf(item).some((x) => x.feature === feature), `${id} ${String(feature.id)}`).toBe(true);
      }
    }
  });

  it('shows a dashed swatch exactly for items drawn dashed, in the colour they are drawn in', () => {
    for (const item of items) {
      const layers = item.layers.map((id) => layerById.get(id)!);
      const dashedSwatch = item.swatch.shape === 'dashed' || item.swatch.shape === 'dashed-area';
      if (item.swatch.shape !== 'band') expect(layers.some(isDashed), item.id).toBe(dashedSwatch);
      const colours = featuresOf(item).flatMap(({ source, feature }) =>
        layers
          .filter((l) => l.type !== 'symbol' && draws(l, source, feature))
          .flatMap((l) => ['line-color', 'fill-color', 'circle-color', 'circle-stroke-color'].map((p) => paint(l, p, feature)))
          .filter((c) => c !== undefined),
      );
      expect(colours, item.id).toContain(colour(item.swatch.colour));
    }
  });
});

describe('attribution', () => {
  const credits: Record<'zh' | 'en', [RegExp, RegExp][]> = {
    en: [
      [/ODbL|OpenStreetMap/, /© OpenStreetMap contributors.*ODbL/],
      [/GSHHG/, /^Lakes: GSHHG \(Wessel &amp; Smith, LGPL\)$/],
      [/DataV/, /^Boundaries: DataV\.GeoAtlas$/],
    ],
    zh: [
      [/ODbL|OpenStreetMap/, /© OpenStreetMap 贡献者.*ODbL/],
      [/GSHHG/, /^湖泊：GSHHG（Wessel &amp; Smith，LGPL）$/],
      [/DataV/, /^行政边界：DataV\.GeoAtlas$/],
    ],
  };

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: credits every dataset whose licence asks for it, on the source it is drawn from`, () => {
      for (const { source, feature } of all) {
        for (const [licence, credit] of credits[lang]) {
          if (licence.test(String(feature.properties!.license))) expect(sourceAttribution(source, lang), `${source} ${String(feature.id)}`).toMatch(credit);
        }
      }
    });
  }

  it('says, in each language, where a layer is our own estimate from the plan', () => {
    for (const [source, features] of data) {
      if (features.every((f) => /our estimate/.test(String(f.properties!.license)))) {
        expect(sourceAttribution(source, 'en'), source).toBe('Plan layers and positions: our estimates from 青府办发〔2022〕9号');
        expect(sourceAttribution(source, 'zh'), source).toBe('规划图层与位置：本图据青府办发〔2022〕9号估计');
      }
    }
  });
});
