import type { LayerFile } from '../data/schemas/geo-feature.schema';

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

export const ATTRIBUTION = {
  osm: '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">© OpenStreetMap contributors</a> (ODbL)',
  gshhg: 'Lakes: GSHHG (Wessel &amp; Smith, LGPL)',
  datav: 'Boundaries: DataV.GeoAtlas',
  estimates: 'Plan layers and positions: our estimates from 青府办发〔2022〕9号',
} as const;

export const SOURCE_ATTRIBUTION: Record<SourceId, string> = {
  'context-boundaries': ATTRIBUTION.datav,
  'context-water': ATTRIBUTION.gshhg,
  'sub-areas': ATTRIBUTION.estimates,
  'context-corridor': ATTRIBUTION.estimates,
  belts: ATTRIBUTION.estimates,
  pillars: ATTRIBUTION.estimates,
  'base-parks': ATTRIBUTION.estimates,
  'trunk-lines': ATTRIBUTION.osm,
  'trunk-stations': ATTRIBUTION.osm,
  'context-places': ATTRIBUTION.estimates,
};
