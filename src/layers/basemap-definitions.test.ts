import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { RasterSourceSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_HOSTS, IS_G50_REF, OSM_G50_LAYER, basemapDefinition, basemapSources } from './basemap-definitions';
import { BASEMAP_IDS, availableBasemaps, type BasemapConfig, type BasemapId } from './basemaps';
import { colour, drawnBy, layerById, paintOf, type SampleFeature } from '../../test/layer-drawing';
import { buildStyle } from './style';
import { THEME } from './theme';

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
    expect(basemapDefinition('offline', withKey)!.datumLabel).toBe('WGS-84');
    expect(basemapDefinition('osm', withKey)!.datumLabel).toBe('WGS-84');
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

  it('credits by name and link whom each licence requires, in the reader’s language', () => {
    /** The credits of an attribution as [link, text] pairs. */
    const credits = (html: string) => [...html.matchAll(/<a href="([^"]+)" target="_blank" rel="noopener">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    const osm = basemapDefinition('osm', {})!.attribution!;
    expect(credits(osm.zh)).toEqual([
      ['https://openfreemap.org', 'OpenFreeMap'],
      ['https://www.openmaptiles.org/', '© OpenMapTiles'],
      ['https://www.openstreetmap.org/copyright', '© OpenStreetMap 贡献者'],
    ]);
    expect(credits(osm.en)).toEqual([
      ['https://openfreemap.org', 'OpenFreeMap'],
      ['https://www.openmaptiles.org/', '© OpenMapTiles'],
      ['https://www.openstreetmap.org/copyright', '© OpenStreetMap contributors'],
    ]);
    const tianditu = basemapDefinition('tianditu', withKey)!.attribution!;
    expect(credits(tianditu.zh)).toEqual([['https://www.tianditu.gov.cn', '© 天地图']]);
    expect(tianditu.zh).toContain('国家地理信息公共服务平台');
    expect(credits(tianditu.en)).toEqual([['https://www.tianditu.gov.cn', '© Tianditu']]);
    expect(tianditu.en).toContain('National Platform for Common GeoSpatial Information Services');
    const amap = basemapDefinition('amap', {})!.attribution!;
    expect(credits(amap.zh)).toEqual([['https://www.amap.com', '© 高德地图']]);
    expect(credits(amap.en)).toEqual([['https://www.amap.com', '© AutoNavi (AMap)']]);
  });

  it('draws every source it adds: Tianditu’s map and its labels, AMap’s map', () => {
    for (const id of online) {
      const { sources, layers } = basemapDefinition(id, withKey)!;
      expect([...new Set(layers.map((l) => (l as { source: string }).source))].sort(), id).toEqual(Object.keys(sources).sort());
    }
    expect(basemapDefinition('tianditu', withKey)!.layers.map((l) => l.type)).toEqual(['raster', 'raster']);
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

describe('the OpenStreetMap basemap in our theme', () => {
  const osmLayers = () => basemapDefinition('osm', {})!.layers;
  /** The layers drawing a feature of one OpenMapTiles layer. */
  const drawing = (sourceLayer: string, feature: SampleFeature) =>
    drawnBy(osmLayers().filter((l) => (l as { 'source-layer'?: string })['source-layer'] === sourceLayer), feature);
  const road = (cls: string): SampleFeature => ({ geometry: 'LineString', properties: { class: cls }, zoom: 12 });

  it('tints built-up land as our neighbouring districts, and only that', () => {
    for (const cls of ['residential', 'industrial', 'commercial', 'retail']) {
      const area: SampleFeature = { geometry: 'Polygon', properties: { class: cls } };
      expect(drawing('landuse', area), cls).toEqual(['basemap-osm-landuse']);
      expect(paintOf(layerById(osmLayers(), 'basemap-osm-landuse'), 'fill-color', area)).toBe(colour(THEME.neighbourFill));
    }
    expect(drawing('landuse', { geometry: 'Polygon', properties: { class: 'farmland' } })).toEqual([]);
  });

  it('draws water and waterways in our water colour', () => {
    const water: SampleFeature = { geometry: 'Polygon', properties: {} };
    expect(drawing('water', water)).toEqual(['basemap-osm-water']);
    expect(paintOf(layerById(osmLayers(), 'basemap-osm-water'), 'fill-color', water)).toBe(colour(THEME.water));
    const river: SampleFeature = { geometry: 'LineString', properties: {}, zoom: 12 };
    expect(drawing('waterway', river)).toEqual(['basemap-osm-waterway']);
    expect(paintOf(layerById(osmLayers(), 'basemap-osm-waterway'), 'line-color', river)).toBe(colour(THEME.water));
  });

  it('draws major roads wider than minor ones, in their own colours, and no paths', () => {
    const width = (id: string, cls: string) => paintOf(layerById(osmLayers(), id), 'line-width', road(cls)) as number;
    for (const cls of ['motorway', 'trunk', 'primary']) expect(drawing('transportation', road(cls)), cls).toEqual(['basemap-osm-roads-major']);
    for (const cls of ['secondary', 'tertiary', 'minor']) expect(drawing('transportation', road(cls)), cls).toEqual(['basemap-osm-roads-minor']);
    expect(drawing('transportation', road('path'))).toEqual([]);
    expect(width('basemap-osm-roads-major', 'motorway')).toBeGreaterThan(width('basemap-osm-roads-minor', 'minor'));
    expect(paintOf(layerById(osmLayers(), 'basemap-osm-roads-minor'), 'line-color', road('minor'))).toBe(colour('#ffffff'));
    expect(paintOf(layerById(osmLayers(), 'basemap-osm-roads-major'), 'line-color', road('motorway'))).toBe(colour('#c9c1b1'));
  });

  it('draws the real G50 wide and translucent in the G50 colour, so the schematic line stays readable on it', () => {
    const g50: SampleFeature = { geometry: 'LineString', properties: { ref: 'G50' }, zoom: 12 };
    const layer = layerById(osmLayers(), OSM_G50_LAYER);
    expect(drawing('transportation_name', g50)).toEqual([OSM_G50_LAYER]);
    expect(paintOf(layer, 'line-color', g50)).toBe(colour(THEME.g50));
    expect(paintOf(layer, 'line-opacity', g50)).toBeLessThan(0.5);
    expect(paintOf(layer, 'line-width', g50)).toBeGreaterThan(paintOf(layerById(osmLayers(), 'basemap-osm-roads-major'), 'line-width', road('motorway')) as number);
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
