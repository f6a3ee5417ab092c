import type { MessageKey } from '../i18n/translate';
import type { BasemapId } from '../layers/basemaps';

/** The name of each basemap in the UI. */
export const BASEMAP_LABEL: Record<BasemapId, MessageKey> = {
  offline: 'Basemap.offline',
  osm: 'Basemap.osm',
  tianditu: 'Basemap.tianditu',
  amap: 'Basemap.amap',
};
