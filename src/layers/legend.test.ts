import { describe, expect, it } from 'vitest';
import { LEGEND_GROUPS, withItemsHidden } from './legend';
import { buildStyle } from './style';

describe('withItemsHidden', () => {
  it('switches off exactly the layers of the hidden legend items', () => {
    const style = buildStyle({ dataUrl: (file) => file, fontUrl: 'font.woff2', lang: 'zh' });
    const hidden = withItemsHidden(style, ['belts', 'pillars']);
    const items = LEGEND_GROUPS.flatMap((group) => group.items);
    const off = new Set(items.filter((item) => ['belts', 'pillars'].includes(item.id)).flatMap((item) => item.layers));
    expect(off.size).toBeGreaterThan(0);
    for (const layer of hidden.layers) {
      expect(layer.layout?.visibility, layer.id).toBe(off.has(layer.id) ? 'none' : style.layers.find((l) => l.id === layer.id)!.layout?.visibility);
    }
    expect(style.layers.every((layer) => layer.layout?.visibility !== 'none')).toBe(true);
    expect(withItemsHidden(style, [])).toEqual(style);
  });
});
