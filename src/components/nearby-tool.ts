import type { Remote } from 'comlink';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { CORRIDOR_LIMITS_KM, CORRIDOR_OF, RING_LIMITS_M, type CorridorOf } from '../analysis/nearby-limits';
import type { BufferRequest, BufferResult } from '../analysis/nearby-analysis';
import { overlapCsv, overlapCsvName } from '../analysis/overlap-csv';
import { sortRows, type OverlapRow, type SortDirection, type SortKey } from '../analysis/overlap';
import { nearbyData } from '../app/nearby-data';
import { isValidReach, isValidRing, normalizeRings, type BufferMode, type NearbyState } from '../app/nearby-state';
import type { FeatureIndex } from '../data/feature-index';
import { formatDistance } from '../i18n/distance';
import { formatNumber, t, type Lang, type MessageKey } from '../i18n/translate';
import { SOURCE } from '../layers/sources';
import type { MapController } from '../map/map-controller';
import { nearbyWorker } from '../workers/nearby-client';
import type { NearbyWorkerApi } from '../workers/nearby.worker';
import { panelStyles } from './panel-styles';
import { NEARBY_UPDATED_MARK } from './nearby-mark';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import '../i18n/nearby.messages';

const COLUMNS: { key: SortKey; labelKey: MessageKey; numeric: boolean }[] = [
  { key: 'name', labelKey: 'Nearby.colName', numeric: false },
  { key: 'kind', labelKey: 'Nearby.colKind', numeric: false },
  { key: 'insideKm2', labelKey: 'Nearby.colInsideKm2', numeric: true },
  { key: 'insidePct', labelKey: 'Nearby.colInsidePct', numeric: true },
];

type Invalid = { field: string; message: string };

/**
 * The nearby tool: catchment rings around Line 17's stations or a band along a trunk line, drawn
 * on the map, and a sortable table of the parks and pillars inside one of them (CSV download).
 * Geometry runs in a worker; a distance the tool cannot use is refused with a message and the
 * map keeps the last good one. A table row in focus or under the pointer is highlighted on the map.
 * @fires state-change - `{ patch: { nearby }, history: 'replace' }` when the visitor changes the buffer
 * @fires feature-chosen - `{ featureId }` when the visitor opens a row's feature (Enter)
 * @fires panel-closed - when the visitor closes the tool
 */
export class NearbyTool extends LitElement {
  static properties = {
    lang: { type: String },
    settings: { attribute: false },
    index: { attribute: false },
    result: { state: true },
    failure: { state: true },
    invalid: { state: true },
    sort: { state: true },
  };
  lang: Lang = 'zh';
  settings!: NearbyState;
  index: FeatureIndex | null = null;
  controller!: Pick<MapController, 'showOverlay' | 'highlight'>;
  private result: BufferResult | null = null;
  /** What the shown result answers: the caption and file name say this, not settings still being computed. */
  private resultRequest: BufferRequest | null = null;
  private failure: string | null = null;
  private invalid: Invalid | null = null;
  private sort: { key: SortKey; direction: SortDirection } = { key: 'insidePct', direction: 'descending' };
  /** Numbers each request, so a slow answer to an earlier one never replaces a later one. */
  private requestNumber = 0;
  /** The last request sent to the worker, so settings coming back down from the store do not send it again. */
  private requestedKey: string | null = null;
  /** The worker once started: asking it then posts at once, before the change goes round the shell. */
  private worker: Remote<NearbyWorkerApi> | null = null;

  static styles = [
    panelStyles,
    css`
      fieldset { border: 0; padding: 0; margin: 10px 0 0; }
      legend, .field > span { font-weight: 600; font-size: 0.85rem; padding: 0; }
      .choices { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.85rem; margin-top: 4px; }
      .choices label { display: inline-flex; align-items: center; gap: 4px; }
      .rings { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 4px; }
      .field { display: flex; flex-direction: column; gap: 2px; font-size: 0.8rem; margin-top: 8px; }
      input[type='number'] { width: 7.5em; }
      input:not([type='radio']), select { font: inherit; font-size: 0.85rem; min-height: 30px; border: 1px solid #8a8070; border-radius: 6px; padding: 0 6px; background: #fff; color: #2b2620; }
      [aria-invalid='true'] { border-color: #8a1c1c; outline: 2px solid #8a1c1c; }
      .error { color: #8a1c1c; font-weight: 600; }
      .note { font-size: 0.78rem; color: #4a4338; background: #f6f3ec; border-left: 3px solid #c28a00; padding: 6px 8px; }
      table { border-collapse: collapse; width: 100%; font-size: 0.82rem; margin-top: 6px; }
      caption { text-align: left; font-weight: 600; font-size: 0.85rem; padding-bottom: 4px; }
      th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #e2dccf; vertical-align: top; }
      th.numeric, td.numeric { text-align: right; }
      th button { border: 0; background: none; padding: 0; min-height: 28px; font-weight: 600; text-align: inherit; }
      th[aria-sort] button::after { content: ' ▲'; }
      th[aria-sort='descending'] button::after { content: ' ▼'; }
      tbody tr { cursor: pointer; }
      tbody tr:hover, tbody tr:focus { background: #fff3cd; }
      tbody tr:focus-visible { outline: 3px solid #ffb703; outline-offset: -3px; }
      .actions { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-top: 8px; }
    `,
  ];

  disconnectedCallback() {
    this.requestNumber++;
    this.requestedKey = null;
    this.controller.showOverlay(null);
    this.controller.highlight(null);
    super.disconnectedCallback();
  }

  protected willUpdate(changed: PropertyValues) {
    if ((changed.has('settings') || changed.has('index')) && this.index) void this.compute();
  }

  render() {
    const { lang, settings } = this;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="nearby-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="nearby-title" tabindex="-1">${t(lang, 'Nearby.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Nearby.close')} @click=${this.close}>×</button>
      </header>
      <fieldset>
        <legend>${t(lang, 'Nearby.mode')}</legend>
        <div class="choices">
          ${(['stations', 'corridor'] as const).map(
            (mode) => html`<label><input type="radio" name="mode" value=${mode} .checked=${settings.mode === mode}
              @change=${() => this.change({ mode })} /> ${t(lang, mode === 'stations' ? 'Nearby.stations' : 'Nearby.corridor')}</label>`,
          )}
        </div>
      </fieldset>
      ${settings.mode === 'stations' ? this.renderRingFields() : this.renderCorridorFields()}
      <p class="error" id="nearby-error" role="alert">${this.invalid?.message ?? nothing}</p>
      <p class="note">${t(lang, 'Nearby.indicative')}</p>
      ${this.renderTable()}
    </section>`;
  }

  /** Moves focus to the tool's title, so screen readers start there. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#nearby-title')?.focus({ preventScroll: true });
  }

  private renderRingFields() {
    const { lang, settings } = this;
    return html`<fieldset>
        <legend>${t(lang, 'Nearby.rings')}</legend>
        <div class="rings">
          ${settings.rings.map(
            (ring, i) => html`<label class="field"><span>${t(lang, 'Nearby.ring', { n: i + 1 })}</span>
              <input type="number" name="ring-${i}" inputmode="numeric" min=${RING_LIMITS_M.min} max=${RING_LIMITS_M.max} step="10"
                .value=${String(ring)} aria-invalid=${String(this.invalid?.field === `ring-${i}`)} aria-describedby="nearby-error"
                @change=${(event: Event) => this.changeRing(i, event.target as HTMLInputElement)} /></label>`,
          )}
        </div>
      </fieldset>
      <label class="field"><span>${t(lang, 'Nearby.tabled')}</span>
        <select name="tabled" @change=${(event: Event) => this.change({ tabled: Number((event.target as HTMLSelectElement).value) })}>
          ${settings.rings.map((ring) => html`<option value=${ring} ?selected=${ring === settings.tabled}>${formatDistance(lang, ring)}</option>`)}
        </select></label>`;
  }

  private renderCorridorFields() {
    const { lang, settings } = this;
    return html`<label class="field"><span>${t(lang, 'Nearby.corridorOf')}</span>
        <select name="corridor-of" @change=${(event: Event) => this.change({ corridorOf: (event.target as HTMLSelectElement).value as CorridorOf })}>
          ${CORRIDOR_OF.map((of) => html`<option value=${of} ?selected=${of === settings.corridorOf}>${this.lineName(of)}</option>`)}
        </select></label>
      <label class="field"><span>${t(lang, 'Nearby.reach')}</span>
        <input type="number" name="corridor-km" inputmode="decimal" min=${CORRIDOR_LIMITS_KM.min} max=${CORRIDOR_LIMITS_KM.max} step="0.1"
          .value=${String(settings.corridorKm)} aria-invalid=${String(this.invalid?.field === 'corridor-km')} aria-describedby="nearby-error"
          @change=${(event: Event) => this.changeReach(event.target as HTMLInputElement)} /></label>`;
  }

  private renderTable() {
    const { lang, result } = this;
    if (this.failure) return html`<p class="error" role="alert">${t(lang, 'Nearby.failed', { detail: this.failure })}</p>`;
    if (!result || !this.resultRequest) return html`<p aria-live="polite">${t(lang, 'Nearby.computing')}</p>`;
    const rows = sortRows(result.rows, this.sort.key, this.sort.direction, lang);
    return html`<table>
        <caption>${this.caption(this.resultRequest)}</caption>
        <thead><tr>${COLUMNS.map(
          ({ key, labelKey, numeric }) => html`<th scope="col" class=${numeric ? 'numeric' : ''}
            aria-sort=${this.sort.key === key ? this.sort.direction : nothing}><button type="button" data-sort=${key}
            @click=${() => this.sortBy(key)}>${t(lang, labelKey)}</button></th>`,
        )}</tr></thead>
        <tbody>${rows.map((row) => this.renderRow(row))}</tbody>
      </table>
      <div class="actions">
        <p aria-live="polite">${rows.length ? t(lang, 'Nearby.count', { count: rows.length }) : t(lang, 'Nearby.none')}</p>
        <button type="button" class="export" ?disabled=${rows.length === 0} @click=${() => this.download(rows)}>${t(lang, 'Nearby.export')}</button>
      </div>`;
  }

  private renderRow(row: OverlapRow) {
    const { lang } = this;
    const noArea = t(lang, 'Nearby.pointInside');
    return html`<tr tabindex="0" data-feature=${row.id} @focus=${() => this.highlightRow(row.id)} @mouseenter=${() => this.highlightRow(row.id)}
      @blur=${() => this.highlightRow(null)} @mouseleave=${() => this.highlightRow(null)} @click=${() => this.choose(row.id)}
      @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.choose(row.id)}>
      <th scope="row">${lang === 'zh' ? row.name_zh : row.name_en}</th>
      <td>${t(lang, `Kind.${row.kind}` as MessageKey)}</td>
      ${row.insideKm2 === null || row.insidePct === null
        ? html`<td class="numeric" colspan="2">${noArea}</td>`
        : html`<td class="numeric">${formatNumber(lang, row.insideKm2, 2)}</td><td class="numeric">${formatNumber(lang, row.insidePct, 1)}%</td>`}
    </tr>`;
  }

  private caption(request: BufferRequest): string {
    const { lang } = this;
    return request.mode === 'stations'
      ? t(lang, 'Nearby.captionStations', { distance: formatDistance(lang, request.tabled) })
      : t(lang, 'Nearby.captionCorridor', { distance: formatDistance(lang, request.corridorKm * 1000), line: this.lineName(request.corridorOf) });
  }

  /** A trunk line's name as the data gives it, or the whole axis. */
  private lineName(of: CorridorOf): string {
    if (of === 'axis') return t(this.lang, 'Nearby.axis');
    const line = this.index?.list([{ source: SOURCE.trunkLines, where: { component: of } }])[0];
    return line ? (this.lang === 'zh' ? line.properties.name_zh : line.properties.name_en) : of;
  }

  private async compute(settings: NearbyState = this.settings) {
    const index = this.index!;
    const request: BufferRequest =
      settings.mode === 'stations'
        ? { mode: 'stations', rings: [...settings.rings], tabled: settings.tabled }
        : { mode: 'corridor', corridorOf: settings.corridorOf, corridorKm: settings.corridorKm };
    const key = JSON.stringify(request);
    if (key === this.requestedKey) return;
    this.requestedKey = key;
    const number = ++this.requestNumber;
    try {
      const worker = this.worker ?? (this.worker = await nearbyWorker(() => nearbyData(index)));
      const result = await worker.buffer(request);
      if (number !== this.requestNumber) return;
      this.result = result;
      this.resultRequest = request;
      this.failure = null;
      // The shapes are handed to the map now; the mark waits for the table too: then both are on screen.
      this.controller.showOverlay(result.shapes);
      await this.updateComplete;
      performance.mark(NEARBY_UPDATED_MARK);
    } catch (error) {
      if (number !== this.requestNumber) return;
      this.failure = (error as Error).message;
      this.requestedKey = null;
    }
  }

  private changeRing(i: number, input: HTMLInputElement) {
    const value = input.valueAsNumber;
    const current = this.settings.rings[i]!;
    if (!isValidRing(value)) {
      return this.refuse(`ring-${i}`, t(this.lang, 'Nearby.invalidRing', { min: RING_LIMITS_M.min, max: RING_LIMITS_M.max, value: current }));
    }
    const rings = this.settings.rings.map((ring, j) => (j === i ? value : ring));
    this.change(normalizeRings(rings, this.settings.tabled === current ? value : this.settings.tabled));
  }

  private changeReach(input: HTMLInputElement) {
    const value = input.valueAsNumber;
    if (!isValidReach(value)) {
      const { min, max } = CORRIDOR_LIMITS_KM;
      return this.refuse('corridor-km', t(this.lang, 'Nearby.invalidReach', { min, max, value: this.settings.corridorKm }));
    }
    this.change({ corridorKm: value });
  }

  /** A value the tool cannot use: said next to the field, which keeps what was typed so it can be fixed. */
  private refuse(field: string, message: string) {
    this.invalid = { field, message };
  }

  private change(patch: Partial<NearbyState> & { mode?: BufferMode }) {
    this.invalid = null;
    const nearby = { ...this.settings, ...patch };
    const record = () => this.emit('state-change', { patch: { nearby }, history: 'replace' });
    // The result first, then the store, the address bar and the shell take the change: their work
    // would otherwise hold up the worker's answer. The same settings coming back down do not ask again.
    if (this.index) void this.compute(nearby).finally(record);
    else record();
  }

  private sortBy(key: SortKey) {
    const { sort } = this;
    const direction: SortDirection = sort.key === key ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : COLUMNS.find((c) => c.key === key)!.numeric ? 'descending' : 'ascending';
    this.sort = { key, direction };
  }

  private highlightRow(id: string | null) {
    const source = id === null ? undefined : this.index?.sourceOf(id);
    this.controller.highlight(id !== null && source ? { source, id } : null);
  }

  private choose(id: string) {
    this.emit('feature-chosen', { featureId: id });
  }

  private download(rows: OverlapRow[]) {
    const blob = new Blob([overlapCsv(rows, this.lang)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = overlapCsvName(this.lang, this.caption(this.resultRequest!));
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => {
    sendPanelClosed(this);
  };

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
customElements.define('nearby-tool', NearbyTool);

declare global {
  interface HTMLElementTagNameMap {
    'nearby-tool': NearbyTool;
  }
}
