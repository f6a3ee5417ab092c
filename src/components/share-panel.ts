import { LitElement, css, html } from 'lit';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import { panelStyles } from './panel-styles';
import '../i18n/share.messages';

/** What the panel offers to copy (built by src/app/share-links.ts). */
export interface ShareTexts {
  /** The page URL that reopens the current state. */
  link: string;
  /** An `<iframe>` element showing the state in embed mode. */
  iframe: string;
  /** The `<trunk-map>` web component's script and element. */
  component: string;
}

type Field = keyof ShareTexts;

const FIELDS: { field: Field; labelKey: MessageKey; copyKey: MessageKey; copiedKey: MessageKey; rows: number }[] = [
  { field: 'link', labelKey: 'Share.link', copyKey: 'Share.copyLink', copiedKey: 'Share.copiedLink', rows: 3 },
  { field: 'iframe', labelKey: 'Share.iframe', copyKey: 'Share.copyIframe', copiedKey: 'Share.copiedIframe', rows: 4 },
  { field: 'component', labelKey: 'Share.component', copyKey: 'Share.copyComponent', copiedKey: 'Share.copiedComponent', rows: 5 },
];

/**
 * The Share panel: a link to the current view, and the code to embed it with an iframe or the
 * `<trunk-map>` web component, each with a Copy button. What was copied (or why it could not be)
 * is announced in a live region.
 * @fires panel-closed - when the user closes the panel (button or Esc)
 */
export class SharePanel extends LitElement {
  static properties = {
    texts: { attribute: false },
    lang: { type: String },
    status: { state: true },
  };
  texts: ShareTexts = { link: '', iframe: '', component: '' };
  lang: Lang = 'zh';
  private status: { copied: Field } | { failed: Field } | null = null;

  static styles = [
    panelStyles,
    css`
      label { display: block; font-weight: 600; font-size: 0.85rem; margin-top: 10px; }
      textarea { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; font: 0.78rem/1.4 ui-monospace, 'DejaVu Sans Mono', monospace; color: #2b2620; background: #f6f3ec; border: 1px solid #c9c0ae; border-radius: 6px; padding: 6px; resize: vertical; word-break: break-all; }
      .status { min-height: 1.45em; margin: 10px 0 0; font-weight: 600; color: #1e6b2f; }
      .status.failed { color: #8a1c1c; }
    `,
  ];

  render() {
    const lang = this.lang;
    const status = this.status;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="share-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="share-title" tabindex="-1">${t(lang, 'Share.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Share.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Share.hint')}</p>
      ${FIELDS.map(
        ({ field, labelKey, copyKey, rows }) => html`
          <label for="share-${field}">${t(lang, labelKey)}</label>
          <textarea id="share-${field}" readonly rows=${rows} spellcheck="false" .value=${this.texts[field]}></textarea>
          <button type="button" data-copy=${field} @click=${() => this.copy(field)}>${t(lang, copyKey)}</button>
        `,
      )}
      <p class="status ${status && 'failed' in status ? 'failed' : ''}" role="status" aria-live="polite">
        ${status === null ? '' : 'copied' in status ? t(lang, FIELDS.find((f) => f.field === status.copied)!.copiedKey) : t(lang, 'Share.copyFailed')}
      </p>
    </section>`;
  }

  /** Moves focus into the panel, to its title, so screen readers announce it and Esc works. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#share-title')?.focus({ preventScroll: true });
  }

  private async copy(field: Field) {
    this.status = null;
    try {
      // Missing outside secure contexts; refused when the page lacks the permission.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.texts[field]);
      this.status = { copied: field };
    } catch {
      this.status = { failed: field };
      // Selected, the text is one keystroke from being copied by hand.
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#share-${field}`)?.select();
    }
  }

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => sendPanelClosed(this);
}
customElements.define('share-panel', SharePanel);

declare global {
  interface HTMLElementTagNameMap {
    'share-panel': SharePanel;
  }
}
