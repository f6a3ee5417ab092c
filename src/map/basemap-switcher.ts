import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapStatus } from '../components/basemap-status.types';
import type { Lang } from '../i18n/translate';
import { basemapDefinition, type BasemapDefinition } from '../layers/basemap-definitions';
import type { BasemapConfig, BasemapId, Datum } from '../layers/basemaps';
import { SOURCE } from '../layers/sources';
import { guardBasemap } from './basemap-guard';
import { BasemapLayers } from './basemap-layers';
import { OverlayDatum } from './overlay-datum';

/**
 * Switches what is drawn under our layers, and our layers' datum with it; falls back to the
 * offline basemap when an online one fails. Loaded with import() on the visitor's first choice,
 * so the offline default does not download the basemap definitions.
 */
export class BasemapSwitcher {
  private readonly layers: BasemapLayers;
  private readonly overlays: OverlayDatum;
  private shown: BasemapDefinition;
  /** Counts choices, so that a slow one a later choice overtook is dropped. */
  private choice = 0;
  private stopGuard: () => void = () => {};

  constructor(
    private readonly map: MapLibreMap,
    private readonly config: BasemapConfig,
    /** Called whenever the basemap changes, a fallback included. */
    private readonly onChange: (status: BasemapStatus) => void,
  ) {
    this.layers = new BasemapLayers(map);
    this.overlays = new OverlayDatum(map, Object.values(SOURCE));
    this.shown = this.offline();
  }

  /** Shows basemap `id`, or the offline one again if it fails. */
  async show(id: BasemapId, lang: Lang): Promise<void> {
    const definition = basemapDefinition(id, this.config);
    if (!definition) return this.fallBack(id, lang);
    const choice = ++this.choice;
    try {
      await this.overlays.prepare(definition.datum);
    } catch {
      // gcoord could not be loaded (the connection dropped, or a new deployment replaced it).
      if (choice === this.choice) this.fallBack(id, lang);
      return;
    }
    if (choice !== this.choice) return;
    this.apply(definition, lang, null);
  }

  /** Sources carry their credit as a fixed string: adds the basemap again to credit it in `lang`. */
  setLanguage(lang: Lang): void {
    this.layers.show(this.shown, lang);
  }

  /** The datum our layers are drawn in now, the basemap's. */
  get datum(): Datum {
    return this.overlays.datum;
  }

  /** A collection of ours (WGS-84) as it must be drawn over the basemap shown. */
  forDisplay<C extends FeatureCollection>(collection: C): C {
    return this.overlays.forDisplay(collection);
  }

  /** Where a true (WGS-84) position is drawn over the basemap shown. */
  drawnAt(position: readonly [number, number]): [number, number] {
    return this.overlays.toDisplay(position);
  }

  /** The true (WGS-84) position of a point drawn over the basemap shown. */
  trueAt(position: readonly [number, number]): [number, number] {
    return this.overlays.toTrue(position);
  }

  stop(): void {
    this.stopGuard();
  }

  private fallBack(failed: BasemapId, lang: Lang): void {
    this.choice++;
    this.apply(this.offline(), lang, failed);
  }

  private apply(definition: BasemapDefinition, lang: Lang, failed: BasemapId | null): void {
    this.stopGuard();
    this.stopGuard = () => {};
    this.shown = definition;
    const sources = Object.keys(definition.sources);
    // Watching starts before the sources are added: a vector source asks for its TileJSON at once.
    if (sources.length > 0) this.stopGuard = guardBasemap(this.map, sources, () => this.fallBack(definition.id, lang), this.config.drawTimeoutMs);
    this.layers.show(definition, lang);
    this.overlays.use(definition.datum);
    this.onChange({ shown: definition.id, datumLabel: definition.datumLabel, shifted: definition.datum !== 'WGS84', failed });
  }

  private offline(): BasemapDefinition {
    return basemapDefinition('offline', this.config)!;
  }
}
