import { LitElement, css, html } from 'lit';
import { featureOrder, groupsInView } from '../app/features-in-view';
import { t, type Lang } from '../i18n/translate';
import type { FeatureRef, MapController } from '../map/map-controller';
import './feature-list';
import type { LegendGroupView } from './layer-legend';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import { panelStyles } from './panel-styles';
import '../i18n/in-view.messages';

/** What the list asks of the map: which features it draws, and to highlight one. */
export type InViewController = Pick<MapController, 'onVisibleFeaturesChanged' | 'highlight'>;

/**
 * The map's twin: the features drawn on screen, as a list that follows the map as it moves.
 * Focusing a feature highlights it on the map; activating it opens its card (feature-chosen,
 * sent on by the list).
 * @fires panel-closed - when the user closes the panel (button or Esc)
 */
export class FeaturesInView extends LitElement {
  static properties = {
    groups: { attribute: false },
    lang: { type: String },
    selected: { attribute: false },
    controller: { attribute: false },
    visible: { state: true },
  };
  /** Every feature, grouped as in the legend (hidden items marked). */
  groups: LegendGroupView[] = [];
  lang: Lang = 'zh';
  selected: string | null = null;
  controller: InViewController | null = null;
  private visible: FeatureRef[] = [];
  private stopListening: () => void = () => undefined;

  static styles = [
    panelStyles,
    css`
      .count { font-weight: normal; color: #4a4338; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    this.stopListening = this.controller?.onVisibleFeaturesChanged((refs) => (this.visible = refs)) ?? (() => undefined);
  }

  disconnectedCallback() {
    this.stopListening();
    this.controller?.highlight(null);
    super.disconnectedCallback();
  }

  render() {
    const lang = this.lang;
    const inView = groupsInView(this.groups, new Set(this.visible.map((ref) => ref.id)));
    const count = featureOrder(inView).length;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="in-view-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="in-view-title" tabindex="-1">${t(lang, 'InView.title')} <span class="count">(${count})</span></h2>
        <button class="close" type="button" aria-label=${t(lang, 'InView.close')} @click=${this.close}>×</button>
      </header>
      ${count === 0
        ? html`<p>${t(lang, 'InView.none')}</p>`
        : html`<feature-list .groups=${inView} .lang=${lang} .selected=${this.selected} @feature-focused=${this.onFocused}></feature-list>`}
    </section>`;
  }

  /** Moves focus into the panel, to its title, so screen readers announce it and Esc works. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#in-view-title')?.focus({ preventScroll: true });
  }

  private onFocused = (event: CustomEvent<{ featureId: string | null }>) => {
    const id = event.detail.featureId;
    this.controller?.highlight(id === null ? null : (this.visible.find((ref) => ref.id === id) ?? null));
  };

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => sendPanelClosed(this);
}
customElements.define('features-in-view', FeaturesInView);

declare global {
  interface HTMLElementTagNameMap {
    'features-in-view': FeaturesInView;
  }
}
