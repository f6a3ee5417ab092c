import type { GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapLayers, contextOverlayLayers } from './context.layer';
import type { Lang } from './expressions';
import { LABEL_FONT, labelLayers } from './labels.layer';
import { planAreaLayers } from './plan-areas.layer';
import { SOURCE, SOURCE_FILE, sourceAttribution, type SourceId } from './sources';
import { trunkLayers } from './trunk.layer';

export interface StyleInputs {
  /** URL of each geo/ file the map draws. */
  dataUrl: (file: (typeof SOURCE_FILE)[SourceId]) => string;
  /** Absolute URL of the bundled label font. */
  fontUrl: string;
  lang: Lang;
}

function geojsonSource(id: SourceId, inputs: StyleInputs): GeoJSONSourceSpecification {
  // promoteId lets hover and selection use feature-state with our string ids.
  return { type: 'geojson', data: inputs.dataUrl(SOURCE_FILE[id]), promoteId: 'id', attribution: sourceAttribution(id, inputs.lang) };
}

/**
 * The whole map style: our own context layers as the basemap, the plan layers above, labels on
 * top. No tile, glyph or sprite server: every URL in it is on the page's origin.
 */
export function buildStyle(inputs: StyleInputs): StyleSpecification {
  const sources = Object.fromEntries(
    Object.values(SOURCE).map((id) => [id, geojsonSource(id, inputs)]),
  ) as StyleSpecification['sources'];
  return {
    version: 8,
    name: 'Digital Trunk Map',
    'font-faces': { [LABEL_FONT]: inputs.fontUrl },
    sources,
    layers: [
      ...basemapLayers(),
      ...planAreaLayers(),
      ...contextOverlayLayers(),
      ...trunkLayers(),
      ...labelLayers(inputs.lang),
    ],
  };
}
