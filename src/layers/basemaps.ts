/** The basemaps a visitor can choose, by id; the first is the default. */
export const BASEMAP_IDS = ['offline'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
