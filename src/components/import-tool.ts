import type { Position } from 'geojson';
import { LitElement, css, html, nothing } from 'lit';
import { formatNumber, t, tCount, type Lang, type MessageKey } from '../i18n/translate';
import { CRS_CHOICES, type CrsChoice } from '../import/crs-names';
import { startImport, type RunningImport } from '../import/import-client';
import { LISTED_PROBLEMS, type PageReport } from '../import/page-report';
import { problemLine } from '../import/problems';
import { datumText } from '../import/report-text';
import { loadSavedImports, removeSavedImport, type ImportedLayer } from '../import/saved-imports';
import { drawingsFromImport } from '../import/to-drawings';
import { panelStyles } from './panel-styles';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import '../i18n/import.messages';

/** What the tool asks of the map: MapController, or a stand-in in component tests. */
export interface ImportMap {
  /** Draws the imported layers kept in this browser, as they are now. */
  showImported(): Promise<void>;
}

/** Imports whose features went to the drawings since the page opened: adding them twice would draw each twice. */
const inDrawings = new Set<string>();

const CRS_LABEL: Record<CrsChoice, MessageKey> = {
  auto: 'Import.crsAuto',
  WGS84: 'Import.crsWGS84',
  GCJ02: 'Import.crsGCJ02',
  BD09: 'Import.crsBD09',
  'EPSG:4549': 'Import.crsEPSG4549',
  'EPSG:3857': 'Import.crsEPSG3857',
  'EPSG:32651': 'Import.crsEPSG32651',
};

/**
 * The import tool: drop a file or pick one, say its coordinate system if the file does not, follow
 * the progress (and cancel), read what was imported and every problem, and remove kept imports.
 * Files are read in a worker; what imports is kept in IndexedDB and drawn through the map. A kept
 * import's features can be added to the visitor's drawings, to link to a park and export.
 * Everything from the file is shown as text.
 * @fires panel-closed - when the visitor closes the tool (button or Esc)
 */
export class ImportTool extends LitElement {
  static properties = {
    lang: { type: String },
    stations: { attribute: false },
    map: { attribute: false },
    layers: { state: true },
    running: { state: true },
    progress: { state: true },
    outcome: { state: true },
    dragging: { state: true },
    storageScope: { attribute: false },
    handedOver: { state: true },
  };
  lang: Lang = 'zh';
  /** Surveyed reference points (Line 17 stations) that GCJ-02 and BD-09 data is recognised by. */
  stations: Position[] = [];
  map: ImportMap | null = null;
  /** Which map's imports these are, and whose drawings their features are added to (see importsKey, drawingsKey). */
  storageScope = location.pathname;
  private layers: ImportedLayer[] = [];
  private running: { name: string; job: RunningImport } | null = null;
  private progress: { done: number; total: number } | null = null;
  private outcome: { report: PageReport } | { cancelled: string } | { failed: string } | null = null;
  private dragging = false;
  private crs: CrsChoice = 'auto';
  /** What the last "add to my drawings" did. */
  private handedOver: { name: string; added: number; left: number } | { failed: string } | null = null;

  static styles = [
    panelStyles,
    css`
      .drop { border: 2px dashed #8a8070; border-radius: 8px; padding: 12px; text-align: center; font-size: 0.85rem; }
      .drop.dragging { background: #f1ebfa; border-color: #6a1b9a; }
      .pick { display: inline-block; margin-top: 6px; }
      input[type='file'] { position: absolute; width: 1px; height: 1px; opacity: 0; }
      input[type='file']:focus-visible + label { outline: 3px solid #ffb703; outline-offset: 1px; }
      label.button { display: inline-block; border: 1px solid #8a8070; background: #fff; border-radius: 6px; padding: 6px 10px; cursor: pointer; }
      .crs { display: block; font-size: 0.85rem; margin-top: 10px; }
      select { display: block; width: 100%; margin-top: 4px; font: inherit; font-size: 0.8rem; }
      progress { width: 100%; }
      .status { font-weight: 600; font-size: 0.85rem; margin: 10px 0 4px; }
      ul { margin: 4px 0; padding-left: 18px; font-size: 0.8rem; overflow-wrap: anywhere; }
      li.error { color: #8a1c1c; }
      li.warning { color: #6b4e00; }
      h3 { font-size: 0.9rem; margin: 12px 0 4px; }
      .kept li { margin-bottom: 4px; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    void loadSavedImports(this.storageScope).then((layers) => (this.layers = layers));
  }

  disconnectedCallback() {
    this.running?.job.cancel();
    super.disconnectedCallback();
  }

  /** Moves focus to the title (called by the shell when the visitor opens the tool). */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  render() {
    const { lang } = this;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="import-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="import-title" tabindex="-1">${t(lang, 'Import.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Import.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Import.hint')}</p>
      <div class="drop ${this.dragging ? 'dragging' : ''}" @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
        ${t(lang, 'Import.drop')}
        <div class="pick">
          <input id="import-file" type="file" accept=".geojson,.json,.kml,.gpx,.csv,.zip" ?disabled=${this.running !== null} @change=${this.onPicked} />
          <label class="button" for="import-file">${t(lang, 'Import.pick')}</label>
        </div>
      </div>
      <label class="crs">${t(lang, 'Import.crs')}
        <select @change=${(e: Event) => (this.crs = (e.target as HTMLSelectElement).value as CrsChoice)}>
          ${CRS_CHOICES.map((choice) => html`<option value=${choice} ?selected=${choice === this.crs}>${t(lang, CRS_LABEL[choice])}</option>`)}
        </select>
      </label>
      ${this.renderProgress()}
      <div class="outcome" role="status" aria-live="polite">${this.renderOutcome()}</div>
      ${this.renderKept()}
    </section>`;
  }

  private renderProgress() {
    if (!this.running) return nothing;
    const { lang, progress } = this;
    return html`<p class="status">${t(lang, 'Import.reading', { name: this.running.name })}</p>
      <progress max=${progress?.total || 1} value=${progress?.done ?? 0}></progress>
      ${progress ? html`<p>${tCount(lang, 'Import.progress', progress.total, { done: formatNumber(lang, progress.done) })}</p>` : nothing}
      <button class="cancel" type="button" @click=${() => this.running?.job.cancel()}>${t(lang, 'Import.cancel')}</button>`;
  }

  private renderOutcome() {
    const { lang, outcome } = this;
    if (!outcome) return nothing;
    if ('cancelled' in outcome) return html`<p class="status">${t(lang, 'Import.cancelled', { name: outcome.cancelled })}</p>`;
    if ('failed' in outcome) return html`<p class="status">${t(lang, 'Import.failed', { detail: outcome.failed })}</p>`;
    const { report } = outcome;
    const { sourceName: name, features, importable } = report;
    const listed = report.problems.slice(0, LISTED_PROBLEMS);
    const unlisted = report.problemCount - listed.length;
    return html`<p class="status summary">${importable > 0 ? tCount(lang, 'Import.summary', features, { name, importable: formatNumber(lang, importable) }) : t(lang, 'Import.nothingImported', { name })}</p>
      ${report.readable ? html`<p class="datum">${t(lang, 'Import.datum', { datum: datumText(report, lang) })}</p>` : nothing}
      ${report.areaKm2 > 0 ? html`<p>${t(lang, 'Import.area', { km2: formatNumber(lang, report.areaKm2, 3) })}</p>` : nothing}
      ${listed.length
        ? html`<h3>${t(lang, 'Import.problems')}</h3>
            <ul class="problems">
              ${listed.map((p) => html`<li class=${p.severity} data-code=${p.code}>${problemLine(p, lang)}</li>`)}
            </ul>
            ${unlisted > 0 ? html`<p class="more">${tCount(lang, 'Import.moreProblems', unlisted)}</p>` : nothing}`
        : nothing}`;
  }

  private renderKept() {
    const { lang } = this;
    return html`<h3>${t(lang, 'Import.kept')}</h3>
      ${this.layers.length
        ? html`<ul class="kept">
            ${this.layers.map(
              (layer) => html`<li>
                ${tCount(lang, 'Import.keptEntry', layer.count, { name: layer.sourceName, datum: datumText({ crs: layer.datum, crsName: layer.crsName }, lang) })}
                <button type="button" data-action="remove" @click=${() => this.removeLayer(layer)}>${t(lang, 'Import.remove', { name: layer.sourceName })}</button>
                <button type="button" data-action="to-drawings" ?disabled=${inDrawings.has(layer.id)} @click=${() => this.addToDrawings(layer)}>${t(lang, inDrawings.has(layer.id) ? 'Import.inDrawings' : 'Import.toDrawings', { name: layer.sourceName })}</button>
              </li>`,
            )}
          </ul>`
        : html`<p class="none">${t(lang, 'Import.none')}</p>`}
      <div class="handed-over" role="status">${this.renderHandedOver()}</div>`;
  }

  private renderHandedOver() {
    const { lang, handedOver } = this;
    if (!handedOver) return nothing;
    if ('failed' in handedOver) return html`<p>${t(lang, 'Import.toDrawingsFailed', { detail: handedOver.failed })}</p>`;
    return html`<p>${tCount(lang, 'Import.addedToDrawings', handedOver.added, { name: handedOver.name })}</p>
      ${handedOver.left > 0 ? html`<p>${tCount(lang, 'Import.notDrawable', handedOver.left)}</p>` : nothing}`;
  }

  /** Imports one file; the kept layers change only when something imported. */
  async importFile(file: File) {
    if (this.running) return;
    const job = startImport(file, this.storageScope, this.crs, this.stations, (done, total) => (this.progress = { done, total }));
    this.running = { name: file.name, job };
    this.progress = null;
    this.outcome = null;
    let imported = false;
    try {
      const outcome = await job.outcome;
      if ('cancelled' in outcome) {
        this.outcome = { cancelled: file.name };
        return;
      }
      this.outcome = { report: outcome.report };
      if (outcome.layer) {
        this.layers = [...this.layers, outcome.layer];
        imported = true;
      }
    } catch (error) {
      this.outcome = { failed: error instanceof Error ? error.message : String(error) };
    } finally {
      this.running = null;
      this.progress = null;
    }
    // The next file can be chosen while the map draws this one.
    if (imported) await this.map?.showImported();
  }

  private async removeLayer(layer: ImportedLayer) {
    this.layers = await removeSavedImport(this.storageScope, layer.id);
    await this.map?.showImported();
  }

  /** Hands a kept import's features to the drawing tool, with where they came from; the import stays. */
  private async addToDrawings(layer: ImportedLayer) {
    const { drawings, left } = drawingsFromImport(layer, () => crypto.randomUUID());
    try {
      const { appendDrawings, drawingsKey } = await import('../data/drawings-db');
      await appendDrawings(drawingsKey(this.storageScope), drawings);
      inDrawings.add(layer.id);
      this.handedOver = { name: layer.sourceName, added: drawings.length, left };
    } catch (error) {
      this.handedOver = { failed: (error as Error).message };
    }
  }

  private onPicked = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  };

  private onDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = true;
  };

  private onDrop = (event: DragEvent) => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.importFile(file);
  };

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => {
    sendPanelClosed(this);
  };
}
customElements.define('import-tool', ImportTool);

declare global {
  interface HTMLElementTagNameMap {
    'import-tool': ImportTool;
  }
}
