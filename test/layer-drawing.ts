import { Color, Formatted, expression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';

/**
 * What MapLibre would draw for one feature, evaluated from a layer spec with MapLibre's own style
 * expressions (no browser): whether a layer draws it, and the paint or layout value it gets.
 */
export interface SampleFeature {
  geometry: 'Point' | 'LineString' | 'Polygon';
  properties?: Record<string, unknown>;
  /** Feature-state: hover, selected, highlighted. */
  state?: Record<string, unknown>;
  zoom?: number;
}

const TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;
const square = [[{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 0 }]];

const asVectorFeature = (f: SampleFeature) => ({ type: TYPE[f.geometry], properties: f.properties ?? {}, geometry: square });

/** Whether the layer draws the feature at its zoom (default 14): its filter and zoom range. */
export function draws(layer: LayerSpecification, f: SampleFeature): boolean {
  const zoom = f.zoom ?? 14;
  if ((layer.minzoom ?? 0) > zoom || (layer.maxzoom ?? 24) <= zoom) return false;
  if (!('filter' in layer) || layer.filter === undefined) return true;
  return featureFilter(layer.filter, `layers.${layer.id}.filter`).filter({ zoom }, asVectorFeature(f)) as boolean;
}

/** The ids of the layers that draw the feature, in drawing order. */
export const drawnBy = (layers: LayerSpecification[], f: SampleFeature): string[] => layers.filter((l) => draws(l, f)).map((l) => l.id);

function evaluate(layer: LayerSpecification, group: 'paint' | 'layout', property: string, f: SampleFeature): unknown {
  const value = (layer as unknown as Record<string, Record<string, unknown> | undefined>)[group]?.[property];
  if (value === undefined) return undefined;
  // A constant array (a dash pattern, an offset) is a value, not an expression.
  if (Array.isArray(value) && typeof value[0] !== 'string') return value;
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${layer.type}`]![property];
  const compiled = expression.createPropertyExpression(value, `layers.${layer.id}.${group}.${property}`, spec as never);
  if (compiled.result === 'error') throw new Error(compiled.value.map((e) => e.message).join(', '));
  const result = compiled.value.evaluate({ zoom: f.zoom ?? 14 }, asVectorFeature(f) as never, (f.state ?? {}) as never);
  if (result instanceof Color) return result.toString();
  // A label's text as it reads.
  if (result instanceof Formatted) return result.toString();
  return result;
}

/** The paint value the feature is drawn with; a colour as `rgba(r,g,b,a)` (see `colour`), a text as a string. */
export const paintOf = (layer: LayerSpecification, property: string, f: SampleFeature) => evaluate(layer, 'paint', property, f);
export const layoutOf = (layer: LayerSpecification, property: string, f: SampleFeature) => evaluate(layer, 'layout', property, f);

/** A CSS colour as `paintOf` gives it. */
export const colour = (css: string): string => Color.parse(css)!.toString();

/** The layer with the id, or a failed test. */
export function layerById(layers: LayerSpecification[], id: string): LayerSpecification {
  const layer = layers.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
}
