/*
 * Which basemaps exist and which a deployment offers: all the page needs at startup. Their
 * definitions (basemap-definitions.ts) load when a basemap other than the offline one is shown.
 */

/**
 * The basemaps a visitor can choose, by id; the first, `offline` (our own context layers), is the
 * default and the fallback.
 */
export const BASEMAP_IDS = ['offline', 'osm', 'tianditu', 'amap'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];

/**
 * The datum a basemap's tiles are drawn in. Our geo/ data is WGS-84; a GCJ-02 basemap needs our
 * layers shifted to match it.
 */
export type Datum = 'WGS84' | 'GCJ02';

/** Tile endpoints of the online basemaps. `{key}` stands for the Tianditu key. */
export interface BasemapUrls {
  /** TileJSON of OpenFreeMap's OpenMapTiles-schema vector tiles. */
  osmTileJson: string;
  tiandituVector: string[];
  tiandituLabels: string[];
  amap: string[];
}

/**
 * What a deployer configures: the Tianditu key, tile endpoints that replace the defaults, and how
 * long a basemap may take to draw before the map falls back (3 s unless given).
 */
export interface BasemapConfig {
  tiandituKey?: string;
  urls?: Partial<BasemapUrls>;
  drawTimeoutMs?: number;
}

/** The basemaps a deployment can offer: Tianditu only with a key. */
export function availableBasemaps(config: BasemapConfig): BasemapId[] {
  return BASEMAP_IDS.filter((id) => id !== 'tianditu' || Boolean(config.tiandituKey));
}
