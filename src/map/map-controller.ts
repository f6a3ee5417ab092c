import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import { OFFLINE_STATUS, type BasemapStatus } from '../components/basemap-status.types';
import type { Lang } from '../i18n/translate';
import { availableBasemaps, type BasemapConfig, type BasemapId } from '../layers/basemaps';
import { nameIn } from '../layers/expressions';
import { LABEL_LAYER_IDS } from '../layers/labels.layer';
import { SELECTABLE_LAYERS } from '../layers/legend';
import type { BasemapSwitcher } from './basemap-switcher';
import { withFontFilesFetchedOnce } from './font-files';
import { OVERLAY_SOURCE, overlayLayers } from '../layers/overlay.layer';
import type { DrawingLayer } from './drawing';
import { ImportedLayers } from './imported-layers';
import type { KeptPlanImage } from './kept-plan-image';
import { MapControls, uiLocale } from './map-controls';
import { markWhenRendered } from './render-mark';
import { OPENING_BOUNDS, VIEW_BOUNDS, VIEW_LIMITS, type MapView } from './view';

/** The opening view's bounds (OPENING_BOUNDS) as MapLibre takes them. */
export const TRUNK_BOUNDS: [[number, number], [number, number]] = [
  [OPENING_BOUNDS[0], OPENING_BOUNDS[1]],
  [OPENING_BOUNDS[2], OPENING_BOUNDS[3]],
];

/** A feature on the map, named by its source and id. */
export interface FeatureRef {
  source: string;
  id: string;
}

export interface MapControllerOptions {
  /** Padding around TRUNK_BOUNDS in the opening view. */
  fitPadding?: maplibregl.PaddingOptions;
  /** Where the map opens; the opening view (TRUNK_BOUNDS fitted to the screen) when absent. */
  view?: MapView | null;
  /** Inside another page, wheel zoom needs ctrl/⌘ and touch needs two fingers, so the page scrolls. */
  cooperativeGestures?: boolean;
  /** The language of the style's labels, the basemap credits and the map's own controls and name; setLanguage changes it. */
  lang?: Lang;
  /** Which online basemaps this deployment offers, and where their tiles come from. */
  basemaps?: BasemapConfig;
  /** Names what this map keeps in the browser (its imports and plan image), apart from other maps on the page; the page's path when absent. */
  storageScope?: string;
}

/** Extra pixels around a tap, so a finger can hit a station dot. */
const TAP_TOLERANCE_PX = 6;

/**
 * The only object that touches the MapLibre map: creates it, switches layers, language and
 * basemap, highlights, moves the view and reports where it comes to rest, and reports which
 * feature a click or tap chose. Every coordinate it takes or gives is WGS-84, whatever datum the
 * basemap is drawn in.
 */
export class MapController {
  readonly map: MapLibreMap;
  /** Resolves once the style and every source have loaded. */
  readonly ready: Promise<void>;
  /** Whether `ready` has resolved: what waits for it can then run at once. */
  private styleLoaded = false;
  /** The basemaps this deployment offers, offline first. */
  readonly basemapIds: BasemapId[];
  private hovered: FeatureRef | null = null;
  private selected: FeatureRef | null = null;
  private highlightedRef: FeatureRef | null = null;
  private clickListeners: ((ref: FeatureRef | null) => void)[] = [];
  /** Takes the next click as a position instead of a feature choice (a tool measuring there). */
  private positionPicker: ((lngLat: [number, number]) => void) | null = null;
  private overlay: FeatureCollection = { type: 'FeatureCollection', features: [] };
  private drawingsListeners: ((shown: boolean) => void)[] = [];
  /** Off while the drawing tool is open: clicks then draw and select drawings, not plan features. */
  private picking = true;
  private drawingLayer: Promise<DrawingLayer> | null = null;
  private planImageLayer: Promise<KeptPlanImage> | null = null;
  private readonly imported: ImportedLayers;
  private readonly fitPadding: maplibregl.PaddingOptions | number;
  private basemapListeners: ((status: BasemapStatus) => void)[] = [];
  private readonly controls: MapControls;
  private lang: Lang;
  private readonly basemapConfig: BasemapConfig;
  private readonly storageScope: string;
  /** The basemap last asked for; 'offline' again after a fallback. */
  private basemap: BasemapId = 'offline';
  /** Loaded on the first online basemap, so the offline default does not download it. */
  private switcher: BasemapSwitcher | null = null;

  constructor(container: HTMLElement, style: StyleSpecification, options: MapControllerOptions = {}) {
    this.fitPadding = options.fitPadding ?? 24;
    const { west, south, east, north } = VIEW_BOUNDS;
    this.map = new maplibregl.Map({
      container,
      style: withFontFilesFetchedOnce(style),
      // A given view is where the map opens, without first showing the whole trunk.
      ...(options.view
        ? { center: [...options.view.center], zoom: options.view.zoom, bearing: options.view.bearing, pitch: options.view.pitch }
        : { bounds: TRUNK_BOUNDS, fitBoundsOptions: { padding: this.fitPadding } }),
      attributionControl: false,
      maxBounds: [
        [west, south],
        [east, north],
      ],
      maxPitch: VIEW_LIMITS.maxPitch,
      cooperativeGestures: options.cooperativeGestures ?? false,
      locale: uiLocale(options.lang ?? 'zh'),
      // Labels appear at once for a visitor who prefers reduced motion, instead of fading in and
      // out for 300 ms after every move (which also keeps the map drawing frames that long).
      ...(matchMedia('(prefers-reduced-motion: reduce)').matches && { fadeDuration: 0 }),
    });
    this.imported = new ImportedLayers(this.map);
    this.controls = new MapControls(this.map);
    this.ready = new Promise((resolve) =>
      this.map.once('load', () => {
        this.styleLoaded = true;
        resolve();
      }),
    );
    markWhenRendered(this.map);
    this.map.on('mousemove', this.onMouseMove);
    this.map.on('mouseout', this.clearHover);
    this.map.on('click', this.onClick);
    this.lang = options.lang ?? 'zh';
    this.basemapConfig = options.basemaps ?? {};
    this.storageScope = options.storageScope ?? location.pathname;
    this.basemapIds = availableBasemaps(this.basemapConfig);
  }

  /** Whether this browser can draw the map at all (WebGL); without it the page shows its fallback. */
  static canDraw(): boolean {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  }

  /** Called with the chosen feature, or null when a click hit nothing selectable. */
  onFeatureClicked(listener: (ref: FeatureRef | null) => void): void {
    this.clickListeners.push(listener);
  }

  /** Called with the height of the map's corner controls (zoom, scale, credits) now and whenever it changes; returns the function that stops. */
  onCornerControlsResized(listener: (heightPx: number) => void): () => void {
    return this.controls.onResized(listener);
  }

  /** Called with the new view each time the map stops moving (drag, zoom, flight or setView). */
  onViewChanged(listener: (view: MapView) => void): void {
    this.map.on('moveend', () => listener(this.getView()));
  }

  getView(): MapView {
    const center = this.trueAt(this.map.getCenter().toArray());
    return { center, zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Jumps to a view; null is the opening view, the whole trunk fitted to the screen. */
  setView(view: MapView | null): void {
    if (view) this.map.jumpTo({ center: this.drawnAt(view.center), zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
    else this.map.fitBounds(this.drawnBounds(TRUNK_BOUNDS[0], TRUNK_BOUNDS[1]), { padding: this.fitPadding, bearing: 0, pitch: 0, animate: false });
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    for (const id of LABEL_LAYER_IDS) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', nameIn(lang));
    }
    this.switcher?.setLanguage(lang);
    this.controls.setLanguage(lang);
  }

  /** Called with what the map draws under our layers whenever that changes, a fallback included. */
  onBasemapChanged(listener: (status: BasemapStatus) => void): void {
    this.basemapListeners.push(listener);
  }

  /**
   * Shows a basemap under our layers (once the style has loaded), keeping our layers, their
   * visibility, the selection and the language. Over a GCJ-02 basemap our layers are shifted to
   * GCJ-02 to match it. A basemap this deployment does not offer, or one that fails to draw,
   * falls back to the offline basemap, and onBasemapChanged says so.
   */
  async setBasemap(id: BasemapId): Promise<void> {
    if (id === this.basemap) return;
    this.basemap = id;
    if (!this.switcher) {
      try {
        const { BasemapSwitcher } = await import('./basemap-switcher');
        this.switcher ??= new BasemapSwitcher(this.map, this.basemapConfig, this.onBasemapSwitched);
      } catch {
        // Its code could not be loaded: the offline basemap stays, and a later choice tries again.
        return this.onBasemapSwitched({ ...OFFLINE_STATUS, failed: id });
      }
    }
    await this.switcher.show(id, this.lang);
  }

  setLayersVisible(layerIds: string[], visible: boolean): void {
    const visibility = visible ? 'visible' : 'none';
    for (const id of layerIds) {
      // MapLibre lays out a layer's whole source again on any change, and a layer the style left
      // without a visibility is visible: setting 'visible' there would redo every tile for nothing.
      if (this.map.getLayer(id) && (this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) {
        this.map.setLayoutProperty(id, 'visibility', visibility);
      }
    }
  }

  /** Highlights one feature (or none) as selected. */
  select(ref: FeatureRef | null): void {
    this.setState(this.selected, { selected: false });
    this.selected = ref;
    this.setState(ref, { selected: true });
  }

  /**
   * Highlights one feature (or none) as if hovered, for a panel pointing at it (a park's bar in
   * the targets dashboard). Kept apart from the mouse's hover, so neither clears the other.
   */
  highlight(ref: FeatureRef | null): void {
    this.setState(this.highlightedRef, { highlighted: false });
    this.highlightedRef = ref;
    this.setState(ref, { highlighted: true });
  }

  /** The feature a panel highlights, if any. */
  get highlighted(): FeatureRef | null {
    return this.highlightedRef;
  }

  /** Every selectable feature drawn on screen now, once each, smallest kind first (as clicks rank them). */
  visibleFeatures(): FeatureRef[] {
    const layers = SELECTABLE_LAYERS.filter((id) => this.map.getLayer(id));
    const seen = new Set<string>();
    const refs: FeatureRef[] = [];
    for (const feature of this.map.queryRenderedFeatures({ layers }).sort((a, b) => rank(a) - rank(b))) {
      const id = String(feature.id);
      if (seen.has(id)) continue;
      seen.add(id);
      refs.push({ source: feature.source, id });
    }
    return refs;
  }

  /**
   * Called with visibleFeatures() once the map has drawn, and again whenever what is drawn on
   * screen changes (a move, a layer shown or hidden). Returns a function that stops the calls.
   */
  onVisibleFeaturesChanged(listener: (refs: FeatureRef[]) => void): () => void {
    let last = '';
    const report = () => {
      const refs = this.visibleFeatures();
      const key = refs.map((r) => r.id).join('|');
      if (key === last) return;
      last = key;
      listener(refs);
    };
    this.map.on('idle', report);
    if (this.map.loaded()) report();
    return () => this.map.off('idle', report);
  }

  /**
   * Draws an analysis tool's shapes (see overlay.layer.ts) over the plan layers; null clears them.
   * Once the style has loaded they are handed to MapLibre before this returns, so a tool's result
   * reaches the map in the same task as its table.
   */
  showOverlay(shapes: FeatureCollection | null): void {
    this.overlay = shapes ?? { type: 'FeatureCollection', features: [] };
    if (this.styleLoaded) this.drawOverlay();
    else void this.ready.then(() => this.drawOverlay());
  }

  private drawOverlay(): void {
    const source = this.map.getSource<GeoJSONSource>(OVERLAY_SOURCE);
    if (source) return void source.setData(this.forDisplay(this.overlay));
    this.map.addSource(OVERLAY_SOURCE, { type: 'geojson', data: this.forDisplay(this.overlay) });
    const beneath = LABEL_LAYER_IDS.find((id) => this.map.getLayer(id));
    for (const layer of overlayLayers()) this.map.addLayer(layer, beneath);
  }

  /**
   * The next click on the map is handed to `listener` as a position (WGS-84) and chooses no
   * feature. Returns a function that cancels the wait.
   */
  pickPosition(listener: (lngLat: [number, number]) => void): () => void {
    this.positionPicker = listener;
    this.map.getCanvas().style.cursor = 'crosshair';
    return () => {
      if (this.positionPicker !== listener) return;
      this.positionPicker = null;
      this.map.getCanvas().style.cursor = '';
    };
  }

  /**
   * Moves the view to show a feature's bounding box in the part of the map not under panels.
   * MapLibre jumps instead of flying when the visitor prefers reduced motion.
   */
  showBounds(bounds: [number, number, number, number], padding: maplibregl.PaddingOptions, options: { animate?: boolean } = {}): void {
    const [w, s, e, n] = bounds;
    this.map.fitBounds(this.drawnBounds([w, s], [e, n]), { padding, maxZoom: 12, animate: options.animate ?? true });
  }

  /** Ids of the features a layer currently draws on screen. */
  renderedFeatureIds(layerId: string): string[] {
    if (!this.map.getLayer(layerId)) return [];
    const ids = this.map.queryRenderedFeatures({ layers: [layerId] }).map((f) => String(f.id));
    return [...new Set(ids)];
  }

  /** The visitor's drawings on the map; terra-draw loads the first time this is asked for. */
  drawing(): Promise<DrawingLayer> {
    this.drawingLayer ??= Promise.all([import('./drawing'), this.ready]).then(([{ DrawingLayer }]) => {
      const layer = new DrawingLayer(this.map, (drawing) => {
        this.picking = !drawing;
        if (drawing) this.clearHover();
      });
      layer.onChange(() => {
        const shown = layer.drawings().length > 0;
        for (const listener of this.drawingsListeners) listener(shown);
      });
      return layer;
    });
    return this.drawingLayer;
  }

  /**
   * A plan image laid over the map to trace from, with corner handles, kept in this browser for
   * this map; its code loads the first time this is asked for, and resolves once the kept image
   * (if any) is shown again.
   */
  planImage(): Promise<KeptPlanImage> {
    this.planImageLayer ??= Promise.all([import('./plan-image'), import('./kept-plan-image'), import('../data/plan-image-db'), this.ready]).then(
      async ([{ PlanImageLayer }, { KeptPlanImage }, { planImageKey }]) => {
        const drawing = new PlanImageLayer(this.map, { drawnAt: (p) => this.drawnAt(p), trueAt: (p) => this.trueAt(p) });
        const kept = new KeptPlanImage(drawing, planImageKey(this.storageScope));
        await kept.restore();
        return kept;
      },
    );
    return this.planImageLayer;
  }

  /**
   * Lays the plan image this map keeps over it again, if it keeps one: only then does the plan
   * image's code load. Resolves with the key it was set aside under if it could not be shown.
   */
  async showKeptPlanImage(): Promise<string | null> {
    await this.ready;
    const { hasKeptPlanImage, planImageKey } = await import('../data/plan-image-db');
    if (!(await hasKeptPlanImage(planImageKey(this.storageScope)))) return null;
    return (await this.planImage()).setAside;
  }

  /**
   * Called whenever the map comes to show drawings or stops showing any. terra-draw draws them
   * where their WGS-84 coordinates fall, unshifted over a GCJ-02 basemap, so the notice says so.
   */
  onDrawingsShown(listener: (shown: boolean) => void): void {
    this.drawingsListeners.push(listener);
  }

  /**
   * A copy of the map as drawn, taken on the next frame: the WebGL buffer is only readable while
   * a frame is being drawn.
   */
  snapshot(): Promise<{ canvas: HTMLCanvasElement; pixelRatio: number; attribution: string }> {
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [source.width, source.height];
        canvas.getContext('2d')?.drawImage(source, 0, 0);
        const attribution = this.map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '';
        resolve({ canvas, pixelRatio: this.map.getPixelRatio(), attribution: attribution.replace(/\s+/g, ' ').trim() });
      });
      this.map.triggerRepaint();
    });
  }

  /** Screen position (CSS pixels, relative to the map) of a coordinate. */
  screenPointOf(lngLat: [number, number]): { x: number; y: number } {
    const { x, y } = this.map.project(this.drawnAt(lngLat));
    return { x, y };
  }

  /**
   * Draws the imported layers this map keeps in this browser (WGS-84; shifted over a GCJ-02 basemap, like
   * the plan's layers) above the plan's layers, as they are now: call it again after an import or a removal.
   */
  async showImported(): Promise<void> {
    await this.ready;
    await this.imported.show(this.storageScope, this.switcher?.datum ?? 'WGS84');
  }

  destroy(): void {
    this.switcher?.stop();
    this.map.off('mousemove', this.onMouseMove);
    this.map.off('mouseout', this.clearHover);
    this.map.off('click', this.onClick);
    this.map.remove();
    this.imported.stop();
  }

  /** A collection of ours (WGS-84) as drawn: shifted over a GCJ-02 basemap. */
  private forDisplay(collection: FeatureCollection): FeatureCollection {
    return this.switcher?.forDisplay(collection) ?? collection;
  }

  /** Where a true (WGS-84) position is drawn: shifted over a GCJ-02 basemap. */
  private drawnAt(lngLat: readonly [number, number]): [number, number] {
    return this.switcher?.drawnAt(lngLat) ?? [lngLat[0], lngLat[1]];
  }

  /** The true (WGS-84) position of a point as drawn. */
  private trueAt(lngLat: [number, number]): [number, number] {
    return this.switcher?.trueAt(lngLat) ?? lngLat;
  }

  private drawnBounds(southWest: [number, number], northEast: [number, number]): LngLatBoundsLike {
    return [this.drawnAt(southWest), this.drawnAt(northEast)];
  }

  private readonly onBasemapSwitched = (status: BasemapStatus) => {
    this.basemap = status.shown;
    // The tools' shapes and the imports follow the basemap's datum, like the plan's layers.
    this.map.getSource<GeoJSONSource>(OVERLAY_SOURCE)?.setData(this.forDisplay(this.overlay));
    if (this.imported.shown) void this.showImported();
    void this.planImageLayer?.then((layer) => layer.redraw());
    for (const listener of this.basemapListeners) listener(status);
  };

  private pick(point: maplibregl.Point): FeatureRef | null {
    const t = TAP_TOLERANCE_PX;
    const layers = SELECTABLE_LAYERS.filter((id) => this.map.getLayer(id));
    const hits = this.map.queryRenderedFeatures(
      [
        [point.x - t, point.y - t],
        [point.x + t, point.y + t],
      ],
      { layers },
    );
    const best = hits.sort((a, b) => rank(a) - rank(b))[0];
    return best ? { source: best.source, id: String(best.id) } : null;
  }

  private readonly onMouseMove = (event: maplibregl.MapMouseEvent) => {
    if (this.positionPicker || !this.picking) return;
    const ref = this.pick(event.point);
    if (ref?.id === this.hovered?.id && ref?.source === this.hovered?.source) return;
    this.clearHover();
    this.hovered = ref;
    this.setState(ref, { hover: true });
    this.map.getCanvas().style.cursor = ref ? 'pointer' : '';
  };

  private readonly clearHover = () => {
    this.setState(this.hovered, { hover: false });
    this.hovered = null;
    this.map.getCanvas().style.cursor = '';
  };

  private readonly onClick = (event: maplibregl.MapMouseEvent) => {
    const picker = this.positionPicker;
    if (picker) {
      this.positionPicker = null;
      this.map.getCanvas().style.cursor = '';
      return picker(this.trueAt([event.lngLat.lng, event.lngLat.lat]));
    }
    if (!this.picking) return;
    const ref = this.pick(event.point);
    for (const listener of this.clickListeners) listener(ref);
  };

  private setState(ref: FeatureRef | null, state: Record<string, boolean>): void {
    if (ref && this.map.getSource(ref.source)) this.map.setFeatureState({ source: ref.source, id: ref.id }, state);
  }
}

/** Smaller features sit in front: a station on a line wins over the line. */
function rank(feature: MapGeoJSONFeature): number {
  const index = SELECTABLE_LAYERS.indexOf(feature.layer.id);
  return index === -1 ? SELECTABLE_LAYERS.length : index;
}
