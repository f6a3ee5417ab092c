import { LitElement, css, html, nothing } from 'lit';
import type { FeatureIndex } from '../data/feature-index';
import { t, type Lang } from '../i18n/translate';
import { REGION_BOUNDS, REGION_ITEMS, loadRegionFacts, type RegionFact } from '../region/region-items';
import './accuracy-badge';
import { panelStyles } from './panel-styles';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import '../i18n/region.messages';

/**
 * The regional view: the map zooms out to the trunk's place in the Yangtze River Delta, and the
 * panel lists what it shows there — the data corridor, Wujiang and Jiashan of the demonstration
 * zone, the 2018 partner zones — each with its fact, its source and how exact its position is.
 * @fires bounds-requested - `{ bounds }` when it opens: the map shows the region
 * @fires feature-chosen - `{ featureId }` when the visitor opens a place's card
 * @fires panel-closed - when the visitor closes the panel
 */
export class RegionPanel extends LitElement {
  static properties = {
    lang: { type: String },
    index: { attribute: false },
    facts: { state: true },
    failed: { state: true },
  };
  lang: Lang = 'zh';
  index: Pick<FeatureIndex, 'get'> | null = null;
  private facts: Map<string, RegionFact> | null = null;
  private failed = false;

  static styles = [
    panelStyles,
    css`
      ul { list-style: none; margin: 8px 0 0; padding: 0; }
      li { border-top: 1px solid #e2dccf; padding: 8px 0; }
      li button { font-weight: 600; text-align: start; }
      .source { font-size: 0.8rem; color: #4a4338; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    this.dispatchEvent(new CustomEvent('bounds-requested', { detail: { bounds: REGION_BOUNDS }, bubbles: true, composed: true }));
    loadRegionFacts().then(
      (facts) => (this.facts = facts),
      () => (this.failed = true),
    );
  }

  render() {
    const { lang } = this;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="region-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="region-title" tabindex="-1">${t(lang, 'Region.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Region.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Region.hint')}</p>
      ${this.failed ? html`<p role="alert">${t(lang, 'Region.loadFailed')}</p>` : nothing}
      <ul>
        ${REGION_ITEMS.map(({ featureId, recordIds }) => {
          const feature = this.index?.get(featureId);
          if (!feature) return nothing;
          const p = feature.properties;
          return html`<li data-feature=${featureId}>
            <button type="button" @click=${() => this.choose(featureId)}>${lang === 'zh' ? p.name_zh : p.name_en}</button>
            <accuracy-badge .accuracy=${p.accuracy} .lang=${lang}></accuracy-badge>
            ${recordIds.map((id) => this.facts?.get(id)).filter((fact) => fact !== undefined).map(
              (fact) => html`<p>${fact[lang]}</p><p class="source">${t(lang, 'Card.citation')}: <cite lang="zh-CN">${fact.source}</cite></p>`,
            )}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#region-title')?.focus({ preventScroll: true });
  }

  private choose(featureId: string) {
    this.dispatchEvent(new CustomEvent('feature-chosen', { detail: { featureId }, bubbles: true, composed: true }));
  }

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => {
    sendPanelClosed(this);
  };
}
customElements.define('region-panel', RegionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'region-panel': RegionPanel;
  }
}
