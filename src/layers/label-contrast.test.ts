import { Color } from '@maplibre/maplibre-gl-style-spec';
import type { SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { labelLayers } from './labels.layer';

/** WCAG 2 relative luminance of a colour whose channels are 0–1. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: { r: number; g: number; b: number }, b: { r: number; g: number; b: number }): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('map labels', () => {
  const layers = labelLayers('zh') as SymbolLayerSpecification[];

  it('are all checked here', () => {
    expect(layers.length).toBeGreaterThanOrEqual(10);
  });

  // The text sits on its halo; a translucent halo is taken over black, the darkest map beneath it.
  // Color.parse premultiplies alpha, which is exactly that composite.
  it.each(layers.map((layer) => [layer.id, layer] as const))('%s meets WCAG AA (4.5:1) against its halo', (_id, layer) => {
    const text = Color.parse(layer.paint?.['text-color'] as string)!;
    const halo = Color.parse(layer.paint?.['text-halo-color'] as string)!;
    expect(text.a).toBe(1);
    expect(layer.paint?.['text-halo-width']).toBeGreaterThanOrEqual(1);
    expect(contrast(text, halo)).toBeGreaterThanOrEqual(4.5);
  });
});
