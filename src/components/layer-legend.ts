import { LitElement, css, html, nothing } from 'lit';
import { t, tCount, type Lang, type MessageKey } from '../i18n/translate';
import type { LegendItem } from '../layers/legend';

/** "5 features": the visible name of a feature list, after its item's name for screen readers. */
function featureCount(lang: Lang, count: number): string {
  return tCount(lang, 'Legend.featureCount', count);
}

export interface LegendFeatureView {
  id: string;
  name_zh: string;
  name_en: string;
}
export interface LegendItemView {
  id: string;
  labelKey: MessageKey;
  swatch: LegendItem['swatch'];
  visible: boolean;
  features: LegendFeatureView[];
}
export interface LegendGroupView {
  id: string;
  titleKey: MessageKey;
  items: LegendItemView[];
}

/**
 * Layer toggles grouped by the plan's structure, with feature counts, a keyboard-reachable list of
 * every feature, and the key to solid and dashed geometry.
 * @fires layer-toggled - detail `{ itemId, visible }`
 * @fires feature-chosen - detail `{ featureId }`, when a feature in a list is activated
 * @slot - after the key, e.g. the basemap picker
 */
export class LayerLegend extends LitElement {
  static properties = { groups: { attribute: false }, lang: { type: String } };
  groups: LegendGroupView[] = [];
  lang: Lang = 'zh';

  static styles = css`
    :host { display: block; font-size: 0.9rem; color: #2b2620; }
    h2 { font-size: 1rem; margin: 0 0 6px; }
    section { border-top: 1px solid #ddd6c8; padding: 6px 0; }
    h3 { font-size: 0.9rem; margin: 0 0 4px; display: flex; justify-content: space-between; }
    .count { color: #6d6252; font-weight: normal; font-variant-numeric: tabular-nums; }
    label { display: flex; align-items: center; gap: 8px; min-height: 30px; cursor: pointer; }
    input { width: 18px; height: 18px; margin: 0; accent-color: #2b2620; }
    .swatch { width: 26px; height: 12px; flex: none; }
    .swatch.line { border-top: 4px solid var(--c); height: 0; }
    .swatch.dashed { border-top: 4px dashed var(--c); height: 0; }
    .swatch.area { background: var(--c); opacity: 0.6; }
    .swatch.dashed-area { background: color-mix(in srgb, var(--c) 25%, transparent); border: 2px dashed var(--c); box-sizing: border-box; }
    .swatch.dot { width: 12px; height: 12px; border-radius: 50%; background: var(--c); margin: 0 7px; }
    .swatch.band { background: var(--c); opacity: 0.35; height: 10px; border-radius: 5px; }
    .key .swatch { --c: #4a4338; }
    details { margin: 0 0 4px 26px; }
    summary { cursor: pointer; color: #4a4338; min-height: 26px; }
    ul { list-style: none; margin: 2px 0; padding: 0; }
    li button { font: inherit; text-align: start; border: 0; background: none; padding: 4px 2px; width: 100%; cursor: pointer; color: #1c4f80; }
    li button:hover { text-decoration: underline; }
    :is(button, input, summary):focus-visible { outline: 3px solid #ffb703; outline-offset: 1px; }
    .key { border-top: 1px solid #ddd6c8; padding-top: 6px; color: #4a4338; font-size: 0.82rem; }
    .key p { margin: 2px 0; display: flex; gap: 8px; align-items: center; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `;

  render() {
    const lang = this.lang;
    return html`
      <h2>${t(lang, 'Legend.title')}</h2>
      ${this.groups.map((group) => {
        const total = group.items.reduce((sum, item) => sum + item.features.length, 0);
        return html`<section data-group=${group.id} aria-labelledby="g-${group.id}">
          <h3 id="g-${group.id}">${t(lang, group.titleKey)} <span class="count">${total}</span></h3>
          ${group.items.map((item) => this.renderItem(item))}
        </section>`;
      })}
      <div class="key">
        <strong>${t(lang, 'Legend.accuracyTitle')}</strong>
        <p><span class="swatch line"></span>${t(lang, 'Legend.solid')}</p>
        <p><span class="swatch dashed"></span>${t(lang, 'Legend.dashed')}</p>
      </div>
      <slot></slot>
    `;
  }

  private renderItem(item: LegendItemView) {
    const lang = this.lang;
    const label = t(lang, item.labelKey);
    return html`
      <label data-item=${item.id}>
        <input
          type="checkbox"
          .checked=${item.visible}
          aria-label=${t(lang, 'Legend.show', { name: label })}
          @change=${(e: Event) => this.toggle(item.id, (e.target as HTMLInputElement).checked)}
        />
        <span class="swatch ${item.swatch.shape}" data-colour=${item.swatch.colour}></span>
        <span>${label}</span>
        <span class="count">${item.features.length}</span>
      </label>
      ${item.features.length === 0
        ? nothing
        : html`<details>
            <summary><span class="visually-hidden">${t(lang, 'Legend.featuresOf', { name: label })}</span>${featureCount(lang, item.features.length)}</summary>
            <ul>
              ${item.features.map(
                (f) => html`<li><button type="button" data-feature=${f.id} @click=${() => this.choose(f.id)}>
                  ${lang === 'zh' ? f.name_zh : f.name_en}
                </button></li>`,
              )}
            </ul>
          </details>`}
    `;
  }

  /** Colours the swatches through CSSOM: a strict CSP (style-src 'self') blocks style attributes. */
  protected updated() {
    for (const swatch of this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-colour]')) {
      swatch.style.setProperty('--c', swatch.dataset.colour!);
    }
  }

  private toggle(itemId: string, visible: boolean) {
    this.dispatchEvent(new CustomEvent('layer-toggled', { detail: { itemId, visible }, bubbles: true, composed: true }));
  }

  private choose(featureId: string) {
    this.dispatchEvent(new CustomEvent('feature-chosen', { detail: { featureId }, bubbles: true, composed: true }));
  }
}
customElements.define('layer-legend', LayerLegend);

declare global {
  interface HTMLElementTagNameMap {
    'layer-legend': LayerLegend;
  }
}
