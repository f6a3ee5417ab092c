import { bbox } from '@turf/turf';
import { LitElement, css, html, nothing } from 'lit';
import '../components/feature-card';
import type { FeatureCard } from '../components/feature-card';
import type { FeatureDetail } from '../components/feature-detail.types';
import '../components/lang-switch';
import '../components/layer-legend';
import type { LegendGroupView } from '../components/layer-legend';
import type { FeatureIndex } from '../data/feature-index';
import { loadPlanFacts } from '../data/plan-facts';
import { t, type Lang } from '../i18n/translate';
import { LEGEND_GROUPS } from '../layers/legend';
import type { FeatureRef, MapController } from '../map/map-controller';
import { buildFeatureDetail } from './feature-detail';
import { deepActiveElement } from '../util/deep-active-element';
import { saveLanguage } from './preferences';

/** What the shell asks of the map: MapController, or a stand-in in component tests. */
export type ShellController = Pick<MapController, 'onFeatureClicked' | 'setLanguage' | 'setLayersVisible' | 'select' | 'showBounds'> & {
  readonly map: Pick<MapController['map'], 'getCanvas'>;
};

/** The legend's groups (LEGEND_GROUPS) with the loaded features of each item, all shown. */
export function legendGroupViews(index: FeatureIndex): LegendGroupView[] {
  return LEGEND_GROUPS.map((group) => ({
    id: group.id,
    titleKey: group.titleKey,
    items: group.items.map((item) => ({
      id: item.id,
      labelKey: item.labelKey,
      swatch: item.swatch,
      visible: true,
      features: index.list(item.features).map((f) => ({
        id: f.properties.id,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
      })),
    })),
  }));
}

/**
 * The page around the map: title, language switch, legend, detail card and data errors. It turns
 * the components' events into MapController calls and passes the results back down. It only uses
 * the ShellController part of its controller, so tests can hand it a stand-in.
 */
export class AppShell<Controller extends ShellController = MapController> extends LitElement {
  static properties = {
    lang: { type: String },
    groups: { state: true },
    detail: { state: true },
    loading: { state: true },
    errors: { state: true },
    legendOpen: { state: true },
  };
  lang: Lang = 'zh';
  /** Set once by main.ts before the shell connects. */
  controller!: Controller;
  private index: FeatureIndex | null = null;
  private groups: LegendGroupView[] = [];
  private detail: FeatureDetail | null = null;
  private loading = false;
  private errors: string[] = [];
  private legendOpen = !matchMedia('(max-width: 600px)').matches;
  private returnFocusTo: HTMLElement | null = null;
  private selectedRef: FeatureRef | null = null;

  static styles = css`
    :host { position: absolute; inset: 0; z-index: 3; pointer-events: none; font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
    .panel { pointer-events: auto; background: rgba(255, 253, 248, 0.96); border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.15); }
    header { position: absolute; top: 10px; left: 10px; max-width: min(340px, calc(100% - 20px)); padding: 10px 12px; box-sizing: border-box; }
    h1 { font-size: 1.05rem; margin: 0; }
    .subtitle { font-size: 0.75rem; color: #6d6252; margin: 2px 0 8px; }
    .tools { display: flex; gap: 8px; align-items: center; }
    .legend-toggle { font: inherit; font-size: 0.85rem; border: 1px solid #8a8070; background: #fff; border-radius: 6px; min-height: 32px; padding: 0 10px; cursor: pointer; }
    .legend-toggle:focus-visible { outline: 3px solid #ffb703; }
    layer-legend[hidden] { display: none; }
    layer-legend { margin-top: 8px; max-height: calc(100vh - 170px); overflow: auto; }
    feature-card { position: absolute; top: 10px; right: 10px; width: 360px; max-height: calc(100% - 110px); pointer-events: auto; display: flex; }
    .errors { position: absolute; bottom: 36px; left: 50%; transform: translateX(-50%); padding: 8px 12px; color: #8a1c1c; font-size: 0.85rem; max-width: 90%; }
    @media (max-width: 600px) {
      header { right: 10px; max-width: none; }
      layer-legend { max-height: 45vh; }
      feature-card { top: auto; bottom: 0; left: 0; right: 0; width: auto; max-height: 55%; }
    }
  `;

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
    this.controller.onFeatureClicked(this.onMapClick);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKeyDown);
    super.disconnectedCallback();
  }

  /** Hands the shell the loaded features; load failures are shown, the rest keeps working. */
  setFeatureIndex(index: FeatureIndex, errors: string[]) {
    this.index = index;
    this.errors = errors;
    this.groups = legendGroupViews(index);
  }

  /** Opens the card of a feature and highlights it; null closes the card. */
  async selectFeature(id: string | null, options: { moveMap?: boolean } = {}) {
    const feature = id ? this.index?.get(id) : undefined;
    const source = id ? this.index?.sourceOf(id) : undefined;
    if (!id || !feature || !source) return this.closeCard();
    this.selectedRef = { source, id };
    this.controller.select(this.selectedRef);
    if (options.moveMap && feature.geometry) this.controller.showBounds(bbox(feature) as [number, number, number, number], this.openArea());
    this.loading = true;
    this.detail = null;
    try {
      const facts = await loadPlanFacts();
      if (this.selectedRef?.id !== id) return;
      this.detail = buildFeatureDetail(feature, facts);
    } catch (error) {
      this.errors = [...this.errors, (error as Error).message];
    } finally {
      this.loading = false;
    }
    await this.updateComplete;
    const card = this.renderRoot.querySelector<FeatureCard>('feature-card');
    await card?.updateComplete;
    card?.focusTitle();
  }

  /** Padding that keeps a shown feature clear of the legend and the card. */
  private openArea() {
    const box = this.getBoundingClientRect();
    return box.width > 600
      ? { top: 60, bottom: 60, left: this.legendOpen ? 380 : 60, right: 400 }
      : { top: 150, bottom: Math.round(box.height * 0.55) + 20, left: 30, right: 30 };
  }

  render() {
    const lang = this.lang;
    return html`
      <header class="panel">
        <h1>${t(lang, 'App.title')}</h1>
        <p class="subtitle">${t(lang, 'App.subtitle')}</p>
        <div class="tools">
          <lang-switch .lang=${lang} @language-changed=${this.onLanguageChanged}></lang-switch>
          <button class="legend-toggle" type="button" aria-expanded=${String(this.legendOpen)} aria-controls="legend"
            @click=${() => (this.legendOpen = !this.legendOpen)}>${t(lang, 'Legend.title')}</button>
        </div>
        <layer-legend id="legend" ?hidden=${!this.legendOpen} .groups=${this.groups} .lang=${lang}
          @layer-toggled=${this.onLayerToggled} @feature-chosen=${this.onFeatureChosen}></layer-legend>
      </header>
      ${this.detail || this.loading
        ? html`<feature-card .detail=${this.detail} .lang=${lang} ?loading=${this.loading} @card-closed=${this.closeCard}></feature-card>`
        : nothing}
      ${this.errors.length
        ? html`<div class="errors panel" role="alert">${this.errors.map((detail) => html`<p>${t(lang, 'App.dataError', { detail })}</p>`)}</div>`
        : nothing}
    `;
  }

  private onLanguageChanged = (event: CustomEvent<{ lang: Lang }>) => {
    this.lang = event.detail.lang;
    saveLanguage(this.lang);
    document.documentElement.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(this.lang, 'App.title');
    this.controller.setLanguage(this.lang);
  };

  private onLayerToggled = (event: CustomEvent<{ itemId: string; visible: boolean }>) => {
    const { itemId, visible } = event.detail;
    const item = LEGEND_GROUPS.flatMap((g) => g.items).find((i) => i.id === itemId);
    if (!item) return;
    this.controller.setLayersVisible(item.layers, visible);
    this.groups = this.groups.map((g) => ({
      ...g,
      items: g.items.map((i) => (i.id === itemId ? { ...i, visible } : i)),
    }));
  };

  private onFeatureChosen = (event: CustomEvent<{ featureId: string }>) => {
    this.returnFocusTo = deepActiveElement();
    void this.selectFeature(event.detail.featureId, { moveMap: true });
  };

  private onMapClick = (ref: FeatureRef | null) => {
    this.returnFocusTo = this.controller.map.getCanvas();
    void this.selectFeature(ref?.id ?? null);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (this.detail || this.loading)) {
      event.preventDefault();
      this.closeCard();
    }
  };

  private closeCard = () => {
    this.selectedRef = null;
    this.controller.select(null);
    this.detail = null;
    this.loading = false;
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
