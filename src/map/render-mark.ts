import type { Map as MapLibreMap } from 'maplibre-gl';
import { TRUNK_LAYER } from '../layers/trunk.layer';

/** User Timing mark set when every trunk layer has drawn at least one feature. */
export const TRUNK_RENDERED_MARK = 'trunk-rendered';

/**
 * Sets the `trunk-rendered` performance mark the first time all of `layerIds` show features on
 * screen, so that real visits and the benchmark measure the same moment.
 */
export function markWhenRendered(map: MapLibreMap, layerIds: string[] = Object.values(TRUNK_LAYER)): void {
  const check = () => {
    // Not isStyleLoaded(): one failed source keeps it false, yet the trunk can still be drawn.
    const drawn = layerIds.every((id) => map.getLayer(id) && map.queryRenderedFeatures({ layers: [id] }).length > 0);
    if (!drawn) return;
    performance.mark(TRUNK_RENDERED_MARK);
    map.off('render', check);
  };
  map.on('render', check);
}
