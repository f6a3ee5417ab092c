import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFigure, formatNumber, t, type Lang, type MessageKey } from '../i18n/translate';
import type { PlanPhase } from '../app/plan-phase';
import './accuracy-badge';
import { citationText } from './citation';
import './phase-switch';
import { swipeCloses } from './sheet-swipe';
import type { Bilingual, DetailArea, DetailFigure, FeatureDetail, TracedArea } from './feature-detail.types';
import { KIND_KEYS } from './feature-kinds';
import { signedPercent } from './measure-text';

/**
 * The detail card of one feature: names in both languages, what the plan says, every stated
 * figure ("not stated" where the plan has none), the targets for the chosen year (with a switch
 * between the plan's years), areas, accuracy and the citation.
 * A side panel on wide screens, a bottom sheet on phones that a swipe down on its top closes.
 * @fires card-closed - when the user closes the card (button, Esc or swipe)
 * @fires state-change - from the year switch, detail `{ patch: { phase }, history }`
 */
export class FeatureCard extends LitElement {
  static properties = { detail: { attribute: false }, lang: { type: String }, loading: { type: Boolean }, phase: { type: Number } };
  /** The feature to show; null hides the card. */
  detail: FeatureDetail | null = null;
  lang: Lang = 'zh';
  loading = false;
  /** The year whose targets show. */
  phase: PlanPhase = 2023;

  static styles = css`
    :host { display: block; }
    section { background: #fffdf8; color: #2b2620; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 14px 16px 16px; max-height: 100%; overflow: auto; box-sizing: border-box; }
    .head { display: flex; justify-content: space-between; gap: 8px; align-items: start; }
    .kind { font-size: 0.78rem; color: #6d6252; text-transform: uppercase; letter-spacing: .04em; margin: 0; }
    h2 { margin: 2px 0 0; font-size: 1.2rem; line-height: 1.3; }
    h2:focus { outline: none; }
    .other { margin: 0; color: #4a4338; font-size: 0.9rem; }
    button.close { font: inherit; font-size: 1.3rem; line-height: 1; border: 0; background: #efece4; border-radius: 50%; width: 36px; height: 36px; cursor: pointer; flex: none; }
    button.close:focus-visible { outline: 3px solid #ffb703; }
    h3 { font-size: 0.85rem; margin: 12px 0 4px; color: #4a4338; }
    .targets-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 4px 8px; margin-top: 12px; }
    .targets-head h3 { margin: 0; }
    .no-target { font-size: 0.9rem; font-style: italic; color: #6d6252; }
    p { margin: 4px 0; line-height: 1.5; }
    dl { display: grid; grid-template-columns: 1fr auto; gap: 3px 12px; margin: 0; font-size: 0.9rem; }
    dt { color: #4a4338; }
    dd { margin: 0; text-align: end; font-variant-numeric: tabular-nums; font-weight: 600; }
    dd.not-stated { font-weight: normal; font-style: italic; color: #6d6252; }
    ul { margin: 2px 0; padding-inline-start: 18px; font-size: 0.9rem; }
    .meta { font-size: 0.8rem; color: #6d6252; }
    .badge-row { display: flex; gap: 8px; align-items: center; margin-top: 6px; flex-wrap: wrap; font-size: 0.8rem; color: #6d6252; }
    cite { font-style: normal; }
    section { transform: translateY(var(--drag-y, 0px)); }
    .grip { display: none; width: 40px; height: 5px; border-radius: 3px; background: #8a8070; margin: -6px auto 8px; }
    @container (max-width: 600px) {
      .grip { display: block; }
      .grip, .head { touch-action: none; user-select: none; }
    }
    dl.traced { margin-top: 6px; }
    dd.flagged, .flag { color: #8a1c1c; }
    .flag { font-size: 0.85rem; font-weight: 600; }
  `;
  /** Where a swipe on the sheet started, while the finger (or pointer) is down. */
  private swipe: { pointerId: number; startY: number; distance: number } | null = null;

  render() {
    if (!this.detail) return this.loading ? html`<section aria-busy="true">${t(this.lang, 'Card.loading')}</section>` : nothing;
    const d = this.detail;
    const lang = this.lang;
    const [primary, secondary] = lang === 'zh' ? [d.name.zh, d.name.en] : [d.name.en, d.name.zh];
    // A <section> with a plain .head: no second banner landmark, and a role axe allows.
    return html`<section role="dialog" aria-modal="false" aria-labelledby="card-title" data-feature=${d.id}
      @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove} @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp}>
      <div class="grip" aria-hidden="true"></div>
      <div class="head">
        <div>
          <p class="kind">${t(lang, KIND_KEYS[d.kind])}</p>
          <h2 id="card-title" tabindex="-1">${primary}</h2>
          <p class="other" lang=${lang === 'zh' ? 'en' : 'zh-CN'}>${secondary}</p>
        </div>
        <button class="close" type="button" aria-label=${t(lang, 'Card.close')} @click=${this.close}>×</button>
      </div>
      <div class="badge-row">
        <accuracy-badge .accuracy=${d.accuracy} .lang=${lang}></accuracy-badge>
        ${d.estErrorM === null ? nothing : html`<span>${t(lang, 'Card.estError', { metres: formatNumber(lang, d.estErrorM) })}</span>`}
      </div>
      ${d.station ? html`<p class="meta">${t(lang, 'Card.station', { seq: d.station.seq, line: this.lineName(d.station.lineId) })}</p>` : nothing}
      ${d.summary ? html`<h3>${t(lang, 'Card.planSays')}</h3><p lang=${ifDefined(this.fallbackLang(d.summary))}>${this.pick(d.summary)}</p>` : nothing}
      ${this.renderFigures(d.figures)} ${this.renderArea(d.area)} ${this.renderPilotZone(d)}
      ${d.lists.map(
        (list) => html`<h3>${t(lang, list.labelKey)}</h3>
          <ul>${list.items.map((item) => html`<li lang=${ifDefined(this.fallbackLang(item))}>${this.pick(item)}</li>`)}</ul>`,
      )}
      ${d.note ? html`<h3>${t(lang, 'Card.note')}</h3><p>${d.note[lang]}</p>` : nothing}
      <h3>${t(lang, 'Card.citation')}</h3>
      <p><cite data-citation>${citationText(lang, d.citation.label, d.citation.document)}</cite></p>
      <p class="meta">${t(lang, 'Card.geometrySource')}: <span>${d.geometrySource[lang]}</span></p>
      <p class="meta">${t(lang, 'Card.license')}: <span>${d.license[lang]}</span></p>
    </section>`;
  }

  /** Moves focus into the card, so screen readers announce it and Esc works. */
  focusTitle() {
    // preventScroll: focusing must not scroll the page under the map on small screens.
    this.renderRoot.querySelector<HTMLElement>('#card-title')?.focus({ preventScroll: true });
  }

  private renderFigures(figures: DetailFigure[]) {
    const lang = this.lang;
    const stated = figures.filter((f) => f.year === null);
    const targets = figures.filter((f) => f.year !== null);
    const ofPhase = targets.filter((f) => f.year === this.phase);
    const list = (shown: DetailFigure[]) => html`<dl>${shown.map((f) => html`<dt>${t(lang, f.labelKey)}</dt>${this.value(f.value, f.unitKey)}`)}</dl>`;
    return html`${stated.length ? html`<h3>${t(lang, 'Card.figures')}</h3>${list(stated)}` : nothing}
      ${targets.length
        ? html`<div class="targets-head">
              <h3>${t(lang, 'Card.targetsFor', { year: this.phase })}</h3>
              <phase-switch .lang=${lang} .phase=${this.phase}></phase-switch>
            </div>
            ${ofPhase.length ? list(ofPhase) : html`<p class="no-target">${t(lang, 'Phase.noTarget')}</p>`}`
        : nothing}`;
  }

  private renderArea(area: DetailArea | null) {
    if (!area) return nothing;
    const lang = this.lang;
    const drawnKey = area.drawnMatchesPlan ? 'Card.footprintArea' : 'Card.shapeArea';
    return html`<h3>${t(lang, 'Card.area')}</h3>
      <dl>
        <dt>${t(lang, 'Card.plannedArea')}</dt>${this.value(area.plannedKm2, 'Unit.km2')}
        ${area.drawnKm2 === null ? nothing : html`<dt>${t(lang, drawnKey)}</dt>${this.value(area.drawnKm2, 'Unit.km2')}`}
      </dl>
      ${area.drawnKm2 !== null && !area.drawnMatchesPlan ? html`<p class="meta">${t(lang, 'Card.shapeNotPlan')}</p>` : nothing}
      ${area.traced ? this.renderTraced(area.traced) : nothing}`;
  }

  /** The visitor's own trace of the park, and how far it is from the plan. */
  private renderTraced(traced: TracedArea) {
    const lang = this.lang;
    return html`<dl class="traced">
        <dt>${t(lang, 'Card.tracedArea')}</dt><dd data-traced="area">${formatNumber(lang, traced.km2, 3)} ${t(lang, 'Unit.km2')}</dd>
        <dt>${t(lang, 'Card.tracedDifference')}</dt>${traced.differencePct === null
          ? html`<dd class="not-stated">${t(lang, 'Card.notStated')}</dd>`
          : html`<dd data-traced="difference" class=${traced.flagged ? 'flagged' : ''}>${signedPercent(lang, traced.differencePct)}</dd>`}
      </dl>
      ${traced.flagged ? html`<p class="flag" role="note">${t(lang, 'Card.overTolerance')}</p>` : nothing}`;
  }

  private renderPilotZone(d: FeatureDetail) {
    const zone = d.pilotZone;
    if (!zone) return nothing;
    const lang = this.lang;
    const size = [
      zone.areaKm2 === null ? null : `${formatNumber(lang, zone.areaKm2)} ${t(lang, 'Unit.km2')}`,
      zone.areaMu === null ? null : `${formatNumber(lang, zone.areaMu)} ${t(lang, 'Unit.mu')}`,
    ].filter(Boolean);
    return html`<h3>${t(lang, 'Card.pilotZone')}</h3>
      <dl><dt lang=${ifDefined(this.fallbackLang(zone.name))}>${this.pick(zone.name)}</dt><dd>${size.join(' / ') || t(lang, 'Card.notStated')}</dd></dl>`;
  }

  private value(value: number | null, unitKey: MessageKey) {
    return value === null
      ? html`<dd class="not-stated">${t(this.lang, 'Card.notStated')}</dd>`
      : html`<dd>${formatFigure(this.lang, value, unitKey)}</dd>`;
  }

  private pick(text: Bilingual): string {
    return this.lang === 'en' && text.en ? text.en : text.zh;
  }

  /** 'zh-CN' where an English card shows Chinese because the data has no English, for screen readers. */
  private fallbackLang(text: Bilingual): 'zh-CN' | undefined {
    return this.lang === 'en' && !text.en ? 'zh-CN' : undefined;
  }

  private lineName(lineId: string): string {
    const names: Record<string, Bilingual> = {
      'trunk-line17': { zh: '轨道交通 17 号线', en: 'Metro Line 17' },
      'trunk-dz-line': { zh: '上海示范区线', en: 'Demonstration Zone Line' },
    };
    return names[lineId] ? this.pick(names[lineId]) : lineId;
  }

  /** A swipe starts on the sheet's top (grip and title), and only when the card is a sheet (its grip shows). */
  private onPointerDown = (event: PointerEvent) => {
    const target = event.composedPath()[0] as Element;
    const grip = this.renderRoot.querySelector<HTMLElement>('.grip');
    if (!grip?.checkVisibility() || !target.closest?.('.grip, .head') || target.closest('button')) return;
    // No text selection under the finger: dragging a selection would cancel the swipe.
    event.preventDefault();
    this.swipe = { pointerId: event.pointerId, startY: event.clientY, distance: 0 };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  };

  private onPointerMove = (event: PointerEvent) => {
    if (event.pointerId !== this.swipe?.pointerId) return;
    this.swipe.distance = Math.max(0, event.clientY - this.swipe.startY);
    // Through CSSOM: a strict CSP (style-src 'self') blocks style attributes.
    (event.currentTarget as HTMLElement).style.setProperty('--drag-y', `${this.swipe.distance}px`);
  };

  private onPointerUp = (event: PointerEvent) => {
    if (event.pointerId !== this.swipe?.pointerId) return;
    const sheet = event.currentTarget as HTMLElement;
    const closes = swipeCloses(this.swipe.distance, sheet.getBoundingClientRect().height);
    this.swipe = null;
    sheet.style.removeProperty('--drag-y');
    if (closes) this.close();
  };

  private close = () => {
    this.dispatchEvent(new CustomEvent('card-closed', { bubbles: true, composed: true }));
  };
}
customElements.define('feature-card', FeatureCard);

declare global {
  interface HTMLElementTagNameMap {
    'feature-card': FeatureCard;
  }
}
