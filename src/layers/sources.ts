import type { LayerFile } from '../data/schemas/geo-feature.schema';
import type { Lang } from '../i18n/translate';

/** Map source ids, one per drawn geo/ file. */
export const SOURCE = {
  boundaries: 'context-boundaries',
  water: 'context-water',
  subAreas: 'sub-areas',
  corridor: 'context-corridor',
  belts: 'belts',
  pillars: 'pillars',
  baseParks: 'base-parks',
  trunkLines: 'trunk-lines',
  stations: 'trunk-stations',
  places: 'context-places',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** The geo/ file behind each source. */
export const SOURCE_FILE: Record<SourceId, LayerFile> = {
  'context-boundaries': 'context-boundaries.geojson',
  'context-water': 'context-water.geojson',
  'sub-areas': 'sub-areas.geojson',
  'context-corridor': 'context-corridor.geojson',
  belts: 'belts.geojson',
  pillars: 'pillars.geojson',
  'base-parks': 'base-parks.geojson',
  'trunk-lines': 'trunk-lines.geojson',
  'trunk-stations': 'trunk-stations.geojson',
  'context-places': 'context-places.geojson',
};

const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';

/** The credits of our own layers, in each language the map speaks. */
export const ATTRIBUTION = {
  zh: {
    osm: `<a href="${OSM_COPYRIGHT}" target="_blank" rel="noopener">© OpenStreetMap 贡献者</a>（ODbL）`,
    gshhg: '湖泊：GSHHG（Wessel &amp; Smith，LGPL）',
    datav: '行政边界：DataV.GeoAtlas',
    estimates: '规划图层与位置：本图据青府办发〔2022〕9号估计',
  },
  en: {
    osm: `<a href="${OSM_COPYRIGHT}" target="_blank" rel="noopener">© OpenStreetMap contributors</a> (ODbL)`,
    gshhg: 'Lakes: GSHHG (Wessel &amp; Smith, LGPL)',
    datav: 'Boundaries: DataV.GeoAtlas',
    estimates: 'Plan layers and positions: our estimates from 青府办发〔2022〕9号',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Which credit each source's data needs. */
const SOURCE_CREDIT: Record<SourceId, keyof (typeof ATTRIBUTION)['en']> = {
  'context-boundaries': 'datav',
  'context-water': 'gshhg',
  'sub-areas': 'estimates',
  'context-corridor': 'estimates',
  belts: 'estimates',
  pillars: 'estimates',
  'base-parks': 'estimates',
  'trunk-lines': 'osm',
  'trunk-stations': 'osm',
  'context-places': 'estimates',
};

/** The credit a source shows in the map's corner, in the visitor's language. */
export function sourceAttribution(id: SourceId, lang: Lang): string {
  return ATTRIBUTION[lang][SOURCE_CREDIT[id]];
}
