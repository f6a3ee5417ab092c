import { bbox } from '@turf/turf';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import '../components/basemap-notice';
import '../components/basemap-picker';
import { OFFLINE_STATUS, type BasemapStatus } from '../components/basemap-status.types';
import type { FeatureCard } from '../components/feature-card';
import type { FeatureDetail } from '../components/feature-detail.types';
import '../components/lang-switch';
import '../components/live-announcer';
import type { LiveAnnouncer } from '../components/live-announcer';
import '../components/layer-legend';
import '../components/search-box';
import type { LegendGroupView } from '../components/layer-legend';
import type { FeatureIndex } from '../data/feature-index';
import { loadPlanFacts } from '../data/plan-facts';
import { t, type Lang } from '../i18n/translate';
import type { BasemapId } from '../layers/basemaps';
import { LEGEND_GROUPS } from '../layers/legend';
import type { FeatureRef, MapController } from '../map/map-controller';
import { CONTROL_IDS, type ControlId } from '../embed/attributes';
import { deepActiveElement } from '../util/deep-active-element';
import { PANEL_IDS, type AppState, type PanelId } from './app-state';
import { featureOrder, groupsInView, stepThrough } from './features-in-view';
import { openArea, WIDE_LAYOUT_MIN_PX, type OpenPanel } from './open-area';
import { tracedParkAreaKm2 } from './park-trace';
import { PANELS, type StateChangeDetail } from './panels';
import type { AppStore } from './store';

/**
 * What the shell asks of the map: MapController, or a stand-in in component tests. State (language,
 * layers, selection, view) reaches the map through the store, not through the shell.
 */
export type ShellController = Pick<
  MapController,
  'onFeatureClicked' | 'showBounds' | 'basemapIds' | 'onBasemapChanged' | 'onViewChanged' | 'visibleFeatures'
> &
  Partial<Pick<MapController, 'onDrawingsShown' | 'onCornerControlsResized'>> & {
    readonly map: Pick<MapController['map'], 'getCanvas'>;
  };

/** The legend's groups (LEGEND_GROUPS) with the loaded features of each item and whether it is shown. */
export function legendGroupViews(index: FeatureIndex, hidden: readonly string[]): LegendGroupView[] {
  return LEGEND_GROUPS.map((group) => ({
    id: group.id,
    titleKey: group.titleKey,
    items: group.items.map((item) => ({
      id: item.id,
      labelKey: item.labelKey,
      swatch: item.swatch,
      visible: !hidden.includes(item.id),
      features: index.list(item.features).map((f) => ({
        id: f.properties.id,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
      })),
    })),
  }));
}

/**
 * The page around the map: title, language switch, legend, the buttons of the panels (panels.ts)
 * and the open one, detail card and data errors. It renders the store's state and turns its components' events into store changes;
 * the map follows the store through map-binding.ts. Of its controller it only uses map clicks,
 * framing a feature chosen in the legend, the features in view, and the canvas, so tests can hand
 * it a stand-in. Without a controller (no WebGL, or the map failed to start) it is the page without
 * a map: a sentence saying so and every feature in a list, with the cards and panels as usual.
 */
export class AppShell<Controller extends ShellController = MapController> extends LitElement {
  static properties = {
    state: { state: true },
    index: { state: true },
    detail: { state: true },
    loading: { state: true },
    errors: { state: true },
    legendOpen: { state: true },
    menuOpen: { state: true },
    loadedPanels: { state: true },
    basemapStatus: { state: true },
    drawingsShown: { state: true },
    keptPlanImageSetAside: { state: true },
    controls: { attribute: false },
  };
  /** Set once by main.ts before the shell connects. */
  store!: AppStore;
  /** Set once by main.ts before the shell connects; null when there is no map. */
  controller!: Controller | null;
  /** Which parts of the UI show (the card always can). */
  controls: ReadonlySet<ControlId> = new Set(CONTROL_IDS);
  /** The page the Share panel's links open: the standalone page's own URL, or the map's site. */
  pageUrl: () => string = () => location.href;
  /** Whether the page's title and language follow the map's (the standalone page, not a host). */
  titlesDocument = true;
  /** Names this map's drawings in the browser's storage, apart from any other map's on the page. */
  storageScope = location.pathname;
  /** Where the plan image kept for this map was set aside because it could not be shown; said until the Draw tool opens, which says it too. */
  keptPlanImageSetAside: string | null = null;
  private state!: AppState;
  private index: FeatureIndex | null = null;
  private groups: LegendGroupView[] = [];
  private detail: FeatureDetail | null = null;
  private loading = false;
  private errors: string[] = [];
  private legendOpen = true;
  /** On a phone, whether the header's menu (subtitle, Layers and the panel buttons) is open. */
  private menuOpen = false;
  /** Panels whose code has loaded: each loads the first time it opens, so first paint does not pay for it. */
  private loadedPanels: ReadonlySet<PanelId> = new Set();
  /** What the map draws under our layers, for the notice: the state says what was chosen, this what is shown. */
  private basemapStatus: BasemapStatus = OFFLINE_STATUS;
  /** Whether the map shows drawings, which are not shifted with a GCJ-02 basemap (the notice says so). */
  private drawingsShown = false;
  private returnFocusTo: HTMLElement | null = null;
  /** Set when the visitor opens the card or the panel, so its title takes focus once shown. */
  private focusCard = false;
  private focusPanel = false;
  /** The frame that will measure the header, if one is asked for. */
  private headerFrame = 0;
  private unsubscribe: () => void = () => undefined;
  private stopWatchingCorner: () => void = () => undefined;
  /** Key presses are heard where the shell lives (a `<trunk-map>`'s shadow root), not page-wide. */
  private keyRoot: Node | null = null;

  static styles = css`
    :host { position: absolute; inset: 0; z-index: 3; pointer-events: none; font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
    .panel { pointer-events: auto; background: rgba(255, 253, 248, 0.96); border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.15); }
    /* At most the map's height, whatever the header holds: the legend scrolls, not the map. */
    header { position: absolute; top: 10px; left: 10px; max-width: min(340px, calc(100% - 20px)); max-height: calc(100% - 20px); display: flex; flex-direction: column; padding: 10px 12px; box-sizing: border-box; }
    header > * { flex: none; }
    h1 { font-size: 1.05rem; margin: 0; }
    .subtitle { font-size: 0.75rem; color: #6d6252; margin: 2px 0 8px; }
    .tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    /* One line of panel buttons, however many: it scrolls sideways rather than pushing the map down. */
    .panel-bar { display: flex; gap: 6px; overflow-x: auto; margin-top: 8px; padding-bottom: 4px; scrollbar-width: thin; }
    .panel-bar button { flex: none; }
    :is(.tools, .panel-bar) button, .menu-toggle { font: inherit; font-size: 0.85rem; border: 1px solid #8a8070; background: #fff; border-radius: 6px; min-height: 32px; padding: 0 10px; cursor: pointer; }
    .panel-bar button[aria-expanded='true'] { background: #2b2620; color: #fff; }
    :is(.tools, .panel-bar) button:focus-visible, .menu-toggle:focus-visible { outline: 3px solid #ffb703; outline-offset: -3px; }
    /* The menu button shows only on a phone. */
    .menu-toggle { display: none; min-width: 40px; min-height: 34px; font-size: 1.1rem; line-height: 1; }
    .menu-toggle[aria-expanded='true'] { background: #2b2620; color: #fff; }
    layer-legend[hidden] { display: none; }
    header > layer-legend { margin-top: 8px; flex: 0 1 auto; min-height: 0; overflow: auto; }
    /* The card, and a panel in its place, end 8px above the map's corner controls (set by connectedCallback). */
    feature-card { position: absolute; top: 10px; right: 10px; width: 360px; max-height: calc(100% - 18px - var(--corner-controls, 92px)); pointer-events: auto; display: flex; }
    .panel-slot { position: absolute; top: 10px; left: 360px; width: min(400px, calc(100% - 370px)); max-height: calc(100% - 110px); pointer-events: auto; display: flex; }
    .panel-slot.in-cards-place { left: auto; right: 10px; width: 360px; max-height: calc(100% - 18px - var(--corner-controls, 92px)); }
    /* Notices over the bottom of the map: the basemap's, and what could not be loaded or shown. */
    basemap-notice, .errors { position: absolute; bottom: 36px; left: 50%; transform: translateX(-50%); width: max-content; max-width: min(520px, calc(100% - 120px)); }
    .fallback { position: absolute; top: 10px; bottom: 10px; left: 360px; right: 380px; overflow: auto; padding: 10px 14px; box-sizing: border-box; color: #2b2620; }
    .fallback h2 { font-size: 1rem; margin: 0; }
    .fallback p { font-size: 0.85rem; margin: 4px 0 0; }
    .errors { padding: 8px 12px; color: #8a1c1c; font-size: 0.85rem; }
    @container (max-width: 600px) {
      header { right: 10px; max-width: none; }
      /* One compact header a thumb can reach: title and menu, then search and language; the menu
         discloses the subtitle, Layers and the panel buttons (wrapping, not scrolling). */
      header.has-menu { display: grid; grid-template-columns: minmax(0, 1fr) auto auto; gap: 6px 8px; align-items: center; padding: 8px 10px; }
      header.has-menu h1 { grid-area: 1 / 1 / 2 / 3; font-size: 0.95rem; line-height: 1.25; }
      header.has-menu .menu-toggle { display: block; grid-area: 1 / 3; }
      header.has-menu .tools { display: contents; }
      header.has-menu search-box { grid-area: 2 / 1; }
      header.has-menu lang-switch { grid-area: 2 / 2 / 3 / 4; }
      header.has-menu .subtitle { grid-area: 3 / 1 / 4 / -1; margin: 0; }
      header.has-menu .legend-toggle { grid-area: 4 / 1; justify-self: start; }
      header.has-menu .panel-bar { grid-area: 5 / 1 / 6 / -1; flex-wrap: wrap; overflow: visible; margin: 0; padding: 0; }
      header.has-menu > layer-legend { grid-area: 6 / 1 / 7 / -1; margin-top: 0; }
      header.has-menu:not(.menu-open) :is(.subtitle, .legend-toggle, .panel-bar) { display: none; }
      layer-legend { max-height: 45vh; }
      /* The sheet leaves PHONE_MAP_BAND_PX (open-area.ts) of map below the header, however tall the header grows. */
      feature-card { top: auto; bottom: 0; left: 0; right: 0; width: auto; max-height: min(55%, calc(100% - var(--header-bottom, 150px) - 140px)); }
      /* Without a map, the header and the list share the screen, one above the other. */
      :host([mapless]) { display: flex; flex-direction: column; gap: 10px; padding: 10px; box-sizing: border-box; }
      :host([mapless]) header { position: static; flex: none; }
      :host([mapless]) .fallback { position: static; flex: 1; min-height: 0; }
      .panel-slot, .panel-slot.in-cards-place { top: auto; bottom: 0; left: 0; right: 0; width: auto; max-height: 70%; }
    }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.state = this.store.state;
    this.unsubscribe = this.store.subscribe((state, _previous, { keys }) => {
      this.state = state;
      if (keys.includes('selected')) void this.showSelected();
      if (keys.includes('panel')) this.loadPanel();
    });
    // On a phone-sized map the legend starts closed, leaving the map visible.
    this.legendOpen = this.getBoundingClientRect().width > WIDE_LAYOUT_MIN_PX;
    this.keyRoot = this.getRootNode();
    this.keyRoot.addEventListener('keydown', this.onKeyDown as EventListener);
    this.toggleAttribute('mapless', this.controller === null);
    // Only the page without a map lists every feature: only it loads the list's code.
    if (this.controller === null) void import('../components/feature-list').catch((error: Error) => (this.errors = [...this.errors, error.message]));
    this.controller?.onFeatureClicked(this.onMapClick);
    this.controller?.onBasemapChanged((status) => (this.basemapStatus = status));
    this.controller?.onDrawingsShown?.((shown) => (this.drawingsShown = shown));
    this.controller?.onViewChanged(this.announceView);
    // The card ends above the map's zoom buttons, scale and credits, however tall they are.
    this.stopWatchingCorner =
      this.controller?.onCornerControlsResized?.((height) => this.style.setProperty('--corner-controls', `${height}px`)) ?? (() => undefined);
    void this.showSelected();
    this.loadPanel();
  }

  disconnectedCallback() {
    this.unsubscribe();
    this.stopWatchingCorner();
    cancelAnimationFrame(this.headerFrame);
    this.headerFrame = 0;
    this.keyRoot?.removeEventListener('keydown', this.onKeyDown as EventListener);
    super.disconnectedCallback();
  }

  /** Hands the shell the loaded features; load failures are shown, the rest keeps working. */
  setFeatureIndex(index: FeatureIndex, errors: string[]) {
    this.index = index;
    this.errors = errors;
    const { selected, view } = this.state;
    // A link naming a feature but no view opens on that feature.
    if (selected && !view) this.frame(selected, { animate: false });
    void this.showSelected();
  }

  protected willUpdate(changed: PropertyValues) {
    const previous = changed.get('state') as AppState | undefined;
    if (changed.has('index') || (changed.has('state') && previous?.hidden !== this.state.hidden)) {
      this.groups = this.index ? legendGroupViews(this.index, this.state.hidden) : [];
    }
    if (changed.has('state') && this.state.panel === 'draw') this.keptPlanImageSetAside = null;
    if (this.titlesDocument && changed.has('state') && previous?.lang !== this.state.lang) {
      document.documentElement.lang = this.state.lang === 'zh' ? 'zh-CN' : 'en';
      document.title = t(this.state.lang, 'App.title');
    }
  }

  protected updated() {
    this.measureHeaderInNextFrame();
    const panel = this.renderRoot.querySelector('.panel-slot')?.firstElementChild as (LitElement & { focusTitle?: () => void }) | null;
    if (!this.focusPanel || !panel) return;
    this.focusPanel = false;
    void panel.updateComplete.then(() => panel.focusTitle?.());
  }

  render() {
    const { lang } = this.state;
    const show = (control: ControlId) => this.controls.has(control);
    const mapless = this.controller === null;
    const panels = PANEL_IDS.filter((id) => show(id) && !(mapless && PANELS[id].needsMap));
    const openPanel = panels.find((id) => id === this.state.panel && this.loadedPanels.has(id));
    const tools = show('search') || show('lang') || show('legend');
    const panelInCardsPlace = openPanel !== undefined && PANELS[openPanel].place === 'card';
    return html`
      ${show('title') || tools || panels.length
        ? html`<header class="panel ${panels.length ? 'has-menu' : ''} ${this.menuOpen ? 'menu-open' : ''}">
        ${show('title') ? html`<h1>${t(lang, 'App.title')}</h1>` : nothing}
        ${panels.length
          ? html`<button class="menu-toggle" type="button" aria-expanded=${String(this.menuOpen)} aria-controls="panel-bar"
              aria-label=${t(lang, 'App.menu')} @click=${() => (this.menuOpen = !this.menuOpen)}><span aria-hidden="true">☰</span></button>`
          : nothing}
        ${show('title') ? html`<p class="subtitle">${t(lang, 'App.subtitle')}</p>` : nothing}
        ${tools
          ? html`<div class="tools">
          ${show('search') ? html`<search-box .lang=${lang} .index=${this.index} @feature-chosen=${this.onFeatureChosen}></search-box>` : nothing}
          ${show('lang') ? html`<lang-switch .lang=${lang} @language-changed=${this.onLanguageChanged}></lang-switch>` : nothing}
          ${show('legend') && !mapless
            ? html`<button class="legend-toggle" type="button" aria-expanded=${String(this.legendOpen)} aria-controls="legend"
            @click=${() => (this.legendOpen = !this.legendOpen)}>${t(lang, 'Legend.title')}</button>`
            : nothing}
        </div>`
          : nothing}
        ${panels.length
          ? html`<div class="panel-bar" id="panel-bar" role="group" aria-label=${t(lang, 'App.panels')}>
          ${panels.map(
            (id) => html`<button class="panel-toggle" data-panel=${id} type="button" aria-expanded=${String(this.state.panel === id)}
              aria-controls="panel" @click=${() => this.togglePanel(id)}>${t(lang, PANELS[id].labelKey)}</button>`,
          )}
        </div>`
          : nothing}
        ${show('legend') && !mapless
          ? html`<layer-legend id="legend" ?hidden=${!this.legendOpen} .groups=${this.groups} .lang=${lang}
          @layer-toggled=${this.onLayerToggled} @feature-chosen=${this.onFeatureChosen}>
          <basemap-picker .lang=${lang} .options=${this.controller?.basemapIds ?? []} .selected=${this.state.basemap}
            @basemap-changed=${this.onBasemapChosen}></basemap-picker>
        </layer-legend>`
          : nothing}
      </header>`
        : nothing}
      ${mapless
        ? html`<section class="fallback panel" aria-labelledby="fallback-title">
            <h2 id="fallback-title">${t(lang, 'Fallback.title')}</h2>
            <p>${t(lang, 'Fallback.noMap')}</p>
            <feature-list .groups=${this.groups} .lang=${lang} .selected=${this.state.selected} @feature-chosen=${this.onFeatureChosen}></feature-list>
          </section>`
        : nothing}
      ${(this.detail || this.loading) && !panelInCardsPlace
        ? html`<feature-card .detail=${this.detail} .lang=${lang} .phase=${this.state.phase} ?loading=${this.loading} @card-closed=${this.closeCard}
            @state-change=${this.onStateChange}></feature-card>`
        : nothing}
      ${openPanel
        ? html`<div class="panel-slot ${panelInCardsPlace ? 'in-cards-place' : ''}" id="panel" @panel-closed=${this.closePanel}
            @state-change=${this.onStateChange} @feature-chosen=${this.onFeatureChosen} @feature-shown=${this.onFeatureShown}
            @bounds-requested=${this.onBoundsRequested} @drawings-changed=${() => void this.showSelected()}>${PANELS[openPanel].render({
              state: this.state,
              index: this.index,
              pageUrl: this.pageUrl(),
              // Component tests hand the shell a stand-in controller and open only panels that do not use the map.
              controller: this.controller as unknown as MapController | null,
              groups: this.groups,
              storageScope: this.storageScope,
            })}</div>`
        : nothing}
      <basemap-notice .lang=${lang} .status=${this.basemapStatus} .drawingsShown=${this.drawingsShown}></basemap-notice>
      <live-announcer></live-announcer>
      ${this.errors.length || this.keptPlanImageSetAside
        ? html`<div class="errors panel" role="alert">
            ${this.errors.map((detail) => html`<p>${t(lang, 'App.dataError', { detail })}</p>`)}
            ${this.keptPlanImageSetAside ? html`<p class="kept-plan-image">${t(lang, 'App.keptPlanImageSetAside', { key: this.keptPlanImageSetAside })}</p>` : nothing}
          </div>`
        : nothing}
    `;
  }

  /** Shows the card of the selected feature; a selection the data does not have is dropped. */
  private async showSelected() {
    const id = this.state.selected;
    const feature = id && this.index?.get(id);
    if (id && this.index && !feature) return this.store.set({ selected: null }, { history: 'replace' });
    this.detail = null;
    // Until the data has loaded, the card of a linked feature says it is loading.
    this.loading = id !== null;
    if (!id) return;
    // The card's code comes with the first card (or its loading state), not with the map.
    const cardCode = Promise.all([import('../components/feature-card'), import('./feature-detail')]);
    if (!feature) return void cardCode.catch((error: Error) => (this.errors = [...this.errors, error.message]));
    try {
      const [facts, traced, [, { buildFeatureDetail }]] = await Promise.all([
        loadPlanFacts(),
        feature.properties.kind === 'base_park' ? tracedParkAreaKm2(id, this.storageScope) : null,
        cardCode,
      ]);
      if (this.state.selected !== id) return;
      this.detail = buildFeatureDetail(feature, facts, traced);
      this.announce('selection', t(this.state.lang, 'Announce.selected', { name: this.state.lang === 'zh' ? feature.properties.name_zh : feature.properties.name_en }));
    } catch (error) {
      this.errors = [...this.errors, (error as Error).message];
    } finally {
      if (this.state.selected === id) this.loading = false;
    }
    if (this.focusCard && this.state.selected === id) await this.focusCardTitle();
  }

  private async focusCardTitle() {
    this.focusCard = false;
    // The card's code may still be on its way: it loads with the first card.
    await customElements.whenDefined('feature-card');
    await this.updateComplete;
    const card = this.renderRoot.querySelector<FeatureCard>('feature-card');
    await card?.updateComplete;
    card?.focusTitle();
  }

  /** Opens the card of a feature the visitor chose; its title takes focus. */
  private choose(id: string) {
    this.focusCard = true;
    if (id === this.state.selected) void this.focusCardTitle();
    else this.store.set({ selected: id }, { history: 'push' });
  }

  /** Moves the map to a feature the data has, clear of the legend and the card. */
  showFeature(id: string) {
    this.frame(id, { animate: true });
  }

  /** Moves the map to a feature, clear of the legend and the card. */
  private frame(id: string, options: { animate: boolean }) {
    const feature = this.index?.get(id);
    if (feature?.geometry) this.controller?.showBounds(bbox(feature) as [number, number, number, number], this.openArea(true), options);
  }

  /** Padding that keeps a shown feature clear of the legend, an open panel and the card (open, or `cardOpen` about to be). */
  private openArea(cardOpen: boolean) {
    const box = this.getBoundingClientRect();
    const legendOpen = this.legendOpen && this.controls.has('legend');
    return openArea({ width: box.width, height: box.height, legendOpen, headerBottom: this.headerBottom(box), cardOpen, panel: this.openPanel(box) });
  }

  /** Where the open panel covers the map: a column on the left or in the card's place, a sheet on a phone. */
  private openPanel(box: DOMRect): OpenPanel | null {
    const slot = this.renderRoot.querySelector('.panel-slot');
    if (!slot) return null;
    const panel = slot.getBoundingClientRect();
    if (box.width <= WIDE_LAYOUT_MIN_PX) return { edge: 'bottom', reach: box.bottom - panel.top };
    return slot.classList.contains('in-cards-place') ? { edge: 'right', reach: box.right - panel.left } : { edge: 'left', reach: panel.right - box.left };
  }

  /**
   * The card's sheet on a phone keeps clear of the header: its CSS reads where the header ends.
   * Measured when the next frame lays the page out anyway, not by forcing a layout in every update
   * (a tool's input would wait for it before its result).
   */
  private measureHeaderInNextFrame() {
    if (this.headerFrame) return;
    this.headerFrame = requestAnimationFrame(() => {
      this.headerFrame = 0;
      const bottom = `${this.headerBottom(this.getBoundingClientRect())}px`;
      if (this.style.getPropertyValue('--header-bottom') !== bottom) this.style.setProperty('--header-bottom', bottom);
    });
  }

  /** How far down the header reaches on a phone, where it spans the top (its height varies with the language). */
  private headerBottom(box: DOMRect) {
    const header = this.renderRoot.querySelector('header');
    return header ? Math.round(header.getBoundingClientRect().bottom - box.top) : 150;
  }

  private loadPanel() {
    const id = this.state.panel;
    if (id === null || this.loadedPanels.has(id)) return;
    PANELS[id].load().then(
      () => (this.loadedPanels = new Set([...this.loadedPanels, id])),
      (error: Error) => (this.errors = [...this.errors, error.message]),
    );
  }

  private togglePanel(id: PanelId) {
    if (this.state.panel === id) return this.closePanel();
    this.focusPanel = true;
    // On a phone the panel opens as a sheet: the menu it was chosen from gets out of the way.
    this.menuOpen = false;
    this.store.set({ panel: id }, { history: 'replace' });
  }

  private closePanel = () => {
    const id = this.state.panel;
    this.focusPanel = false;
    this.store.set({ panel: null }, { history: 'replace' });
    const button = id && this.renderRoot.querySelector<HTMLElement>(`.panel-toggle[data-panel="${id}"]`);
    // Focus goes back to the panel's button, or on a phone to the closed menu that holds it.
    if (button) (button.checkVisibility() ? button : this.renderRoot.querySelector<HTMLElement>('.menu-toggle'))?.focus();
  };

  /** Esc in the phone's open menu closes it, focus back on its button. */
  private closeMenu(event: KeyboardEvent): boolean {
    const header = this.renderRoot.querySelector('header');
    if (!this.menuOpen || event.key !== 'Escape' || event.defaultPrevented || !header || !event.composedPath().includes(header)) return false;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLElement>('.menu-toggle')?.focus();
    return true;
  }

  private onStateChange = (event: CustomEvent<StateChangeDetail>) => {
    event.stopPropagation();
    const { patch, history } = event.detail;
    this.store.set(patch, { history });
  };

  private onLanguageChanged = (event: CustomEvent<{ lang: Lang }>) => {
    this.store.set({ lang: event.detail.lang }, { history: 'replace' });
  };

  private onLayerToggled = (event: CustomEvent<{ itemId: string; visible: boolean }>) => {
    const { itemId, visible } = event.detail;
    const others = this.state.hidden.filter((id) => id !== itemId);
    this.store.set({ hidden: visible ? others : [...others, itemId] }, { history: 'replace' });
  };

  private onBasemapChosen = (event: CustomEvent<{ id: BasemapId }>) => {
    this.store.set({ basemap: event.detail.id }, { history: 'replace' });
  };

  private onFeatureChosen = (event: CustomEvent<{ featureId: string }>) => {
    const id = event.detail.featureId;
    if (!this.index?.get(id)) return;
    this.returnFocusTo = deepActiveElement();
    this.choose(id);
    this.frame(id, { animate: true });
  };

  private onFeatureShown = (event: CustomEvent<{ featureId: string }>) => {
    const id = event.detail.featureId;
    // Before the data has loaded, the selection waits for it, and setFeatureIndex frames it.
    if (this.index && !this.index.get(id)) return;
    this.store.set({ selected: id }, { history: 'replace' });
    this.frame(id, { animate: true });
  };

  private onBoundsRequested = (event: CustomEvent<{ bounds: [number, number, number, number] }>) => {
    this.controller?.showBounds(event.detail.bounds, this.openArea(this.state.selected !== null), { animate: true });
  };

  private onMapClick = (ref: FeatureRef | null) => {
    // A click on nothing, or on something the data does not have, closes the card.
    const id = ref && this.index?.get(ref.id) ? ref.id : null;
    if (id === null && this.state.selected === null) return;
    this.returnFocusTo = this.controller?.map.getCanvas() ?? null;
    if (id === null) this.closeCard();
    else this.choose(id);
  };

  private announce(topic: 'selection' | 'view', text: string) {
    this.renderRoot.querySelector<LiveAnnouncer>('live-announcer')?.announce(topic, text);
  }

  /** After the map moves: how many of the base parks are now in view. */
  private announceView = () => {
    if (!this.index || !this.controller) return;
    const parks = this.index.list([{ source: 'base-parks' }]);
    const inView = new Set(this.controller.visibleFeatures().map((ref) => ref.id));
    const count = parks.filter((park) => inView.has(park.properties.id)).length;
    this.announce('view', t(this.state.lang, 'Announce.moved', { parks: count, total: parks.length }));
  };

  /** N and P on the focused map select the next and previous feature in view, in the list's order; focus stays on the map. */
  private stepOnMap(event: KeyboardEvent): boolean {
    const key = event.key.toLowerCase();
    const canvas = this.controller?.map.getCanvas();
    if ((key !== 'n' && key !== 'p') || !canvas || event.composedPath()[0] !== canvas || event.ctrlKey || event.metaKey || event.altKey) return false;
    const visible = new Set(this.controller!.visibleFeatures().map((ref) => ref.id));
    const next = stepThrough(featureOrder(groupsInView(this.groups, visible)), this.state.selected, key === 'n' ? 1 : -1);
    if (next === null) return true;
    this.returnFocusTo = canvas;
    this.store.set({ selected: next }, { history: 'push' });
    return true;
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (this.stepOnMap(event) || this.closeMenu(event)) return event.preventDefault();
    // An Esc a panel has handled (closing itself) does not close the card too.
    if (event.key !== 'Escape' || event.defaultPrevented || this.state.selected === null) return;
    event.preventDefault();
    this.closeCard();
  };

  private closeCard = () => {
    this.focusCard = false;
    this.store.set({ selected: null }, { history: 'push' });
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    target?.focus();
  };
}
customElements.define('app-shell', AppShell);

declare global {
  interface HTMLElementTagNameMap {
    'app-shell': AppShell;
  }
}
