import type {
  ExpressionSpecification,
  LayerSpecification,
  RasterSourceSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../i18n/translate';
import { availableBasemaps, type BasemapConfig, type BasemapId, type BasemapUrls, type Datum } from './basemaps';
import { THEME } from './theme';

const tiandituTiles = (layer: 'vec' | 'cva') =>
  [0, 1, 2, 3, 4, 5, 6, 7].map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      '&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
  );

export const DEFAULT_BASEMAP_URLS: BasemapUrls = {
  osmTileJson: 'https://tiles.openfreemap.org/planet',
  tiandituVector: tiandituTiles('vec'),
  tiandituLabels: tiandituTiles('cva'),
  amap: [1, 2, 3, 4].map(
    (n) => `https://webrd0${n}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
  ),
};

/**
 * Origins the default basemaps load from. A strict Content-Security-Policy must allow them in
 * connect-src (MapLibre fetches tiles and TileJSON) and img-src.
 */
export const BASEMAP_HOSTS: readonly string[] = [
  ...new Set(
    [DEFAULT_BASEMAP_URLS.osmTileJson, ...DEFAULT_BASEMAP_URLS.tiandituVector, ...DEFAULT_BASEMAP_URLS.tiandituLabels, ...DEFAULT_BASEMAP_URLS.amap].map(
      (url) => new URL(url).origin,
    ),
  ),
];

export interface BasemapDefinition {
  id: BasemapId;
  datum: Datum;
  /** The datum as the notice names it. */
  datumLabel: string;
  /** Credit for the tiles; null for the offline basemap, whose credits are on our own sources. */
  attribution: Record<Lang, string> | null;
  /** Sources it adds, keyed by id; attribution is added per language by `basemapSources`. */
  sources: Record<string, RasterSourceSpecification | VectorSourceSpecification>;
  /** Layers it adds, drawn beneath our own layers. */
  layers: LayerSpecification[];
}

const link = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener">${text}</a>`;

const rasterSource = (tiles: string[]): RasterSourceSpecification => ({ type: 'raster', tiles, tileSize: 256, maxzoom: 18 });
const rasterLayer = (id: string): LayerSpecification => ({ id, type: 'raster', source: id });

/**
 * Roads whose OpenStreetMap `ref` lists G50 ("G50", "G50;S32"; not "G501"). In the OpenMapTiles
 * schema `ref` is a field of `transportation_name` only; `transportation` has none.
 */
export const IS_G50_REF: ExpressionSpecification = ['in', ';G50;', ['concat', ';', ['coalesce', ['get', 'ref'], ''], ';']];

const OSM_SOURCE = 'basemap-osm';
export const OSM_G50_LAYER = 'basemap-osm-g50';

const classIn = (...classes: string[]): ExpressionSpecification => ['match', ['get', 'class'], classes, true, false];

/** OpenMapTiles vector tiles drawn in our theme: land use, water, roads, and the real G50. */
function osmLayers(): LayerSpecification[] {
  const vector = { source: OSM_SOURCE } as const;
  return [
    {
      id: 'basemap-osm-landuse',
      type: 'fill',
      ...vector,
      'source-layer': 'landuse',
      filter: classIn('residential', 'industrial', 'commercial', 'retail'),
      paint: { 'fill-color': THEME.neighbourFill },
    },
    { id: 'basemap-osm-water', type: 'fill', ...vector, 'source-layer': 'water', paint: { 'fill-color': THEME.water } },
    {
      id: 'basemap-osm-waterway',
      type: 'line',
      ...vector,
      'source-layer': 'waterway',
      paint: { 'line-color': THEME.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 14, 2] },
    },
    {
      id: 'basemap-osm-roads-minor',
      type: 'line',
      ...vector,
      'source-layer': 'transportation',
      filter: classIn('secondary', 'tertiary', 'minor'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.5, 14, 3] },
    },
    {
      id: 'basemap-osm-roads-major',
      type: 'line',
      ...vector,
      'source-layer': 'transportation',
      filter: classIn('motorway', 'trunk', 'primary'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#c9c1b1', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 14, 5] },
    },
    {
      // Wide and translucent, so our dashed schematic G50 stays readable on top of it.
      id: OSM_G50_LAYER,
      type: 'line',
      ...vector,
      'source-layer': 'transportation_name',
      filter: IS_G50_REF,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': THEME.g50, 'line-opacity': 0.35, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 5, 14, 12] },
    },
  ];
}

/** One basemap's definition, or undefined when this deployment cannot offer it. */
export function basemapDefinition(id: BasemapId, config: BasemapConfig): BasemapDefinition | undefined {
  if (!availableBasemaps(config).includes(id)) return undefined;
  const urls = { ...DEFAULT_BASEMAP_URLS, ...config.urls };
  const withKey = (tiles: string[]) => tiles.map((url) => url.replaceAll('{key}', encodeURIComponent(config.tiandituKey ?? '')));
  switch (id) {
    case 'offline':
      // Our own context layers, already in the style.
      return { id, datum: 'WGS84', datumLabel: 'WGS-84', attribution: null, sources: {}, layers: [] };
    case 'osm':
      return {
        id,
        datum: 'WGS84',
        datumLabel: 'WGS-84',
        attribution: {
          zh: `${link('https://openfreemap.org', 'OpenFreeMap')} ${link('https://www.openmaptiles.org/', '© OpenMapTiles')} 数据 ${link('https://www.openstreetmap.org/copyright', '© OpenStreetMap 贡献者')}`,
          en: `${link('https://openfreemap.org', 'OpenFreeMap')} ${link('https://www.openmaptiles.org/', '© OpenMapTiles')} Data from ${link('https://www.openstreetmap.org/copyright', '© OpenStreetMap contributors')}`,
        },
        sources: { [OSM_SOURCE]: { type: 'vector', url: urls.osmTileJson } },
        layers: osmLayers(),
      };
    case 'tianditu':
      // Tianditu is in CGCS2000, which agrees with WGS-84 to within centimetres: no shift needed.
      return {
        id,
        datum: 'WGS84',
        datumLabel: 'CGCS2000 ≈ WGS-84',
        attribution: {
          zh: `${link('https://www.tianditu.gov.cn', '© 天地图')}（国家地理信息公共服务平台）`,
          en: `${link('https://www.tianditu.gov.cn', '© Tianditu')} (National Platform for Common GeoSpatial Information Services)`,
        },
        sources: {
          'basemap-tianditu-vector': rasterSource(withKey(urls.tiandituVector)),
          'basemap-tianditu-labels': rasterSource(withKey(urls.tiandituLabels)),
        },
        layers: [rasterLayer('basemap-tianditu-vector'), rasterLayer('basemap-tianditu-labels')],
      };
    case 'amap':
      return {
        id,
        datum: 'GCJ02',
        datumLabel: 'GCJ-02',
        attribution: { zh: link('https://www.amap.com', '© 高德地图'), en: link('https://www.amap.com', '© AutoNavi (AMap)') },
        sources: { 'basemap-amap': rasterSource(urls.amap) },
        layers: [rasterLayer('basemap-amap')],
      };
  }
}

/** A basemap's sources with the attribution in the visitor's language. */
export function basemapSources(definition: BasemapDefinition, lang: Lang): BasemapDefinition['sources'] {
  return Object.fromEntries(
    Object.entries(definition.sources).map(([id, source]) => [id, { ...source, attribution: definition.attribution?.[lang] }]),
  );
}
