import type { FillLayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/translate';
import { basemapSources, type BasemapDefinition } from '../layers/basemap-definitions';
import { CONTEXT_LAYER } from '../layers/context.layer';

/**
 * The offline basemap's area fills, muted while an online basemap shows so that its tiles show
 * through; the district and lake outlines stay drawn over them. Opacity rather than visibility,
 * so the legend's toggles stay the visitor's own.
 */
const OFFLINE_FILLS = [CONTEXT_LAYER.neighbourFill, CONTEXT_LAYER.focusFill, CONTEXT_LAYER.waterFill];

type FillOpacity = NonNullable<FillLayerSpecification['paint']>['fill-opacity'];

/** Online basemap layers go right above our background, beneath everything else of ours. */
const BENEATH = CONTEXT_LAYER.neighbourFill;

/** Adds and removes an online basemap's sources and layers under our own layers. */
export class BasemapLayers {
  private shown: BasemapDefinition | null = null;
  /** The fills' own opacity, put back when the offline basemap returns. */
  private readonly fillOpacity = new Map<string, FillOpacity>();

  constructor(private readonly map: MapLibreMap) {}

  /** Shows `definition` (the offline basemap: none) instead of the online basemap shown now. */
  show(definition: BasemapDefinition, lang: Lang): void {
    this.clear();
    const sources = Object.entries(basemapSources(definition, lang));
    if (sources.length === 0) return;
    for (const [id, source] of sources) this.map.addSource(id, source);
    for (const layer of definition.layers) this.map.addLayer(layer, BENEATH);
    this.muteOfflineFills(true);
    this.shown = definition;
  }

  private clear(): void {
    if (!this.shown) return;
    for (const layer of this.shown.layers) this.map.removeLayer(layer.id);
    for (const id of Object.keys(this.shown.sources)) this.map.removeSource(id);
    this.muteOfflineFills(false);
    this.shown = null;
  }

  private muteOfflineFills(mute: boolean): void {
    for (const id of OFFLINE_FILLS) {
      if (mute) this.fillOpacity.set(id, this.map.getPaintProperty(id, 'fill-opacity') as FillOpacity);
      this.map.setPaintProperty(id, 'fill-opacity', mute ? 0 : this.fillOpacity.get(id));
    }
  }
}
