import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { t, type Lang } from '../i18n/translate';
import type { LegendGroupView } from './layer-legend';

/**
 * Features as a list grouped as in the legend, one button each: the map's twin for keyboards and
 * screen readers (the features in view) and the page without a map (every feature). Up and Down
 * move between the buttons.
 * @fires feature-chosen - detail `{ featureId }`, when a feature is activated
 * @fires feature-focused - detail `{ featureId }` when a feature's button takes focus, `{ featureId: null }` when it loses it
 */
export class FeatureList extends LitElement {
  static properties = { groups: { attribute: false }, lang: { type: String }, selected: { attribute: false } };
  groups: LegendGroupView[] = [];
  lang: Lang = 'zh';
  /** The feature whose card is open: its button is marked as the current one. */
  selected: string | null = null;

  static styles = css`
    :host { display: block; font-size: 0.9rem; color: #2b2620; }
    h3 { font-size: 0.9rem; margin: 10px 0 2px; }
    h4 { font-size: 0.8rem; font-weight: normal; color: #4a4338; margin: 6px 0 0; }
    ul { list-style: none; margin: 0; padding: 0; }
    button { font: inherit; text-align: start; border: 0; background: none; padding: 6px 4px; min-height: 32px; width: 100%; cursor: pointer; color: #1c4f80; border-radius: 4px; }
    button:hover { text-decoration: underline; }
    button[aria-current='true'] { font-weight: 600; background: #fff3cd; }
    button:focus-visible { outline: 3px solid #ffb703; outline-offset: -3px; }
  `;

  render() {
    const lang = this.lang;
    return html`${repeat(
      this.groups,
      (group) => group.id,
      (group) => html`<section aria-labelledby="list-${group.id}">
        <h3 id="list-${group.id}">${t(lang, group.titleKey)}</h3>
        ${group.items.map(
          (item) => html`<h4>${t(lang, item.labelKey)}</h4>
            <ul>
              ${repeat(
                item.features,
                (f) => f.id,
                (f) => html`<li>
                  <button type="button" data-feature=${f.id} aria-current=${String(f.id === this.selected)}
                    @click=${() => this.send('feature-chosen', f.id)} @focus=${() => this.send('feature-focused', f.id)}
                    @blur=${() => this.send('feature-focused', null)} @keydown=${this.onKeyDown}>${lang === 'zh' ? f.name_zh : f.name_en}</button>
                </li>`,
              )}
            </ul>`,
        )}
      </section>`,
    )}`;
  }

  private buttons() {
    return this.renderRoot.querySelectorAll<HTMLButtonElement>('button[data-feature]');
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...this.buttons()];
    const at = buttons.indexOf(event.currentTarget as HTMLButtonElement);
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  private send(type: 'feature-chosen' | 'feature-focused', featureId: string | null) {
    this.dispatchEvent(new CustomEvent(type, { detail: { featureId }, bubbles: true, composed: true }));
  }
}
customElements.define('feature-list', FeatureList);

declare global {
  interface HTMLElementTagNameMap {
    'feature-list': FeatureList;
  }
}
