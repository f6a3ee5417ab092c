import { LitElement, css, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { t, type Lang } from '../i18n/translate';
import type { BasemapId } from '../layers/basemaps';
import { BASEMAP_LABEL } from './basemap-labels';

/**
 * The basemap choice as a radio group: arrow keys move between basemaps, as in any radio group.
 * @fires basemap-changed - detail `{ id }`, when the visitor picks another basemap.
 */
export class BasemapPicker extends LitElement {
  static properties = { lang: { type: String }, options: { attribute: false }, selected: { attribute: false } };
  lang: Lang = 'zh';
  /** The basemaps this deployment offers. */
  options: BasemapId[] = ['offline'];
  /** The basemap of the app state: checked (after a fallback, offline again). */
  selected: BasemapId = 'offline';

  static styles = css`
    :host { display: block; font-size: 0.9rem; color: #2b2620; }
    fieldset { border: 0; border-top: 1px solid #ddd6c8; margin: 0; padding: 6px 0 0; }
    legend { font-weight: bold; padding: 0; }
    label { display: flex; align-items: center; gap: 8px; min-height: 30px; cursor: pointer; }
    input { width: 18px; height: 18px; margin: 0; accent-color: #2b2620; }
    input:focus-visible { outline: 3px solid #ffb703; outline-offset: 1px; }
    p { margin: 2px 0 0; color: #6d6252; font-size: 0.8rem; }
  `;

  render() {
    const lang = this.lang;
    return html`<fieldset>
      <legend>${t(lang, 'Basemap.title')}</legend>
      ${this.options.map(
        (id) => html`<label data-basemap=${id}>
          <input type="radio" name="basemap" .value=${id} .checked=${live(id === this.selected)} @change=${() => this.choose(id)} />
          ${t(lang, BASEMAP_LABEL[id])}
        </label>`,
      )}
      ${this.options.length > 1 ? html`<p>${t(lang, 'Basemap.onlineNote')}</p>` : nothing}
    </fieldset>`;
  }

  private choose(id: BasemapId) {
    this.dispatchEvent(new CustomEvent('basemap-changed', { detail: { id }, bubbles: true, composed: true }));
  }
}
customElements.define('basemap-picker', BasemapPicker);

declare global {
  interface HTMLElementTagNameMap {
    'basemap-picker': BasemapPicker;
  }
}
