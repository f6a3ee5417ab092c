import { LitElement, css, html } from 'lit';
import { PLAN_PHASES, type PlanPhase } from '../app/plan-phase';
import { t, type Lang } from '../i18n/translate';

/**
 * The year whose targets show: 2022, 2023 or 2027, the columns of the plan's indicator table.
 * @fires state-change - detail `{ patch: { phase }, history: 'replace' }`, when the visitor picks another year.
 */
export class PhaseSwitch extends LitElement {
  static properties = { lang: { type: String }, phase: { type: Number } };
  lang: Lang = 'zh';
  phase: PlanPhase = 2023;

  static styles = css`
    :host { display: inline-flex; align-items: center; gap: 6px; font-size: 0.85rem; }
    .buttons { display: inline-flex; border: 1px solid #8a8070; border-radius: 6px; overflow: hidden; }
    button { font: inherit; border: 0; padding: 2px 10px; background: #fff; color: #2b2620; cursor: pointer; min-height: 32px; font-variant-numeric: tabular-nums; }
    button + button { border-inline-start: 1px solid #8a8070; }
    button[aria-pressed='true'] { background: #2b2620; color: #fff; }
    button:focus-visible { outline: 3px solid #ffb703; outline-offset: -3px; }
  `;

  render() {
    return html`<span id="label">${t(this.lang, 'Phase.label')}</span>
      <div class="buttons" role="group" aria-labelledby="label">
        ${PLAN_PHASES.map(
          (year) => html`<button type="button" data-phase=${year} aria-pressed=${String(year === this.phase)} @click=${() => this.choose(year)}>
            ${year}
          </button>`,
        )}
      </div>`;
  }

  private choose(phase: PlanPhase) {
    if (phase === this.phase) return;
    this.dispatchEvent(new CustomEvent('state-change', { detail: { patch: { phase }, history: 'replace' }, bubbles: true, composed: true }));
  }
}
customElements.define('phase-switch', PhaseSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'phase-switch': PhaseSwitch;
  }
}
