import type { BasemapId } from '../layers/basemaps';

/** What the map draws under our layers, for the basemap picker and notice. */
export interface BasemapStatus {
  shown: BasemapId;
  /** The shown basemap's datum, as the notice names it. */
  datumLabel: string;
  /** True when our layers are shifted to the basemap's datum (GCJ-02). */
  shifted: boolean;
  /** The basemap that did not load, when the map fell back to the offline one. */
  failed: BasemapId | null;
}

export const OFFLINE_STATUS: BasemapStatus = { shown: 'offline', datumLabel: 'WGS-84', shifted: false, failed: null };
