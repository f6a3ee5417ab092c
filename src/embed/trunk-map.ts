import { setWorkerUrl } from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import '../app/app-shell';
import type { AppShell } from '../app/app-shell';
import { DEFAULT_STATE, type AppState } from '../app/app-state';
import { readBasemapConfig } from '../app/basemap-config';
import { bindMapToStore } from '../app/map-binding';
import { readLanguage, saveLanguageChanges } from '../app/preferences';
import { AppStore } from '../app/store';
import { formatView, parseUrlState } from '../app/url-state';
import { syncUrlWithStore } from '../app/url-sync';
import { FeatureIndex, loadLayerFile } from '../data/feature-index';
import { t } from '../i18n/translate';
import { LABEL_FONT_FILE } from '../layers/labels.layer';
import { withItemsHidden } from '../layers/legend';
import { SOURCE_FILE } from '../layers/sources';
import { buildStyle } from '../layers/style';
import { MapController } from '../map/map-controller';
import { layersFromHidden, parseControls, stateFromAttributes } from './attributes';
import { featureSelectedDetail } from './events';
import { fullMapLink } from './full-map-link';

// Built code sits one folder below the site (assets/ or embed/), so the site is `../` of this
// module wherever the page embedding it lives; in development the page itself is the site.
const SITE_URL = import.meta.env.DEV ? document.baseURI : new URL('../', import.meta.url).href;

// MapLibre starts a worker from another origin (a host page's) through a same-origin blob: module
// that imports this URL, which CORS on our assets and the host's `worker-src blob:` allow.
setWorkerUrl(new URL(workerUrl, import.meta.url).href);

const fileUrls = import.meta.glob<string>('../../geo/*.geojson', { query: '?url', import: 'default', eager: true });
const dataUrl = (file: string) => new URL(fileUrls[`../../geo/${file}`], import.meta.url).href;

/** Attributes that carry state, each mirrored into the store when it changes. */
const STATE_ATTRIBUTES = ['lang', 'selected', 'layers', 'view', 'basemap'] as const;

/**
 * `<trunk-map>`: the whole map — MapLibre map, store and `<app-shell>` — in one element with its
 * own Shadow DOM, so two of them on a page are independent and host CSS stays out. The standalone
 * page is this element filling the window with `url-state`, which mirrors the state in the address
 * bar; embedded, it leaves the host's URL alone and takes its state from attributes, properties
 * and methods (see docs/embedding.md). Attribute values are read like link values: bad ones fall
 * back to the default.
 */
export class TrunkMap extends LitElement {
  static properties = {
    lang: { reflect: true },
    selected: { reflect: true },
    layers: { reflect: true },
    view: { reflect: true },
    basemap: { reflect: true },
    controls: { reflect: true },
    urlState: { type: Boolean, attribute: 'url-state' },
    embed: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    fullMapHref: { state: true },
  };

  declare lang: string;
  selected: string | null = null;
  layers: string | null = null;
  view: string | null = null;
  basemap: string | null = null;
  controls: string | null = null;
  /** Mirror the state in the address bar (the standalone page only). */
  urlState = false;
  /** Compact, for inside another page: cooperative gestures and a "view full map" link. */
  embed = false;
  /** Names this map's drawings and imports in the browser's storage; else its id, else the page's path. */
  storageKey: string | null = null;
  private fullMapHref = '';

  private store: AppStore | null = null;
  private controller: MapController | null = null;
  private shell: AppShell | null = null;
  private index: FeatureIndex | null = null;
  private isReady = false;
  private stopUrlSync: () => void = () => undefined;

  static styles = [
    unsafeCSS(maplibreCss),
    css`
      :host { display: block; position: relative; overflow: hidden; height: 480px; background: var(--trunk-map-background, #efece4); container-type: size; }
      #map { position: absolute; inset: 0; }
      /* Hidden until its data has loaded, so a page's poster shows instead of an empty map. */
      #map:not(.loaded) { visibility: hidden; }
      .full-map { position: absolute; left: 10px; bottom: 34px; z-index: 4; padding: 4px 10px; border-radius: 6px; background: rgba(255, 253, 248, 0.96); color: #1d4e89; font: 0.85rem system-ui, 'Noto Sans CJK SC', sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
      .full-map:focus-visible { outline: 3px solid #ffb703; }
      /* On a wide map the credits wrap beside the legend's column (10 + 340 px wide), 10 px clear of it. */
      @container (min-width: 601px) { .maplibregl-ctrl.maplibregl-ctrl-attrib { box-sizing: border-box; max-width: calc(100cqw - 370px); } }
    `,
  ];

  /** True once the map has drawn its data and the features are known (after the `ready` event). */
  get ready(): boolean {
    return this.isReady;
  }

  /** Opens the card of a feature (null closes it), as a click on it would. */
  select(id: string | null): void {
    this.store?.set({ selected: id === null ? null : this.parsed({ selected: id }).selected }, { history: 'push' });
  }

  /** Moves the map to show a feature, clear of the panels. */
  flyTo(id: string): void {
    this.shell?.showFeature(id);
  }

  /** Shows exactly these legend items (ids as in `layers`); unknown ids are ignored. */
  setLayers(ids: readonly string[]): void {
    this.store?.set({ hidden: this.parsed({ layers: ids.join(',') }).hidden }, { history: 'replace' });
  }

  render() {
    const lang = this.store?.state.lang;
    return html`<div id="map" role="region" aria-label="Map · 地图"></div>
      ${this.embed && lang
        ? html`<a class="full-map" href=${this.fullMapHref} target="_blank" rel="noopener">${t(lang, 'Embed.fullMap')}</a>`
        : nothing}`;
  }

  connectedCallback(): void {
    super.connectedCallback();
    // Put back after being removed: the map starts again, in the state its attributes kept.
    if (this.hasUpdated && !this.controller) this.start();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    // A move within the page reconnects in the same task; only a real removal frees the map.
    queueMicrotask(() => {
      if (!this.isConnected) this.stop();
    });
  }

  protected firstUpdated(): void {
    this.start();
  }

  /** Builds the map, its store and its shell. */
  private start(): void {
    const initial = this.urlState ? parseUrlState(location.search, readLanguage()) : this.parsed({});
    const store = (this.store = new AppStore(initial));
    const container = this.renderRoot.querySelector<HTMLElement>('#map')!;
    const storageScope = this.storageKey || this.id || location.pathname;
    const controller = (this.controller = this.startMap(container, initial, storageScope));
    // What this start loads is dropped if the element is removed (stop()) before it arrives.
    const current = () => this.store === store;
    const loadData = () => Promise.all(Object.entries(SOURCE_FILE).map(([source, file]) => loadLayerFile(source, dataUrl(file))));
    // The legend's lists load once the map has its data, so they do not compete with first paint.
    const loaded = controller ? controller.ready.then(loadData) : loadData();
    const index = loaded.then((results) => new FeatureIndex(results));
    if (controller) {
      void controller.ready.then(() => current() && container.classList.add('loaded'));
      bindMapToStore(store, controller, index);
      // Data imported in this browser is drawn once the map has loaded; its code loads only then.
      void controller.ready
        .then(() => import('../import/saved-imports'))
        .then(async ({ loadSavedImports }) => {
          const layers = await loadSavedImports(storageScope);
          if (layers.length && current()) await controller.showImported();
        });
    }
    if (this.urlState) {
      this.stopUrlSync = syncUrlWithStore(store, window, (search) => parseUrlState(search, readLanguage()));
      saveLanguageChanges(store);
    }

    const shell = (this.shell = document.createElement('app-shell'));
    shell.store = store;
    shell.controller = controller;
    shell.controls = parseControls(this.controls);
    shell.pageUrl = () => (this.urlState ? location.href : SITE_URL);
    shell.titlesDocument = this.urlState;
    shell.storageScope = storageScope;
    this.renderRoot.append(shell);
    // A plan image kept in this browser is laid over the map again, its code loaded only if there is
    // one; if it can no longer be shown, the visitor hears so now, not only in the Draw tool.
    void controller?.showKeptPlanImage().then((key) => {
      if (key && current()) shell.keptPlanImageSetAside = key;
    });

    store.subscribe((state, _previous, { keys }) => this.onStateChanged(state, keys));
    this.reflectState(store.state);
    void Promise.all([loaded, index]).then(([results, features]) => {
      if (!current()) return;
      this.index = features;
      shell.setFeatureIndex(features, results.flatMap((r) => ('error' in r ? [r.error] : [])));
      this.isReady = true;
      this.dispatchEvent(new Event('ready', { bubbles: true, composed: true }));
      if (store.state.selected) this.announceSelected(store.state.selected);
    });
  }

  /**
   * The map, or null where it cannot start (no WebGL, or MapLibre failed): the shell then shows
   * every feature as a list instead, and the rest of the page works as usual.
   */
  private startMap(container: HTMLElement, initial: AppState, storageScope: string): MapController | null {
    if (!MapController.canDraw()) return this.withoutMap(container, 'WebGL is not available');
    try {
      return new MapController(
        container,
        withItemsHidden(buildStyle({ dataUrl, fontUrl: new URL(LABEL_FONT_FILE, SITE_URL).href, lang: initial.lang }), initial.hidden),
        {
          // On wide maps the legend covers the left side: keep the trunk clear of it.
          fitPadding: this.clientWidth >= 900 ? { top: 24, bottom: 24, right: 24, left: 370 } : undefined,
          view: initial.view,
          cooperativeGestures: this.embed,
          lang: initial.lang,
          basemaps: readBasemapConfig(),
          storageScope,
        },
      );
    } catch (error) {
      return this.withoutMap(container, (error as Error).message);
    }
  }

  private withoutMap(container: HTMLElement, reason: string): null {
    container.replaceChildren();
    container.hidden = true;
    console.warn(`The map cannot be drawn (${reason}): showing the list of features instead.`);
    return null;
  }

  /** Frees the map (its WebGL context and worker) and the shell; the attributes keep the state. */
  private stop(): void {
    this.stopUrlSync();
    this.stopUrlSync = () => undefined;
    this.shell?.remove();
    this.controller?.destroy();
    this.renderRoot.querySelector('#map')?.classList.remove('loaded');
    this.store = this.controller = this.shell = this.index = null;
    this.isReady = false;
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    const store = this.store;
    if (!store) return;
    if (changed.has('controls') && this.shell) this.shell.controls = parseControls(this.controls);
    if (!STATE_ATTRIBUTES.some((name) => changed.has(name))) return;
    const next = this.parsed({});
    const patch: Partial<AppState> = {
      lang: changed.has('lang') ? next.lang : undefined,
      selected: changed.has('selected') ? next.selected : undefined,
      hidden: changed.has('layers') ? next.hidden : undefined,
      view: changed.has('view') ? next.view : undefined,
      basemap: changed.has('basemap') ? next.basemap : undefined,
    };
    store.set(patch, { history: 'replace' });
    // A value that fell back changed nothing in the store: the attribute shows what the map does.
    this.reflectState(store.state);
  }

  /** The state the attributes give, with `override` in place of some of them. */
  private parsed(override: Partial<Record<(typeof STATE_ATTRIBUTES)[number], string>>): AppState {
    const own = { lang: this.lang || null, selected: this.selected, layers: this.layers, view: this.view, basemap: this.basemap };
    return stateFromAttributes({ ...own, ...override }, this.store?.state.lang ?? 'zh');
  }

  private onStateChanged(state: AppState, keys: readonly (keyof AppState)[]): void {
    this.reflectState(state);
    if (keys.includes('selected') && state.selected) this.announceSelected(state.selected);
    if (keys.includes('view') && this.controller) {
      const view = formatView(state.view ?? this.controller.getView());
      this.dispatchEvent(new CustomEvent('view-changed', { detail: { view }, bubbles: true, composed: true }));
    }
  }

  /** Attributes show the current state, so a host reading them sees what the map shows. */
  private reflectState(state: AppState): void {
    this.lang = state.lang;
    this.selected = state.selected;
    this.layers = layersFromHidden(state.hidden);
    this.view = state.view && formatView(state.view);
    this.basemap = state.basemap === DEFAULT_STATE.basemap ? null : state.basemap;
    this.fullMapHref = fullMapLink(this.urlState ? location.href : SITE_URL, state);
  }

  private announceSelected(id: string): void {
    const detail = this.index && featureSelectedDetail(this.index, id);
    if (detail) this.dispatchEvent(new CustomEvent('feature-selected', { detail, bubbles: true, composed: true }));
  }
}
customElements.define('trunk-map', TrunkMap);

declare global {
  interface HTMLElementTagNameMap {
    'trunk-map': TrunkMap;
  }
}
