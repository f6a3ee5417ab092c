import { LitElement, css, html } from 'lit';
import { LANGS, t, type Lang } from '../i18n/translate';

/**
 * Two-button language switch (中文 / English).
 * @fires language-changed - detail `{ lang }`, when the user picks the other language.
 */
export class LangSwitch extends LitElement {
  static properties = { lang: { type: String } };
  /** The language currently shown. */
  lang: Lang = 'zh';

  static styles = css`
    :host { display: inline-flex; border: 1px solid #8a8070; border-radius: 6px; overflow: hidden; }
    button { font: inherit; border: 0; padding: 4px 10px; background: #fff; color: #2b2620; cursor: pointer; min-height: 32px; }
    button[aria-pressed='true'] { background: #2b2620; color: #fff; }
    button:focus-visible { outline: 3px solid #ffb703; outline-offset: -3px; }
  `;

  render() {
    return html`<div role="group" aria-label=${t(this.lang, 'Lang.switch')}>
      ${LANGS.map(
        (lang) => html`<button
          type="button"
          lang=${lang === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed=${String(lang === this.lang)}
          data-lang=${lang}
          @click=${() => this.choose(lang)}
        >
          ${t(lang, lang === 'zh' ? 'Lang.zh' : 'Lang.en')}
        </button>`,
      )}
    </div>`;
  }

  private choose(lang: Lang) {
    if (lang === this.lang) return;
    this.dispatchEvent(new CustomEvent('language-changed', { detail: { lang }, bubbles: true, composed: true }));
  }
}
customElements.define('lang-switch', LangSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'lang-switch': LangSwitch;
  }
}
