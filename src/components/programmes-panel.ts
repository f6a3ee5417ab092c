import { LitElement, css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PlanPhase } from '../app/plan-phase';
import { CONTEXT_FACT_IDS, filterPartners, programmeTargets } from '../analysis/plan-targets';
import { loadPlanTargets, type PlanTargets } from '../data/plan-targets';
import type { ContextSeed, ProgrammeSeed, ProgrammeTarget } from '../data/schemas/seeds.schema';
import { figureIn, numberIn } from '../i18n/seed-units';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import { citationText, sourceLabel } from './citation';
import { markChinese } from './mark-chinese';
import { panelStyles } from './panel-styles';
import '../i18n/programmes.messages';

const LAYERS: { id: ProgrammeSeed['layer']; labelKey: MessageKey }[] = [
  { id: 'platform', labelKey: 'Programmes.layer.platform' },
  { id: 'application', labelKey: 'Programmes.layer.application' },
  { id: 'foundation', labelKey: 'Programmes.layer.foundation' },
];
/** The plan sets its programmes' targets for 2023 and, for some, 2027. */
const PROGRAMME_YEARS: readonly PlanPhase[] = [2023, 2027];
/** A context figure as its source qualifies it: 近 170 平方公里, nearly 170 km². */
const QUALIFIED: Record<NonNullable<ContextSeed['qualifier']>, MessageKey> = {
  about: 'Programmes.about',
  nearly: 'Programmes.nearly',
  over: 'Programmes.over',
};

/**
 * The plan's programmes by layer (平台层, 应用层, 基础层) with their 2023 and 2027 targets, its 52
 * partners with a filter, and the context figures around the plan, each with its source.
 * @fires panel-closed - when the visitor closes the panel (button or Esc)
 */
export class ProgrammesPanel extends LitElement {
  static properties = { lang: { type: String }, data: { state: true }, query: { state: true }, error: { state: true } };
  lang: Lang = 'zh';
  private data: PlanTargets | null = null;
  private query = '';
  private error: string | null = null;

  static styles = [
    panelStyles,
    css`
      h3 { font-size: 0.95rem; margin: 16px 0 6px; border-bottom: 2px solid #e4ddcf; }
      h4 { font-size: 0.88rem; margin: 10px 0 2px; }
      ul, ol { margin: 2px 0; padding-inline-start: 20px; font-size: 0.82rem; line-height: 1.45; }
      .year { font-size: 0.8rem; font-weight: 600; margin: 4px 0 0; color: #2b2620; }
      .none { font-style: italic; color: #6d6252; }
      .note, cite { font-size: 0.75rem; color: #5e5445; font-style: normal; }
      label { display: block; font-size: 0.85rem; font-weight: 600; margin-top: 6px; }
      input { font: inherit; font-size: 0.9rem; width: 100%; box-sizing: border-box; padding: 4px 6px; border: 1px solid #8a8070; border-radius: 6px; margin: 4px 0; }
      ol.partners { columns: 2 12em; column-gap: 18px; }
      dl { margin: 0; font-size: 0.85rem; }
      dt { font-weight: 600; margin-top: 8px; }
      dd { margin: 0; }
      .figure { font-weight: 700; font-variant-numeric: tabular-nums; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    loadPlanTargets().then(
      (data) => (this.data = data),
      (error: Error) => (this.error = error.message),
    );
  }

  /** Moves focus into the panel, to its title, so screen readers announce it and Esc works. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#programmes-title')?.focus({ preventScroll: true });
  }

  render() {
    const lang = this.lang;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="programmes-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="programmes-title" tabindex="-1">${t(lang, 'Programmes.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Programmes.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Programmes.hint')}</p>
      ${this.error ? html`<p role="alert">${t(lang, 'App.dataError', { detail: this.error })}</p>` : nothing}
      ${this.data
        ? html`${this.renderProgrammes(this.data)} ${this.renderPartners(this.data)} ${this.renderContext(this.data)}`
        : html`<p aria-busy="true">${t(lang, 'Card.loading')}</p>`}
    </section>`;
  }

  private renderProgrammes({ programmes, documents }: PlanTargets) {
    const lang = this.lang;
    const plan = documents.find((d) => d.id === '001');
    return LAYERS.map(
      (layer) => html`<h3 data-layer=${layer.id}>${t(lang, layer.labelKey)}</h3>
        ${programmes
          .filter((p) => p.layer === layer.id)
          .sort((a, b) => a.seq - b.seq)
          .map(
            (programme) => html`<article data-programme=${programme.id}>
              <h4>${lang === 'zh' ? programme.name_zh : programme.name_en}</h4>
              ${programme.targets.length
                ? PROGRAMME_YEARS.map((year) => {
                    const targets = programmeTargets(programme, year);
                    return html`<p class="year">${t(lang, 'Card.targetsFor', { year })}</p>
                      ${targets.length
                        ? html`<ul data-year=${year}>${targets.map((target) => this.renderTarget(target))}</ul>`
                        : html`<p class="none" data-year=${year}>${t(lang, 'Phase.noTarget')}</p>`}`;
                  })
                : html`<p class="none">${t(lang, 'Programmes.noFigure')}</p>`}
              <cite>${this.cite(citationText(lang, sourceLabel(programme.source), plan))}</cite>
            </article>`,
          )}`,
    );
  }

  private renderTarget(target: ProgrammeTarget) {
    const lang = this.lang;
    const unit = { zh: target.unit_zh, en: target.unit_en };
    if (target.value === null) return html`<li>${lang === 'zh' ? target.metric_zh : target.metric_en}: <span class="none">${t(lang, 'Card.notStated')}</span></li>`;
    const { figure, plan } = figureIn(lang, target.value_max ?? target.value, unit);
    const bounded =
      target.bound === 'range'
        ? `${numberIn(lang, target.value, unit)}–${figure}`
        : target.bound === 'at_least'
          ? t(lang, 'Programmes.atLeast', { figure })
          : target.bound === 'at_most'
            ? t(lang, 'Programmes.atMost', { figure })
            : figure;
    const planFigure = plan && (target.bound === 'range' ? `${target.value}–${plan}` : plan);
    return html`<li>
      ${lang === 'zh' ? target.metric_zh : target.metric_en}: <span class="figure">${bounded}</span>${planFigure
        ? html` <span lang="zh-CN">(${planFigure})</span>`
        : nothing}
      ${target.note_en ? html`<br /><span class="note" lang="en">${markChinese(target.note_en)}</span>` : nothing}
    </li>`;
  }

  private renderPartners({ partners, documents }: PlanTargets) {
    const lang = this.lang;
    const shown = filterPartners(partners.records, this.query);
    const count = partners.records.length;
    return html`<h3>${lang === 'zh' ? partners.title_zh : partners.title_en}</h3>
      <label for="partner-filter">${t(lang, 'Programmes.filter')}</label>
      <input id="partner-filter" type="search" autocomplete="off" .value=${this.query} @input=${this.onQuery} />
      <p role="status" aria-live="polite" data-partner-count>
        ${shown.length ? t(lang, 'Programmes.shown', { shown: shown.length, count }) : t(lang, 'Programmes.noMatch', { query: this.query.trim() })}
      </p>
      <p class="note">${t(lang, 'Programmes.namesInChinese')}</p>
      <ol class="partners">
        ${shown.map((partner) => html`<li value=${partner.seq} lang=${ifDefined(lang === 'en' ? 'zh-CN' : undefined)}>${partner.name_zh}</li>`)}
      </ol>
      <cite>${this.cite(citationText(lang, sourceLabel(partners.source), documents.find((d) => d.id === partners.source.doc)))}</cite>`;
  }

  private renderContext({ context, documents }: PlanTargets) {
    const lang = this.lang;
    const facts = CONTEXT_FACT_IDS.map((id) => context.find((fact) => fact.id === id)).filter((fact) => fact !== undefined);
    return html`<h3>${t(lang, 'Programmes.context')}</h3>
      <p class="note">${t(lang, 'Programmes.contextHint')}</p>
      <dl>
        ${facts.map((fact) => {
          const figure = fact.value !== null && fact.unit_zh && fact.unit_en ? figureIn(lang, fact.value, { zh: fact.unit_zh, en: fact.unit_en }) : null;
          const qualified = (language: Lang, text: string) => (fact.qualifier ? t(language, QUALIFIED[fact.qualifier], { figure: text }) : text);
          return html`<dt data-fact=${fact.id}>${lang === 'zh' ? fact.topic_zh : fact.topic_en}${figure
              ? html`: <span class="figure">${qualified(lang, figure.figure)}</span>${figure.plan
                    ? html` <span lang="zh-CN">(${qualified('zh', figure.plan)})</span>`
                    : nothing}`
              : nothing}</dt>
            <dd>
              ${lang === 'zh' ? fact.fact_zh : fact.fact_en}<br />
              <cite>${this.cite(citationText(lang, sourceLabel(fact.source), documents.find((d) => d.id === fact.source.doc)))}</cite>
            </dd>`;
        })}
      </dl>`;
  }

  /** A citation: in English, its Chinese parts (document number, section) are marked as Chinese. */
  private cite(text: string) {
    return this.lang === 'en' ? markChinese(text) : text;
  }

  private onQuery = (event: InputEvent) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // Esc in a filter with text clears it, as in any search field; the next Esc closes the panel.
    if (event.target instanceof HTMLInputElement && this.query) this.query = '';
    else this.close();
  };

  private close = () => {
    this.dispatchEvent(new CustomEvent('panel-closed', { bubbles: true, composed: true }));
  };
}
customElements.define('programmes-panel', ProgrammesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'programmes-panel': ProgrammesPanel;
  }
}
