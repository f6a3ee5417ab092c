import { LitElement, css, html, nothing } from 'lit';
import type { Corners, PlanImageSurface } from '../data/plan-image.types';
import { formatNumber, t, type Lang, type MessageKey } from '../i18n/translate';
import '../i18n/draw.messages';

const CORNER_LABELS: MessageKey[] = ['PlanImage.topLeft', 'PlanImage.topRight', 'PlanImage.bottomRight', 'PlanImage.bottomLeft'];

/**
 * Lays a plan image (PNG or JPEG from this computer) over the map to trace a boundary from: it
 * starts as a box over the middle of the view; its corners move by dragging their handles on the
 * map or by typing their longitude and latitude; an opacity slider fades it. The file is decoded
 * in the browser and never leaves it; the map keeps it there until it is removed.
 */
export class PlanImageControl extends LitElement {
  static properties = {
    lang: { type: String },
    surface: { attribute: false },
    corners: { state: true },
    opacity: { state: true },
    problem: { state: true },
    setAside: { state: true },
    notKept: { state: true },
  };
  lang: Lang = 'zh';
  /** The map's plan image layer, loading. */
  surface: Promise<PlanImageSurface> | null = null;
  private corners: Corners | null = null;
  private opacity = 0.6;
  private problem = '';
  /** Where a kept image that could not be shown was set aside. */
  private setAside: string | null = null;
  /** Why the browser would not keep the image as it is now, if it would not. */
  private notKept: string | null = null;
  private layer: PlanImageSurface | null = null;
  private unsubscribe: () => void = () => undefined;

  static styles = css`
    :host { display: block; font-size: 0.85rem; }
    input[type='file'] { font: inherit; max-width: 100%; }
    label { display: block; margin-top: 6px; }
    input[type='range'] { vertical-align: middle; }
    fieldset { border: 1px solid #e4ddcf; border-radius: 6px; margin: 6px 0; padding: 4px 8px; }
    legend { font-weight: 600; }
    fieldset label { display: inline-block; margin-inline-end: 8px; }
    input[type='number'] { width: 8.5em; font: inherit; }
    .problem { color: #8a1c1c; }
  `;

  connectedCallback() {
    super.connectedCallback();
    void this.attach();
  }

  disconnectedCallback() {
    this.unsubscribe();
    super.disconnectedCallback();
  }

  private async attach() {
    const layer = await this.surface;
    if (!layer || !this.isConnected) return;
    this.layer = layer;
    // The image stays on the map while the tool is closed: reopened, the tool shows it as it is.
    this.corners = layer.corners();
    this.opacity = layer.opacity;
    this.setAside = layer.setAside;
    this.unsubscribe = layer.onCornersChanged((corners) => {
      this.corners = [...corners] as Corners;
      void this.checkKept();
    });
  }

  /** Says so, once the change is written, if the browser would not keep the image (full or refused storage). */
  private async checkKept() {
    const layer = this.layer;
    if (layer) this.notKept = await layer.saved();
  }

  render() {
    const lang = this.lang;
    return html`<label>${t(lang, 'PlanImage.choose')}
        <input type="file" accept="image/png,image/jpeg" ?disabled=${!this.surface} @change=${this.onPicked} /></label>
      <p>${t(lang, 'PlanImage.hint')}</p>
      ${this.setAside ? html`<p class="problem kept" role="alert">${t(lang, 'PlanImage.keptUnreadable', { key: this.setAside })}</p>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.notKept ? html`<p class="problem not-kept" role="alert">${t(lang, 'PlanImage.notKept', { detail: this.notKept })}</p>` : nothing}
      ${this.corners ? this.renderPlacing(this.corners) : nothing}`;
  }

  private renderPlacing(corners: Corners) {
    const lang = this.lang;
    return html`<label>${t(lang, 'PlanImage.opacity')}
        <input type="range" min="0" max="100" step="5" .value=${String(Math.round(this.opacity * 100))} @input=${this.onOpacity} />
        <output>${formatNumber(lang, Math.round(this.opacity * 100))} %</output></label>
      ${corners.map(
        (corner, index) => html`<fieldset data-corner=${index}>
          <legend>${t(lang, CORNER_LABELS[index])}</legend>
          <label>${t(lang, 'PlanImage.lon')} <input type="number" step="0.000001" data-axis="0" .value=${corner[0].toFixed(6)} @change=${(e: Event) => this.onCornerTyped(index, 0, e)} /></label>
          <label>${t(lang, 'PlanImage.lat')} <input type="number" step="0.000001" data-axis="1" .value=${corner[1].toFixed(6)} @change=${(e: Event) => this.onCornerTyped(index, 1, e)} /></label>
        </fieldset>`,
      )}
      <button type="button" data-action="remove-image" @click=${this.onRemove}>${t(lang, 'PlanImage.remove')}</button>`;
  }

  private onPicked = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.layer) return;
    try {
      this.corners = await this.layer.show(file);
      [this.problem, this.setAside] = ['', null];
      this.layer.setOpacity(this.opacity);
      void this.checkKept();
    } catch {
      this.problem = t(this.lang, 'PlanImage.unreadable', { name: file.name });
    }
  };

  private onOpacity = (event: Event) => {
    this.opacity = Number((event.target as HTMLInputElement).value) / 100;
    this.layer?.setOpacity(this.opacity);
    void this.checkKept();
  };

  /** A typed coordinate moves its corner; one that is not a number puts the field back. */
  private onCornerTyped(index: number, axis: 0 | 1, event: Event) {
    const input = event.target as HTMLInputElement;
    const value = Number(input.value);
    const limit = axis === 0 ? 180 : 90;
    if (!this.corners || input.value.trim() === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
      input.value = this.corners ? this.corners[index][axis].toFixed(6) : '';
      return;
    }
    const corners = this.corners.map((corner) => [...corner]) as Corners;
    corners[index][axis] = value;
    this.corners = corners;
    this.layer?.setCorners(corners);
    void this.checkKept();
  }

  private onRemove = () => {
    this.layer?.remove();
    this.corners = null;
    void this.checkKept();
  };
}
customElements.define('plan-image-control', PlanImageControl);

declare global {
  interface HTMLElementTagNameMap {
    'plan-image-control': PlanImageControl;
  }
}
