import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import { t, type Lang } from '../i18n/translate';
import { THEME } from '../layers/theme';
import { BASEMAP_LABEL } from './basemap-labels';
import { OFFLINE_STATUS, type BasemapStatus } from './basemap-status.types';

/**
 * Says what is under our layers when it is not the offline basemap: the basemap, its datum and
 * whether our layers were shifted to match; on OpenStreetMap, which G50 is which; after a failure,
 * that the map fell back to the offline basemap; over a shifted basemap, that the visitor's
 * drawings are not shifted with it. A live region, so screen readers hear changes.
 */
export class BasemapNotice extends LitElement {
  static properties = { lang: { type: String }, status: { attribute: false }, drawingsShown: { type: Boolean } };
  lang: Lang = 'zh';
  status: BasemapStatus = OFFLINE_STATUS;
  /** The map shows drawings: terra-draw draws them in WGS-84 whatever the basemap's datum. */
  drawingsShown = false;

  static styles = css`
    :host { display: block; font-size: 0.85rem; color: #2b2620; }
    .panel { padding: 6px 12px; background: rgba(255, 253, 248, 0.96); border-radius: 10px; box-shadow: 0 4px 18px rgba(0,0,0,.15); }
    p { margin: 2px 0; display: flex; align-items: center; gap: 8px; }
    .swatch { width: 26px; flex: none; }
    .real-g50 { height: 8px; background: ${unsafeCSS(THEME.g50)}; opacity: 0.35; border-radius: 4px; }
    .schematic-g50 { border-top: 4px dashed ${unsafeCSS(THEME.g50)}; }
  `;

  render() {
    const { lang, status } = this;
    const name = (id: BasemapStatus['shown']) => t(lang, BASEMAP_LABEL[id]);
    const shown = status.shown !== 'offline';
    return html`<div role="status" class=${shown || status.failed ? 'panel' : ''}>
      ${status.failed ? html`<p>${t(lang, 'Basemap.fallback', { name: name(status.failed) })}</p>` : nothing}
      ${shown
        ? html`<p>${t(lang, status.shifted ? 'Basemap.shifted' : 'Basemap.sameDatum', { name: name(status.shown), datum: status.datumLabel })}</p>`
        : nothing}
      ${status.shifted && this.drawingsShown ? html`<p class="drawings">${t(lang, 'Basemap.drawingsNotShifted', { datum: status.datumLabel })}</p>` : nothing}
      ${status.shown === 'osm'
        ? html`<p><span class="swatch real-g50"></span>${t(lang, 'Basemap.realG50')}</p>
            <p><span class="swatch schematic-g50"></span>${t(lang, 'Basemap.schematicG50')}</p>`
        : nothing}
    </div>`;
  }
}
customElements.define('basemap-notice', BasemapNotice);

declare global {
  interface HTMLElementTagNameMap {
    'basemap-notice': BasemapNotice;
  }
}
