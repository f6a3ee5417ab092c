import type { Polygon } from 'geojson';
import { LitElement, css, html, nothing } from 'lit';
import { measure } from '../analysis/shape-measure';
import type { DrawMode, Drawing, DrawingSurface, ShapeMode } from '../data/drawing.types';
import { committed, DrawingStorage } from './drawing-storage';
import { KeyboardDrawing } from './keyboard-drawing';
import './live-announcer';
import type { LiveAnnouncer } from './live-announcer';
import type { BaseParkProperties } from '../data/schemas/geo-feature.schema';
import { exportFileName, toCSVText, toGeoJSONText, toKMLText } from '../export/drawing-export';
import { geoReadyPark } from '../export/geo-ready-park';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import { downloadBlob } from '../util/download';
import { areaTexts, lengthText } from './measure-text';
import type { PlanImageSurface } from '../data/plan-image.types';
import './plan-image-control';
import { panelStyles } from './panel-styles';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import '../i18n/draw.messages';

/** A base park the visitor can link a polygon to: its geo/ properties. */
export interface LinkablePark {
  properties: BaseParkProperties;
}

const MODES: { mode: DrawMode; labelKey: MessageKey }[] = [
  { mode: 'select', labelKey: 'Draw.select' },
  { mode: 'point', labelKey: 'Draw.point' },
  { mode: 'linestring', labelKey: 'Draw.linestring' },
  { mode: 'polygon', labelKey: 'Draw.polygon' },
];

const isEditable = (target: EventTarget | undefined) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The drawing tool: draw points, lines and areas on the map, see their geodesic length and area
 * as they are drawn, edit, delete, undo and redo (also Ctrl+Z, Ctrl+Shift+Z and Delete), link an
 * area to the base park it traces, and export the drawings (GeoJSON, KML, CSV), the map (PNG) or a
 * traced park as a geo/ feature. Every change is saved in this browser at once.
 * @fires panel-closed - when the user closes the tool (button or Esc)
 * @fires drawings-changed - after a change to which park a drawing traces has been saved
 * @fires feature-shown - `{ featureId }`: the park a drawing was just linked to
 */
export class DrawTool extends LitElement {
  static properties = {
    lang: { type: String },
    surface: { attribute: false },
    parks: { attribute: false },
    mapImage: { attribute: false },
    basemapName: { attribute: false },
    storageScope: { attribute: false },
    planImage: { attribute: false },
    drawings: { state: true },
    mode: { state: true },
    selected: { state: true },
    problems: { state: true },
    status: { state: true },
  };
  lang: Lang = 'zh';
  /** The map's drawing layer, loading. */
  surface: Promise<DrawingSurface> | null = null;
  parks: readonly LinkablePark[] = [];
  /** The current view as a PNG with legend and attribution. */
  mapImage: (() => Promise<Blob>) | null = null;
  /** The basemap drawings are traced over, named in a geo/ export. */
  basemapName = 'offline';
  /** Which map's drawings these are: each map on a page keeps its own (drawingsKey). */
  storageScope = location.pathname;
  /** The map's plan image layer, loading: an image to trace from. */
  planImage: Promise<PlanImageSurface> | null = null;
  private drawings: Drawing[] = [];
  private mode: DrawMode = 'static';
  private selected: string | null = null;
  private problems: string[] = [];
  private status = '';
  private layer: DrawingSurface | null = null;
  private readonly keyboard = new KeyboardDrawing(this);
  private unsubscribe: () => void = () => undefined;
  private keyRoot: Node | null = null;
  private readonly storage = new DrawingStorage(this, (problem) => (this.problems = [...this.problems, problem]));
  private frame = 0;

  static styles = [
    panelStyles,
    css`
      .modes, .actions, .exports { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
      .modes button[aria-pressed='true'] { background: #2b2620; color: #fff; }
      h3, summary { font-size: 0.9rem; margin: 12px 0 4px; }
      summary { font-weight: 600; cursor: pointer; }
      ol { list-style: none; margin: 0; padding: 0; }
      li { border-top: 1px solid #e4ddcf; padding: 6px 0; font-size: 0.85rem; }
      li.selected { background: #fff4d6; }
      .name { font-weight: 600; }
      .source { margin: 2px 0; color: #4a4338; overflow-wrap: anywhere; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 4px 0; }
      dt { color: #4a4338; }
      dd { margin: 0; font-variant-numeric: tabular-nums; }
      label { display: block; margin-top: 4px; }
      select { font: inherit; margin-inline-start: 6px; max-width: 100%; }
      .problem { color: #8a1c1c; }
      .status { min-height: 1.45em; font-weight: 600; color: #1e6b2f; }
      .keyboard-hint { font-size: 0.85rem; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    // Keys are heard where the map lives (the shell's root), so they work on the map and in the tool.
    const shell = (this.getRootNode() as ShadowRoot).host ?? this;
    this.keyRoot = shell.getRootNode();
    this.keyRoot.addEventListener('keydown', this.onShortcut as EventListener);
    // Before the shell hears them: Esc that cancels a shape must not also close an open card.
    this.keyRoot.addEventListener('keydown', this.keyboard.onMapKey as EventListener, { capture: true });
    void this.attach();
  }

  disconnectedCallback() {
    this.keyRoot?.removeEventListener('keydown', this.onShortcut as EventListener);
    this.keyRoot?.removeEventListener('keydown', this.keyboard.onMapKey as EventListener, { capture: true });
    this.unsubscribe();
    // Closed, the tool leaves the drawings on the map but clicks pick plan features again.
    this.layer?.setMode('static');
    this.layer = null;
    cancelAnimationFrame(this.frame);
    super.disconnectedCallback();
  }

  /** Moves focus to the tool's title, so screen readers announce it and Esc works. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#draw-title')?.focus({ preventScroll: true });
  }

  private async attach() {
    const surface = await this.surface;
    if (!surface || !this.isConnected) return;
    await this.storage.restore(surface);
    if (!this.isConnected) return;
    // The modes are offered only now: one chosen during the restore would be reset to select below, mid-shape.
    this.layer = surface;
    void this.storage.save(surface.drawings());
    this.unsubscribe = surface.onChange(this.onSurfaceChanged);
    surface.keepClearOf(() => (this.isConnected ? this.renderRoot.querySelector('section')?.getBoundingClientRect() ?? null : null));
    surface.setMode('select');
    this.refresh();
  }

  private onSurfaceChanged = () => {
    // Saved at once, shown at the next frame: a page closed or hidden right after a change draws no further frame.
    if (this.layer) void this.storage.save(this.layer.drawings());
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.refresh());
  };

  private refresh() {
    const layer = this.layer;
    if (!layer) return;
    this.drawings = layer.drawings();
    this.mode = layer.mode;
    this.keyboard.modeChanged(this.mode);
    this.selected = layer.selectedId();
  }

  render() {
    const lang = this.lang;
    const layer = this.layer;
    const finished = committed(this.drawings);
    const listed = [...this.drawings, ...this.keyboard.entry()];
    return html`<section role="dialog" aria-modal="false" aria-labelledby="draw-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="draw-title" tabindex="-1">${t(lang, 'Draw.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Draw.close')} @click=${this.close}>×</button>
      </header>
      <div class="modes" role="group" aria-label=${t(lang, 'Draw.modes')}>
        ${MODES.map(
          ({ mode, labelKey }) =>
            html`<button type="button" data-mode=${mode} aria-pressed=${String(this.mode === mode)} ?disabled=${!layer}
              @click=${() => layer?.setMode(mode)}>${t(lang, labelKey)}</button>`,
        )}
      </div>
      <p>${t(lang, 'Draw.hint')}</p>
      <details class="keyboard-help">
        <summary>${t(lang, 'Draw.keyboardTitle')}</summary>
        <p class="keyboard-hint">${t(lang, 'Draw.keyboardHint')}</p>
      </details>
      <div class="actions">
        ${this.keyboard.sketch ? html`<button type="button" data-action="finish" @click=${this.keyboard.finish}>${t(lang, 'Draw.finish')}</button>` : nothing}
        <button type="button" data-action="undo" ?disabled=${!layer?.canUndo()} @click=${() => layer?.undo()}>${t(lang, 'Draw.undo')}</button>
        <button type="button" data-action="redo" ?disabled=${!layer?.canRedo()} @click=${() => layer?.redo()}>${t(lang, 'Draw.redo')}</button>
        <button type="button" data-action="delete" ?disabled=${!this.selected} @click=${this.deleteSelected}>${t(lang, 'Draw.delete')}</button>
      </div>
      ${this.problems.map((problem) => html`<p class="problem" role="alert">${problem}</p>`)}
      <h3>${t(lang, 'Draw.drawings')}</h3>
      ${listed.length === 0 ? html`<p>${t(lang, 'Draw.none')}</p>` : html`<ol>${listed.map((d) => this.renderDrawing(d, listed))}</ol>`}
      <p>${t(lang, 'Draw.geodesic')} ${t(lang, 'Draw.kept')}</p>
      <h3>${t(lang, 'Draw.export')}</h3>
      <div class="exports">
        <button type="button" data-export="geojson" ?disabled=${finished.length === 0} @click=${() => this.exportText('geojson')}>${t(lang, 'Draw.exportGeoJSON')}</button>
        <button type="button" data-export="kml" ?disabled=${finished.length === 0} @click=${() => this.exportText('kml')}>${t(lang, 'Draw.exportKML')}</button>
        <button type="button" data-export="csv" ?disabled=${finished.length === 0} @click=${() => this.exportText('csv')}>${t(lang, 'Draw.exportCSV')}</button>
        <button type="button" data-export="png" ?disabled=${!this.mapImage} @click=${this.exportImage}>${t(lang, 'Draw.exportPNG')}</button>
      </div>
      <p>${t(lang, 'Draw.csvNote')}</p>
      <details class="plan-image">
        <summary>${t(lang, 'PlanImage.title')}</summary>
        <plan-image-control .lang=${lang} .surface=${this.planImage}></plan-image-control>
      </details>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      <live-announcer></live-announcer>
    </section>`;
  }

  private renderDrawing(drawing: Drawing, listed: Drawing[]) {
    const lang = this.lang;
    const kind = drawing.properties.mode;
    const n = listed.filter((d) => d.properties.mode === kind).indexOf(drawing) + 1;
    const { lengthM, areaM2 } = measure(drawing.geometry);
    const park = this.parks.find((p) => p.properties.id === drawing.properties.park_id);
    return html`<li class=${drawing.id === this.selected ? 'selected' : ''} data-drawing=${drawing.id} data-kind=${kind}>
      <button type="button" class="name" aria-pressed=${String(drawing.id === this.selected)} ?disabled=${!!drawing.properties.inProgress}
        @click=${() => this.layer?.select(drawing.id)}>${this.nameOf(kind, n)}</button>
      ${drawing.properties.inProgress ? html`<span>${t(lang, 'Draw.inProgress')}</span>` : nothing}
      ${this.renderSource(drawing)}
      ${kind === 'point'
        ? html`<span class="position">${drawing.geometry.coordinates.slice(0, 2).map((c) => (c as number).toFixed(6)).join(', ')}</span>`
        : html`<dl>
            <dt>${t(lang, kind === 'polygon' ? 'Draw.perimeter' : 'Draw.length')}</dt><dd data-measure="length">${lengthText(lang, lengthM)}</dd>
            ${kind === 'polygon' ? html`<dt>${t(lang, 'Draw.area')}</dt><dd data-measure="area">${areaTexts(lang, areaM2).join(' · ')}</dd>` : nothing}
          </dl>`}
      ${kind === 'polygon' && !drawing.properties.inProgress ? this.renderLink(drawing, park) : nothing}
    </li>`;
  }

  /** Where an imported drawing came from and what it came in; nothing for one drawn here. */
  private renderSource({ properties: { source_file: file, source_datum: datum, converted_with: tool } }: Drawing) {
    if (!file) return nothing;
    return html`<p class="source">${tool ? t(this.lang, 'Draw.importedConverted', { file, datum: datum ?? '', tool }) : t(this.lang, 'Draw.imported', { file })}</p>`;
  }

  private renderLink(drawing: Drawing, park: LinkablePark | undefined) {
    const lang = this.lang;
    const id = `park-of-${drawing.id}`;
    return html`<label for=${id}>${t(lang, 'Draw.linkPark')}<select id=${id} @change=${(e: Event) => this.link(drawing.id, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!park}>${t(lang, 'Draw.noPark')}</option>
        ${this.parks.map((p) => html`<option value=${p.properties.id} ?selected=${p === park}>${lang === 'zh' ? p.properties.name_zh : p.properties.name_en}</option>`)}
      </select></label>
      ${park
        ? park.properties.planned_area_km2 === null
          ? html`<p>${t(lang, 'Draw.geoNoArea')}</p>`
          : html`<button type="button" data-export="geo" @click=${() => this.exportGeo(drawing, park)}>${t(lang, 'Draw.exportGeo')}</button>`
        : nothing}`;
  }

  private nameOf(kind: ShapeMode, n: number): string {
    const keys: Record<ShapeMode, MessageKey> = { point: 'Draw.name.point', linestring: 'Draw.name.linestring', polygon: 'Draw.name.polygon' };
    return t(this.lang, keys[kind], { n });
  }

  /** Links a polygon to a park (one polygon per park), saves, then shows the park's card. */
  private async link(drawingId: string, parkId: string) {
    const layer = this.layer;
    if (!layer) return;
    if (parkId) for (const other of layer.drawings()) if (other.id !== drawingId && other.properties.park_id === parkId) layer.linkPark(other.id, null);
    layer.linkPark(drawingId, parkId || null);
    this.refresh();
    await this.storage.saved;
    this.dispatchEvent(new CustomEvent('drawings-changed', { bubbles: true, composed: true }));
    if (parkId) this.dispatchEvent(new CustomEvent('feature-shown', { detail: { featureId: parkId }, bubbles: true, composed: true }));
  }

  private deleteSelected = () => {
    if (this.selected) this.layer?.remove(this.selected);
  };

  private exportText(format: 'geojson' | 'kml' | 'csv') {
    const features = committed(this.drawings);
    const [text, type] =
      format === 'geojson'
        ? [toGeoJSONText(features), 'application/geo+json']
        : format === 'kml'
          ? [toKMLText(features), 'application/vnd.google-earth.kml+xml']
          : [toCSVText(features), 'text/csv'];
    this.download(new Blob([text], { type: `${type};charset=utf-8` }), exportFileName('绘图', new Date(), format));
  }

  private exportGeo(drawing: Drawing, park: LinkablePark) {
    try {
      const { source_file, source_datum, converted_with } = drawing.properties;
      const imported = source_file && source_datum ? { source_file, source_datum, converted_with } : undefined;
      const feature = geoReadyPark(park, drawing.geometry as Polygon, { date: today(), basemap: this.basemapName, imported });
      const name = exportFileName(`${park.properties.name_zh}-geo`, new Date(), 'geojson');
      this.download(new Blob([`${JSON.stringify(feature)}\n`], { type: 'application/geo+json;charset=utf-8' }), name);
    } catch (error) {
      this.status = t(this.lang, 'Draw.exportFailed', { detail: (error as Error).message });
    }
  }

  private exportImage = async () => {
    if (!this.mapImage) return;
    try {
      this.download(await this.mapImage(), exportFileName('地图', new Date(), 'png'));
    } catch (error) {
      this.status = t(this.lang, 'Draw.exportFailed', { detail: (error as Error).message });
    }
  };

  private download(blob: Blob, file: string) {
    downloadBlob(blob, file);
    this.status = t(this.lang, 'Draw.exported', { file });
  }

  /** For the keyboard drawing: the map's drawing layer, once the stored drawings are on it. */
  get drawingLayer(): DrawingSurface | null {
    return this.layer;
  }

  announce(text: string) {
    this.renderRoot.querySelector<LiveAnnouncer>('live-announcer')?.announce('drawing', text);
  }

  /** Ctrl+Z, Ctrl+Shift+Z (or Ctrl+Y) and Delete, wherever the map's keys go, except while typing. */
  private onShortcut = (event: KeyboardEvent) => {
    const layer = this.layer;
    if (!layer || event.defaultPrevented || isEditable(event.composedPath()[0])) return;
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (command && key === 'z' && !event.shiftKey) layer.undo();
    else if (command && ((key === 'z' && event.shiftKey) || key === 'y')) layer.redo();
    else if (event.key === 'Delete' && this.selected) layer.remove(this.selected);
    else return;
    event.preventDefault();
  };

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => {
    sendPanelClosed(this);
  };
}
customElements.define('draw-tool', DrawTool);

declare global {
  interface HTMLElementTagNameMap {
    'draw-tool': DrawTool;
  }
}
