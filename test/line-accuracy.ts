import { latest, normalizePropertyExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';

/*
 * The legend's key: "Solid: surveyed", "Dashed: approximate, indicative or schematic". Shared by the
 * unit test over the style (src/layers/line-accuracy.test.ts) and the e2e test over the live map.
 */

/**
 * How a line layer draws a feature: `dashed`; a `solid` stroke; or a `band`, a translucent wide
 * line (never more than half opaque) that shades an area around a line rather than drawing one.
 */
export type Stroke = 'dashed' | 'solid' | 'band';

/** A line layer as a style (or MapLibre's getStyle()) gives it. */
export interface LineLayerLike {
  id: string;
  paint?: Record<string, unknown>;
}

const ZOOMS = [6, 8, 10, 12, 14, 16, 18];
const STATES = [{}, { hover: true }, { selected: true }, { hover: true, selected: true }];

/** Every value a paint property takes for a feature, over zooms and hover/selected states. */
function valuesOf(value: unknown, property: 'line-opacity' | 'line-dasharray', properties: Record<string, unknown>): unknown[] {
  const spec = (latest.paint_line as Record<string, unknown>)[property] as StylePropertySpecification;
  // Throws on an expression MapLibre would reject.
  const expression = normalizePropertyExpression(value as never, `paint.${property}`, spec);
  return ZOOMS.flatMap((zoom) =>
    STATES.map((state) => expression.evaluate({ zoom }, { type: 'LineString', properties }, state)),
  );
}

/** How `layer` strokes a feature with these properties. */
export function strokeOf(layer: LineLayerLike, properties: Record<string, unknown> = {}): Stroke {
  const dash = layer.paint?.['line-dasharray'];
  if (dash !== undefined) {
    const patterns = valuesOf(dash, 'line-dasharray', properties) as number[][];
    // A pattern with a gap anywhere is dashed; [1, 0] would draw solid.
    if (patterns.some((p) => Array.isArray(p) && p.some((length, i) => i % 2 === 1 && length > 0))) return 'dashed';
  }
  const opacity = layer.paint?.['line-opacity'];
  const max = opacity === undefined ? 1 : Math.max(...(valuesOf(opacity, 'line-opacity', properties) as number[]));
  return max < 0.5 ? 'band' : 'solid';
}

/** One line feature and how one layer draws it. */
export interface LineDraw {
  feature: string;
  layer: string;
  stroke: Stroke;
}

/**
 * What breaks the legend's key: a surveyed line drawn dashed or not solid at all; an estimated
 * (approximate, indicative or schematic) line drawn solid, or never dashed.
 */
export function lineAccuracyProblems(features: { id: string; accuracy: string }[], draws: LineDraw[]): string[] {
  const problems: string[] = [];
  for (const { id, accuracy } of features) {
    const mine = draws.filter((d) => d.feature === id);
    const by = (stroke: Stroke) => mine.filter((d) => d.stroke === stroke).map((d) => d.layer);
    if (mine.length === 0) {
      problems.push(`${id} (${accuracy}) is drawn by no line layer`);
    } else if (accuracy === 'surveyed') {
      if (by('dashed').length) problems.push(`${id} is surveyed but drawn dashed by ${by('dashed').join(', ')}`);
      if (!by('solid').length) problems.push(`${id} is surveyed but no layer draws it solid`);
    } else {
      if (by('solid').length) problems.push(`${id} is ${accuracy} but drawn solid by ${by('solid').join(', ')}`);
      if (!by('dashed').length) problems.push(`${id} is ${accuracy} but no layer draws it dashed`);
    }
  }
  return problems;
}
