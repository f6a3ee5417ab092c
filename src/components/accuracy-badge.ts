import { LitElement, css, html } from 'lit';
import type { Accuracy } from '../data/schemas/geo-feature.schema';
import { t, type Lang } from '../i18n/translate';

const KEYS = {
  surveyed: 'Accuracy.surveyed',
  approximate: 'Accuracy.approximate',
  indicative: 'Accuracy.indicative',
  schematic: 'Accuracy.schematic',
} as const;

/** A small label saying how exact a geometry is; solid for surveyed, dashed border otherwise. */
export class AccuracyBadge extends LitElement {
  static properties = { accuracy: { type: String }, lang: { type: String } };
  accuracy: Accuracy = 'indicative';
  lang: Lang = 'zh';

  static styles = css`
    span { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.8rem; border: 1.5px dashed #8a5a00; color: #6b4500; background: #fff6e0; }
    span.surveyed { border-style: solid; border-color: #2b8a3e; color: #1e6b2f; background: #e9f7ec; }
  `;

  render() {
    return html`<span class=${this.accuracy}>${t(this.lang, KEYS[this.accuracy])}</span>`;
  }
}
customElements.define('accuracy-badge', AccuracyBadge);

declare global {
  interface HTMLElementTagNameMap {
    'accuracy-badge': AccuracyBadge;
  }
}
