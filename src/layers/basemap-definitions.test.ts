import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { RasterSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_HOSTS, IS_G50_REF, OSM_G50_LAYER, basemapDefinition, basemapSources } from './basemap-definitions';
import { BASEMAP_IDS, availableBasemaps, type BasemapConfig, type BasemapId } from './basemaps';
import { buildStyle } from './style';

const KEY = 'abc123';
const withKey: BasemapConfig = { tiandituKey: KEY };
const online: BasemapId[] = ['osm', 'tianditu', 'amap'];
const tilesOf = (id: BasemapId, config: BasemapConfig = withKey) =>
  Object.values(basemapDefinition(id, config)!.sources).map((s) => (s as RasterSourceSpecification).tiles);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('basemap definitions', () => {
  it('offers the offline basemap first, and Tianditu only with a key', () => {
    expect(BASEMAP_IDS).toEqual(['offline', 'osm', 'tianditu', 'amap']);
    expect(availableBasemaps({})).toEqual(['offline', 'osm', 'amap']);
    expect(availableBasemaps({ tiandituKey: '' })).toEqual(['offline', 'osm', 'amap']);
    expect(availableBasemaps(withKey)).toEqual(['offline', 'osm', 'tianditu', 'amap']);
    expect(basemapDefinition('tianditu', {})).toBeUndefined();
  });

  it('names the datum of each: only AMap is GCJ-02', () => {
    const datums = Object.fromEntries(BASEMAP_IDS.map((id) => [id, basemapDefinition(id, withKey)!.datum]));
    expect(datums).toEqual({ offline: 'WGS84', osm: 'WGS84', tianditu: 'WGS84', amap: 'GCJ02' });
    expect(basemapDefinition('tianditu', withKey)!.datumLabel).toContain('CGCS2000');
    expect(basemapDefinition('amap', withKey)!.datumLabel).toBe('GCJ-02');
  });

  it('adds nothing for the offline basemap: it is our own layers', () => {
    const offline = basemapDefinition('offline', {})!;
    expect(offline.sources).toEqual({});
    expect(offline.layers).toEqual([]);
  });

  it('loads from the public endpoints by default, the Tianditu key filled in', () => {
    expect(tilesOf('amap')).toEqual([
      [1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`),
    ]);
    const [vector, labels] = tilesOf('tianditu') as string[][];
    expect(vector).toHaveLength(8);
    expect(vector.map((url) => new URL(url).host)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `t${n}.tianditu.gov.cn`));
    for (const [tiles, layer] of [[vector, 'vec'], [labels, 'cva']] as const) {
      for (const url of tiles) {
        expect(url).toContain(`/${layer}_w/wmts?`);
        expect(url).toContain(`LAYER=${layer}`);
        expect(url).toContain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
        expect(url.endsWith(`&tk=${KEY}`)).toBe(true);
      }
    }
    const osm = Object.values(basemapDefinition('osm', {})!.sources)[0] as VectorSourceSpecification;
    expect(osm).toMatchObject({ type: 'vector', url: 'https://tiles.openfreemap.org/planet' });
  });

  it('loads from configured endpoints instead, e.g. a mirror or a test stand-in', () => {
    const config: BasemapConfig = {
      tiandituKey: 'k&y',
      urls: {
        amap: ['http://127.0.0.1:9/amap/{z}/{x}/{y}.png'],
        tiandituVector: ['http://127.0.0.1:9/vec/{z}/{x}/{y}?tk={key}'],
        tiandituLabels: ['http://127.0.0.1:9/cva/{z}/{x}/{y}'],
        osmTileJson: 'http://127.0.0.1:9/planet.json',
      },
    };
    expect(tilesOf('amap', config)).toEqual([['http://127.0.0.1:9/amap/{z}/{x}/{y}.png']]);
    // The key is URL-encoded wherever a template asks for it.
    expect(tilesOf('tianditu', config)).toEqual([['http://127.0.0.1:9/vec/{z}/{x}/{y}?tk=k%26y'], ['http://127.0.0.1:9/cva/{z}/{x}/{y}']]);
    expect(Object.values(basemapDefinition('osm', config)!.sources)[0]).toMatchObject({ url: 'http://127.0.0.1:9/planet.json' });
    // Only the configured endpoints change.
    expect(tilesOf('amap', { urls: { tiandituVector: ['x'] } })[0]![0]).toContain('webrd01.is.autonavi.com');
  });

  it('credits each online basemap in both languages', () => {
    for (const id of online) {
      const { attribution } = basemapDefinition(id, withKey)!;
      expect(attribution!.zh.trim(), id).not.toBe('');
      expect(attribution!.en.trim(), id).not.toBe('');
      expect(CJK.test(attribution!.zh), `${id} zh`).toBe(true);
      expect(CJK.test(attribution!.en), `${id} en`).toBe(false);
      for (const lang of ['zh', 'en'] as const) {
        const sources = Object.values(basemapSources(basemapDefinition(id, withKey)!, lang));
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect(source.attribution).toBe(attribution![lang]);
      }
    }
    expect(basemapDefinition('amap', {})!.attribution).toEqual({ zh: expect.stringContaining('高德'), en: expect.stringContaining('AutoNavi') });
    expect(basemapDefinition('osm', {})!.attribution!.en).toContain('OpenStreetMap contributors');
  });

  it('lists every default host for a Content-Security-Policy', () => {
    expect([...BASEMAP_HOSTS].sort()).toEqual(
      [
        'https://tiles.openfreemap.org',
        ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`),
        ...[1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`),
      ].sort(),
    );
  });

  it('adds valid sources and layers to our style, under ids of its own', () => {
    const style = buildStyle({ dataUrl: (file) => `http://localhost/geo/${file}`, fontUrl: 'http://localhost/font.woff2', lang: 'zh' });
    const ours = new Set([...style.layers.map((l) => l.id), ...Object.keys(style.sources)]);
    for (const id of online) {
      const definition = basemapDefinition(id, withKey)!;
      for (const added of [...definition.layers.map((l) => l.id), ...Object.keys(definition.sources)]) expect(ours.has(added), added).toBe(false);
      for (const layer of definition.layers) expect(Object.keys(definition.sources), layer.id).toContain((layer as { source: string }).source);
      const combined = {
        ...style,
        sources: { ...style.sources, ...basemapSources(definition, 'en') },
        layers: [style.layers[0], ...definition.layers, ...style.layers.slice(1)],
      };
      expect(validateStyleMin(combined).map((e) => e.message), id).toEqual([]);
    }
  });
});

describe('the real G50 on the OpenStreetMap basemap', () => {
  const matches = (ref?: string) =>
    featureFilter(IS_G50_REF, 'filter').filter({ zoom: 10 }, { type: 2, properties: ref === undefined ? {} : { ref } } as never);

  it('is every road whose ref lists G50, and no other', () => {
    for (const ref of ['G50', 'G50;S32', 'G15;G50', 'S32;G50;G60']) expect(matches(ref), ref).toBe(true);
    for (const ref of ['G501', 'S50', 'G5', 'G60', '', undefined]) expect(matches(ref), String(ref)).toBe(false);
  });

  it('reads ref from transportation_name, the OpenMapTiles layer that has it', () => {
    const layer = basemapDefinition('osm', {})!.layers.find((l) => l.id === OSM_G50_LAYER)!;
    expect(layer).toMatchObject({ type: 'line', 'source-layer': 'transportation_name', filter: IS_G50_REF });
  });
});
