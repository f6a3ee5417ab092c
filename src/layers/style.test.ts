import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LABEL_FONT, LABEL_FONT_FILE, LABEL_LAYER_IDS } from './labels.layer';
import { LEGEND_GROUPS, SELECTABLE_LAYERS } from './legend';
import { SOURCE_FILE, sourceAttribution, type SourceId } from './sources';
import { buildStyle } from './style';

const style = buildStyle({ dataUrl: (file) => `http://localhost/geo/${file}`, fontUrl: 'http://localhost/font.woff2', lang: 'zh' });
const layerIds = new Set(style.layers.map((l) => l.id));

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });

  it('needs no tile, glyph or sprite server', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    expect(style['font-faces']).toEqual({ [LABEL_FONT]: 'http://localhost/font.woff2' });
  });

  it('draws from real geo/ files and ships the font it names', () => {
    for (const file of Object.values(SOURCE_FILE)) expect(existsSync(`geo/${file}`), file).toBe(true);
    expect(existsSync(`public/${LABEL_FONT_FILE}`)).toBe(true);
  });

  it('switches every label with the language', () => {
    expect(LABEL_LAYER_IDS.length).toBeGreaterThan(0);
    const en = buildStyle({ dataUrl: (f) => f, fontUrl: 'f', lang: 'en' });
    for (const [built, name] of [[style, 'name_zh'], [en, 'name_en']] as const) {
      const symbols = built.layers.filter((l) => l.type === 'symbol');
      expect(symbols.map((l) => l.id).sort()).toEqual([...LABEL_LAYER_IDS].sort());
      for (const layer of symbols) expect(layer.layout?.['text-field'], `${layer.id} (${name})`).toEqual(['get', name]);
    }
  });

  it('loads each geo/ file once, keyed by feature id so hover and selection mark the right feature, and credits its source', () => {
    const built = buildStyle({ dataUrl: (file) => `http://localhost/geo/${file}`, fontUrl: 'f', lang: 'en' });
    for (const [id, source] of Object.entries(built.sources)) {
      expect(source, id).toMatchObject({ type: 'geojson', data: `http://localhost/geo/${SOURCE_FILE[id as SourceId]}`, promoteId: 'id', attribution: sourceAttribution(id as SourceId, 'en') });
    }
    expect(Object.keys(built.sources).sort()).toEqual(Object.keys(SOURCE_FILE).sort());
    expect(built['font-faces']).toEqual({ [LABEL_FONT]: 'f' });
    expect(built.sources['trunk-lines']).toMatchObject({ attribution: expect.stringContaining('OpenStreetMap contributors') });
    // A map opening in Chinese credits in Chinese.
    expect(style.sources['trunk-lines']).toMatchObject({ attribution: expect.stringContaining('OpenStreetMap 贡献者') });
  });

  it('has every layer the legend toggles and the click handler selects', () => {
    const legendLayers = LEGEND_GROUPS.flatMap((g) => g.items.flatMap((i) => i.layers));
    expect(legendLayers.length).toBeGreaterThan(0);
    expect(SELECTABLE_LAYERS.length).toBeGreaterThan(0);
    expect(legendLayers.filter((id) => !layerIds.has(id))).toEqual([]);
    expect(SELECTABLE_LAYERS.filter((id) => !layerIds.has(id))).toEqual([]);
  });
});
