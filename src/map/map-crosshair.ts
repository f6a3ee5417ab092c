import { LitElement, css, html } from 'lit';

/**
 * The cross on the map while a shape is drawn with the keyboard: where Enter puts the next
 * vertex, at --cross-x and --cross-y (the map's centre unless a panel covers it). Dark on a white halo, so it stands out (3:1 or more) on any basemap. Hidden from
 * screen readers: the Draw tool says the same in words.
 */
export class MapCrosshair extends LitElement {
  static styles = css`
    :host { position: absolute; left: var(--cross-x, 50%); top: var(--cross-y, 50%); width: 36px; height: 36px; margin: -18px 0 0 -18px; pointer-events: none; z-index: 2; }
    :host([hidden]) { display: none; }
    svg { display: block; width: 100%; height: 100%; }
    .halo { stroke: #ffffff; stroke-width: 5; fill: none; }
    .mark { stroke: #1a1a1a; stroke-width: 2; fill: none; }
  `;

  connectedCallback() {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  render() {
    const cross = 'M18 2v11M18 23v11M2 18h11M23 18h11';
    return html`<svg viewBox="0 0 36 36" focusable="false">
      <path class="halo" d=${cross}></path><circle class="halo" cx="18" cy="18" r="3"></circle>
      <path class="mark" d=${cross}></path><circle class="mark" cx="18" cy="18" r="3"></circle>
    </svg>`;
  }
}
customElements.define('map-crosshair', MapCrosshair);

declare global {
  interface HTMLElementTagNameMap {
    'map-crosshair': MapCrosshair;
  }
}
