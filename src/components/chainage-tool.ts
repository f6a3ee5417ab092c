import type { Feature } from 'geojson';
import { LitElement, css, html, nothing } from 'lit';
import type { Chainage } from '../analysis/chainage';
import type { TrunkComponent } from '../analysis/nearby-limits';
import { nearbyData } from '../app/nearby-data';
import type { FeatureIndex } from '../data/feature-index';
import { formatDistance } from '../i18n/distance';
import { formatNumber, t, type Lang } from '../i18n/translate';
import { SOURCE } from '../layers/sources';
import type { MapController } from '../map/map-controller';
import { nearbyWorker } from '../workers/nearby-client';
import { panelStyles } from './panel-styles';
import '../i18n/nearby.messages';

/**
 * The chainage tool: for a point picked on the map (or the map's centre, for keyboard users), how
 * far along the trunk it lies from 虹桥火车站, its nearest Line 17 station and its distance to the
 * nearest trunk line. The point and its links to the track and the station are drawn on the map.
 * @fires panel-closed - when the visitor closes the tool
 */
export class ChainageTool extends LitElement {
  static properties = {
    lang: { type: String },
    index: { attribute: false },
    picking: { state: true },
    point: { state: true },
    result: { state: true },
    failure: { state: true },
  };
  lang: Lang = 'zh';
  index: FeatureIndex | null = null;
  controller!: Pick<MapController, 'showOverlay' | 'pickPosition' | 'getView'>;
  private picking = false;
  private point: [number, number] | null = null;
  private result: Chainage | null = null;
  private failure: string | null = null;
  private cancelPick: () => void = () => undefined;

  static styles = [
    panelStyles,
    css`
      .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
      .actions button { min-height: 40px; }
      .actions button[aria-pressed='true'] { background: #2b2620; color: #fff; }
      dl { margin: 8px 0 0; font-size: 0.85rem; }
      dt { font-weight: 600; margin-top: 8px; }
      dd { margin: 2px 0 0; }
      .value { font-size: 1.05rem; font-weight: 600; }
      .detail { color: #4a4338; font-size: 0.8rem; }
      .error { color: #8a1c1c; font-weight: 600; }
    `,
  ];

  disconnectedCallback() {
    this.cancelPick();
    this.controller.showOverlay(null);
    super.disconnectedCallback();
  }

  render() {
    const { lang } = this;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="chainage-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="chainage-title" tabindex="-1">${t(lang, 'Chainage.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Chainage.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Chainage.hint')}</p>
      <div class="actions">
        <button type="button" class="pick" aria-pressed=${String(this.picking)} @click=${this.togglePick}>
          ${t(lang, this.picking ? 'Chainage.cancel' : 'Chainage.pick')}</button>
        <button type="button" class="centre" @click=${() => this.measureAt([...this.controller.getView().center])}>${t(lang, 'Chainage.centre')}</button>
      </div>
      <div aria-live="polite">
        ${this.picking ? html`<p>${t(lang, 'Chainage.picking')}</p>` : nothing}
        ${this.failure ? html`<p class="error" role="alert">${this.failure}</p>` : nothing}
        ${this.renderResult()}
      </div>
    </section>`;
  }

  /** Moves focus to the tool's title, so screen readers start there. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#chainage-title')?.focus({ preventScroll: true });
  }

  private renderResult() {
    const { lang, point, result } = this;
    if (!point || !result) return nothing;
    const name = (named: { name_zh: string; name_en: string }) => (lang === 'zh' ? named.name_zh : named.name_en);
    const [lng, lat] = point;
    const origin = this.firstStation();
    return html`<dl>
      <dt>${t(lang, 'Chainage.point')}</dt>
      <dd class="point">${formatNumber(lang, lng, 5)}° E, ${formatNumber(lang, lat, 5)}° N</dd>
      <dt>${t(lang, 'Chainage.along', { origin: origin ? name(origin) : '' })}</dt>
      <dd class="along"><span class="value">${formatNumber(lang, result.alongKm, 2)} ${t(lang, 'Unit.km')}</span>
        <span class="detail">(${t(lang, 'Chainage.alongNote', { line: this.lineName('line17'), distance: formatDistance(lang, result.offAxisM) })})</span></dd>
      <dt>${t(lang, 'Chainage.nearestStation')}</dt>
      <dd class="station"><span class="value">${name(result.nearestStation)}</span> · ${formatDistance(lang, result.nearestStation.distanceM)}</dd>
      <dt>${t(lang, 'Chainage.toTrunk')}</dt>
      <dd class="trunk">${t(lang, 'Chainage.toTrunkValue', { distance: formatDistance(lang, result.nearestTrunk.distanceM), line: this.lineName(result.nearestTrunk.component) })}</dd>
    </dl>`;
  }

  private firstStation() {
    const stations = this.index?.list([{ source: SOURCE.stations, where: { kind: 'line17_station' } }]) ?? [];
    return stations.find((s) => (s.properties as { seq?: number }).seq === 1)?.properties;
  }

  private lineName(component: TrunkComponent): string {
    const line = this.index?.list([{ source: SOURCE.trunkLines, where: { component } }])[0];
    return line ? (this.lang === 'zh' ? line.properties.name_zh : line.properties.name_en) : component;
  }

  private togglePick = () => {
    if (this.picking) return this.stopPicking();
    this.picking = true;
    this.cancelPick = this.controller.pickPosition((lngLat) => {
      this.picking = false;
      void this.measureAt(lngLat);
    });
  };

  private stopPicking() {
    this.cancelPick();
    this.picking = false;
  }

  private async measureAt(point: [number, number]) {
    const index = this.index;
    if (!index) return;
    try {
      const worker = await nearbyWorker(() => nearbyData(index));
      const result = await worker.chainage(point);
      if (!result) {
        this.failure = t(this.lang, 'Chainage.noAxis');
        return;
      }
      this.failure = null;
      this.point = point;
      this.result = result;
      this.controller.showOverlay({ type: 'FeatureCollection', features: drawing(point, result) });
    } catch (error) {
      this.failure = (error as Error).message;
    }
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here: Esc first stops picking, then closes the tool; the shell's card stays.
    event.preventDefault();
    if (this.picking) this.stopPicking();
    else this.close();
  };

  private close = () => {
    this.stopPicking();
    this.dispatchEvent(new CustomEvent('panel-closed', { bubbles: true, composed: true }));
  };
}
customElements.define('chainage-tool', ChainageTool);

/** The measured point, with dashed links to its foot on the track and to its nearest station. */
function drawing(point: [number, number], result: Chainage): Feature[] {
  const link = (to: number[]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [point, to] } });
  return [link(result.foot), link(result.nearestStation.position), { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: point } }];
}

declare global {
  interface HTMLElementTagNameMap {
    'chainage-tool': ChainageTool;
  }
}
