import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { PARK_TARGET_YEAR, PLAN_PHASES, type PlanPhase } from '../app/plan-phase';
import { PARK_METRICS, compareParks, indicatorTarget, type ParkMetricId } from '../analysis/plan-targets';
import { loadPlanFacts } from '../data/plan-facts';
import { loadPlanTargets } from '../data/plan-targets';
import type { BaseParkSeed, IndicatorSeed } from '../data/schemas/seeds.schema';
import { figureIn, numberIn, unitIn, type SeedUnit } from '../i18n/seed-units';
import { t, type Lang, type MessageKey } from '../i18n/translate';
import { init, type EChartsType } from './charts/echarts';
import { indicatorChartOption, indicatorHeading, parkChartOption } from './charts/target-charts';
import { sourceLabel } from './citation';
import { markChinese } from './mark-chinese';
import { panelStyles } from './panel-styles';
import './phase-switch';
import { closeOnEscape, sendPanelClosed } from './panel-close';
import '../i18n/targets.messages';

const METRIC_LABELS: Record<ParkMetricId, MessageKey> = {
  industry: 'Figure.industryScale',
  'digital-core': 'Figure.digitalCoreScale',
  digitalisation: 'Figure.digitalizationRate',
};
/** Room for the parks' names beside their bars, in CSS pixels. */
const PARK_LABEL_WIDTH = 120;

/**
 * The plan's targets: the ten development indicators for the chosen year among 2022, 2023 and
 * 2027 (charts and a table), and the base parks' 2023 targets compared (a chart and a table).
 * A year the plan sets no target for says so; a figure the plan does not state is never drawn as 0.
 * Pointing at a park's bar or its row (mouse or focus) points at it on the map; the park selected
 * on the map has its bar and row marked.
 * @fires panel-closed - when the visitor closes the panel (button or Esc)
 * @fires state-change - `{ patch: { phase }, history }` from the year switch
 * @fires park-pointed - `{ featureId }` when the visitor points at a park's bar or row, `{ featureId: null }` when they leave it
 * @fires feature-shown - `{ featureId }` when the visitor picks a park's bar or name: select it and show it on the map
 */
export class TargetsDashboard extends LitElement {
  static properties = {
    lang: { type: String },
    phase: { type: Number },
    selected: { type: String },
    indicators: { state: true },
    parks: { state: true },
    metric: { state: true },
    error: { state: true },
  };
  lang: Lang = 'zh';
  phase: PlanPhase = 2023;
  /** The feature selected on the map, if any. */
  selected: string | null = null;
  private indicators: IndicatorSeed[] | null = null;
  private parks: BaseParkSeed[] | null = null;
  private metric: ParkMetricId = 'industry';
  private error: string | null = null;
  /** The charts drawn, by their container's data-chart name. */
  private charts = new Map<string, EChartsType>();
  private pointed: string | null = null;
  /** A chart fits its container: a new size redraws it. */
  private readonly resizer = new ResizeObserver(() => this.requestUpdate());

  static styles = [
    panelStyles,
    css`
      /* A flex item of the panel slot: as wide as the slot, however wide its tables are. */
      :host { flex: 1 1 auto; min-width: 0; }
      h3 { font-size: 0.95rem; margin: 14px 0 6px; }
      .chart { width: 100%; }
      .indicators { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px 12px; }
      figure { margin: 0; display: flex; flex-direction: column; justify-content: space-between; }
      figcaption { font-size: 0.78rem; font-weight: 600; line-height: 1.3; }
      .chart.indicator { height: 110px; }
      .chart.parks { height: 200px; }
      .table-wrap { overflow-x: auto; margin: 6px 0; }
      table { border-collapse: collapse; font-size: 0.8rem; width: 100%; }
      caption { text-align: start; font-weight: 600; margin-bottom: 4px; }
      th, td { border-bottom: 1px solid #e4ddcf; padding: 3px 4px; text-align: start; vertical-align: top; }
      td.number, th.number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
      th.current, td.current { background: #e6f0ea; font-weight: 700; }
      .not-set { font-style: italic; color: #6d6252; font-weight: normal; }
      tr[aria-current='true'] th { color: #8a3c05; }
      tr[aria-current='true'] { background: #fbeee2; }
      th button.park { all: unset; cursor: pointer; text-decoration: underline dotted; }
      th button.park:focus-visible { outline: 3px solid #ffb703; outline-offset: 1px; }
      .metrics { display: inline-flex; flex-wrap: wrap; gap: 4px; }
      .metrics button[aria-pressed='true'] { background: #2b2620; color: #fff; }
      .note, .source { font-size: 0.78rem; color: #5e5445; }
      .no-target { font-style: italic; }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    Promise.all([loadPlanTargets(), loadPlanFacts()]).then(
      ([targets, facts]) => {
        this.indicators = targets.indicators;
        this.parks = facts.baseParks;
      },
      (error: Error) => (this.error = error.message),
    );
  }

  disconnectedCallback() {
    this.resizer.disconnect();
    this.charts.forEach((chart) => chart.dispose());
    this.charts.clear();
    super.disconnectedCallback();
  }

  /** Moves focus into the panel, to its title, so screen readers announce it and Esc works. */
  focusTitle() {
    this.renderRoot.querySelector<HTMLElement>('#targets-title')?.focus({ preventScroll: true });
  }

  render() {
    const lang = this.lang;
    return html`<section role="dialog" aria-modal="false" aria-labelledby="targets-title" @keydown=${this.onKeyDown}>
      <header>
        <h2 id="targets-title" tabindex="-1">${t(lang, 'Targets.title')}</h2>
        <button class="close" type="button" aria-label=${t(lang, 'Targets.close')} @click=${this.close}>×</button>
      </header>
      <p>${t(lang, 'Targets.hint')}</p>
      <phase-switch .lang=${lang} .phase=${this.phase}></phase-switch>
      ${this.error ? html`<p role="alert">${t(lang, 'App.dataError', { detail: this.error })}</p>` : nothing}
      ${this.indicators ? this.renderIndicators(this.indicators) : html`<p aria-busy="true">${t(lang, 'Card.loading')}</p>`}
      ${this.parks ? this.renderParks(this.parks) : nothing}
    </section>`;
  }

  protected updated(changed: PropertyValues) {
    super.updated(changed);
    for (const indicator of this.indicators ?? []) this.draw(`indicator-${indicator.id}`, () => indicatorChartOption(indicator, this.lang, this.phase));
    const comparison = this.comparison();
    if (comparison) {
      const unit = PARK_METRICS.find((m) => m.id === this.metric)!.unit;
      this.draw('parks', () => parkChartOption(comparison.stated, unit, this.lang, this.selected, PARK_LABEL_WIDTH));
    } else this.dropChart('parks');
  }

  private renderIndicators(indicators: IndicatorSeed[]) {
    const lang = this.lang;
    const unitOf = (i: IndicatorSeed): SeedUnit => ({ zh: i.unit_zh, en: i.unit_en });
    return html`<h3>${t(lang, 'Targets.indicators')}</h3>
      <div class="indicators">
        ${indicators.map(
          (indicator) => html`<figure>
            <figcaption>${indicatorHeading(indicator, lang)}</figcaption>
            <div class="chart indicator" data-chart="indicator-${indicator.id}"></div>
          </figure>`,
        )}
      </div>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="indicators-caption">
        <table data-table="indicators">
          <caption id="indicators-caption">${t(lang, 'Targets.indicatorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'Targets.indicator')}</th>
              <th scope="col">${t(lang, 'Targets.unit')}</th>
              ${PLAN_PHASES.map(
                (year) => html`<th scope="col" class="number ${year === this.phase ? 'current' : ''}" data-year=${year}>${t(lang, 'Targets.yearColumn', { year })}</th>`,
              )}
              <th scope="col">${t(lang, 'Targets.bureau')}</th>
            </tr>
          </thead>
          <tbody>
            ${indicators.map(
              (indicator) => html`<tr data-indicator=${indicator.id}>
                <th scope="row">${indicator.seq}. ${lang === 'zh' ? indicator.name_zh : indicator.name_en}</th>
                <td>${unitIn(lang, unitOf(indicator)).label}</td>
                ${PLAN_PHASES.map((year) => {
                  const value = indicatorTarget(indicator, year);
                  const current = year === this.phase ? 'current' : '';
                  return value === null
                    ? html`<td class="number not-set ${current}" data-year=${year}>${t(lang, 'Targets.notSet')}</td>`
                    : html`<td class="number ${current}" data-year=${year}>${numberIn(lang, value, unitOf(indicator))}</td>`;
                })}
                <td>${lang === 'zh' ? indicator.bureau_zh : indicator.bureau_en}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="note">${t(lang, 'Targets.converted')}</p>
      <p class="source">${t(lang, 'Targets.source')}: <cite>${markChinese(sourceLabel(indicators[0].source))}</cite></p>`;
  }

  private renderParks(parks: BaseParkSeed[]) {
    const lang = this.lang;
    const heading = html`<h3>${t(lang, 'Targets.parks')}</h3>`;
    const comparison = this.comparison();
    if (!comparison) return html`${heading}<p class="no-target">${t(lang, 'Phase.noTarget')} ${t(lang, 'Targets.parksNoTarget')}</p>`;
    const name = (park: { name: { zh: string; en: string } }) => (lang === 'zh' ? park.name.zh : park.name.en);
    const byMetric = PARK_METRICS.map((metric) => ({ metric, comparison: compareParks(parks, metric.id) }));
    return html`${heading}
      <div class="metrics" role="group" aria-label=${t(lang, 'Targets.metric')}>
        ${PARK_METRICS.map(
          ({ id }) => html`<button type="button" data-metric=${id} aria-pressed=${String(id === this.metric)} @click=${() => (this.metric = id)}>
            ${t(lang, METRIC_LABELS[id])}
          </button>`,
        )}
      </div>
      <div class="chart parks" data-chart="parks" @mouseleave=${() => this.point(null)}></div>
      <p class="note" data-not-stated>${t(lang, 'Targets.notStatedParks', { parks: comparison.notStated.map(name).join(lang === 'zh' ? '、' : '; ') })}</p>
      <div class="table-wrap" role="region" tabindex="0" aria-labelledby="parks-caption">
        <table data-table="parks">
          <caption id="parks-caption">${t(lang, 'Targets.parksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t(lang, 'Targets.park')}</th>
              ${PARK_METRICS.map(({ id }) => html`<th scope="col" class="number" data-metric=${id}>${t(lang, METRIC_LABELS[id])}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${[...parks].sort((a, b) => a.seq - b.seq).map(
              (park) => html`<tr data-park=${park.id} aria-current=${park.id === this.selected ? 'true' : 'false'}
                @mouseenter=${() => this.point(park.id)} @mouseleave=${() => this.point(null)}>
                <th scope="row">
                  <button type="button" class="park" @focus=${() => this.point(park.id)} @blur=${() => this.point(null)}
                    @click=${() => this.show(park.id)}>${lang === 'zh' ? park.name_zh : park.name_en}</button>
                </th>
                ${byMetric.map(({ metric, comparison }) => {
                  const figure = comparison.stated.find((p) => p.id === park.id);
                  if (!figure) return html`<td class="number not-set" data-metric=${metric.id}>${t(lang, 'Card.notStated')}</td>`;
                  const { figure: shown, plan } = figureIn(lang, figure.value, metric.unit);
                  return html`<td class="number" data-metric=${metric.id}>
                    ${shown}${plan ? html` <span lang="zh-CN">(${plan})</span>` : nothing}${figure.pilotZoneOnly ? html` (${t(lang, 'Targets.pilotZoneOnly')})` : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="source">${t(lang, 'Targets.source')}: <cite>${markChinese(sourceLabel({ doc: '001', section: '三(三)' }))}</cite></p>`;
  }

  /** The chosen metric across the parks, or null when the chosen year is not the parks' target year. */
  private comparison() {
    return this.parks && this.phase === PARK_TARGET_YEAR ? compareParks(this.parks, this.metric) : null;
  }

  /** Draws (or redraws) a chart into its container, creating it the first time. */
  private draw(id: string, option: () => Parameters<EChartsType['setOption']>[0]) {
    const container = this.renderRoot.querySelector<HTMLElement>(`[data-chart="${id}"]`);
    if (!container) return;
    if (this.charts.get(id)?.getDom() !== container) this.dropChart(id);
    let chart = this.charts.get(id);
    if (!chart) {
      chart = init(container, null, { renderer: 'svg' });
      this.charts.set(id, chart);
      this.resizer.observe(container);
      if (id === 'parks') this.listenToParkBars(chart);
    }
    chart.resize();
    chart.setOption(option(), { notMerge: true });
  }

  private dropChart(id: string) {
    const chart = this.charts.get(id);
    if (!chart) return;
    chart.dispose();
    this.charts.delete(id);
  }

  private listenToParkBars(chart: EChartsType) {
    const parkAt = (dataIndex: number) => this.comparison()?.stated[dataIndex]?.id ?? null;
    chart.on('mouseover', (event) => this.point(parkAt(event.dataIndex)));
    chart.on('mouseout', () => this.point(null));
    chart.on('click', (event) => {
      const id = parkAt(event.dataIndex);
      if (id) this.show(id);
    });
  }

  /** Points at a park (or at none): its bar is emphasised here, and the map is told. */
  private point(id: string | null) {
    if (id === this.pointed) return;
    const chart = this.charts.get('parks');
    const stated = this.comparison()?.stated ?? [];
    const indexOf = (parkId: string | null) => stated.findIndex((p) => p.id === parkId);
    if (chart && indexOf(this.pointed) >= 0) chart.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: indexOf(this.pointed) });
    if (chart && indexOf(id) >= 0) chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: indexOf(id) });
    this.pointed = id;
    this.dispatchEvent(new CustomEvent('park-pointed', { detail: { featureId: id }, bubbles: true, composed: true }));
  }

  private show(featureId: string) {
    this.dispatchEvent(new CustomEvent('feature-shown', { detail: { featureId }, bubbles: true, composed: true }));
  }

  private onKeyDown = (event: KeyboardEvent) => closeOnEscape(event, this.close);

  private close = () => {
    // The map stops pointing at a park when the panel that pointed at it goes.
    this.point(null);
    sendPanelClosed(this);
  };
}
customElements.define('targets-dashboard', TargetsDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'targets-dashboard': TargetsDashboard;
  }
}
