import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import indicatorsFile from '../../seeds/indicators.json';
import parksFile from '../../seeds/base-parks.json';
import type { PlanPhase } from '../app/app-state';
import { failOnUncaughtErrors, mount, recordEvents, text, textNotMarkedChinese, unmountAll } from '../testing/dom';
import { CJK } from '../testing/real-data';
import { deepActiveElement } from '../util/deep-active-element';
import { CHART_COLOURS } from './charts/target-charts';
import type { TargetsDashboard } from './targets-dashboard';
import './targets-dashboard';

failOnUncaughtErrors();
afterEach(unmountAll);

const YEARS = [2022, 2023, 2027] as const;
const indicators = indicatorsFile.records;
const parks = parksFile.records;
/** The plan's figures as a reader of each language writes them (English: 亿元 in bn yuan, 万单 in million orders). */
const written = (lang: 'zh' | 'en', value: number) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 3 }).format(value);
const ENGLISH_UNIT: Record<string, [string, number]> = { 亿元: ['bn yuan', 0.1], 万单: ['million orders', 0.01], 万条: ['thousand records', 10] };

async function open(props: Partial<TargetsDashboard> = {}) {
  const dashboard = await mount('targets-dashboard', { lang: 'zh', ...props });
  // Precondition: the data has loaded and both tables show.
  await expect.poll(() => dashboard.shadowRoot!.querySelectorAll('table').length).toBe(props.phase && props.phase !== 2023 ? 1 : 2);
  await dashboard.updateComplete;
  return dashboard;
}
const root = (d: TargetsDashboard) => d.shadowRoot!;
const englishText = (d: TargetsDashboard) => textNotMarkedChinese(root(d).querySelector('section')!);
const cell = (d: TargetsDashboard, indicator: string, year: number) => root(d).querySelector(`tr[data-indicator="${indicator}"] td[data-year="${year}"]`)!;
/** The bars a chart draws, by their fill (ECharts draws SVG paths; axis lines have no fill). */
const bars = (d: TargetsDashboard, chart: 'indicator-' | 'parks', colour: string) =>
  [...root(d).querySelectorAll(`[data-chart^="${chart}"] svg path`)].filter((path) => path.getAttribute('fill')?.toLowerCase() === colour.toLowerCase());

describe('<targets-dashboard>: the development indicators', () => {
  it('zh: every indicator and year in the table as the plan states it, 未设定 where it sets none (never 0), units and bureaus', async () => {
    const d = await open();
    expect(root(d).querySelectorAll('tbody tr[data-indicator]')).toHaveLength(10);
    for (const indicator of indicators) {
      const row = root(d).querySelector(`tr[data-indicator="${indicator.id}"]`)!;
      expect(text(row.querySelector('th'))).toBe(`${indicator.seq}. ${indicator.name_zh}`);
      expect(text(row.querySelectorAll('td')[0])).toBe(indicator.unit_zh);
      expect(text(row.querySelectorAll('td')[4])).toBe(indicator.bureau_zh);
      for (const year of YEARS) {
        const value = indicator[`target_${year}`];
        const shown = cell(d, indicator.id, year);
        expect(text(shown), `${indicator.id} ${year}`).toBe(value === null ? '未设定' : written('zh', value));
        expect(shown.classList.contains('not-set')).toBe(value === null);
      }
    }
    expect(text(cell(d, 'fixed-broadband-download-speed', 2027))).toBe('未设定');
    expect(text(cell(d, 'digital-economy-scale', 2022))).toBe('1,600');
  });

  it('en: converted units, "not set", English everywhere but the plan’s section number', async () => {
    const d = await open({ lang: 'en' });
    for (const indicator of indicators) {
      const [unit, factor] = ENGLISH_UNIT[indicator.unit_zh] ?? [indicator.unit_en, 1];
      const row = root(d).querySelector(`tr[data-indicator="${indicator.id}"]`)!;
      expect(text(row.querySelector('th'))).toBe(`${indicator.seq}. ${indicator.name_en}`);
      expect(text(row.querySelectorAll('td')[0])).toBe(unit);
      expect(text(row.querySelectorAll('td')[4])).toBe(indicator.bureau_en);
      for (const year of YEARS) {
        const value = indicator[`target_${year}`];
        expect(text(cell(d, indicator.id, year))).toBe(value === null ? 'not set' : written('en', value * factor));
      }
    }
    expect(text(cell(d, 'digital-economy-scale', 2027))).toBe('400');
    expect(text(cell(d, 'cross-border-ecommerce-orders', 2023))).toBe('6.5');
    expect(englishText(d)).not.toMatch(CJK);
  });

  it('draws one bar per stated target, the chosen year dark, none for a target the plan does not set, and describes them for screen readers', async () => {
    const d = await open();
    expect(bars(d, 'indicator-', CHART_COLOURS.current)).toHaveLength(10);
    expect(bars(d, 'indicator-', CHART_COLOURS.other)).toHaveLength(18);
    const label = (id: string) => root(d).querySelector(`[data-chart="indicator-${id}"]`)!.getAttribute('aria-label');
    expect(label('fixed-broadband-download-speed')).toBe('固定宽带平均可用下载速率各年目标柱状图： 2022: 70 Mbps, 2023: 85 Mbps, 2027: 未设定.');
    expect(label('digital-economy-scale')).toBe('数字经济规模各年目标柱状图： 2022: 1,600 亿元, 2023: 2,000 亿元, 2027: 4,000 亿元.');
    // Each chart is headed by its indicator, number and unit.
    expect([...root(d).querySelectorAll('figcaption')].map(text)).toEqual(indicators.map((i) => `${i.seq}. ${i.name_zh} (${i.unit_zh})`));

    d.phase = 2027;
    await d.updateComplete;
    // Two indicators have no 2027 target: two fewer bars, and no bar of 0 in their place.
    expect(bars(d, 'indicator-', CHART_COLOURS.current)).toHaveLength(8);
    expect(bars(d, 'indicator-', CHART_COLOURS.other)).toHaveLength(20);
    expect(root(d).querySelector('th.current')!.getAttribute('data-year')).toBe('2027');
  });

  it('asks for another year with its switch', async () => {
    const d = await open({ lang: 'en' });
    const changes = recordEvents<{ patch: { phase: PlanPhase } }>(document.body, 'state-change');
    await userEvent.click(page.getByRole('button', { name: '2022', exact: true }));
    changes.stop();
    expect(changes.events.map((e) => e.detail.patch)).toEqual([{ phase: 2022 }]);
    expect(d.phase).toBe(2023);
  });
});

describe('<targets-dashboard>: the parks compared', () => {
  const stated = (field: 'industry_scale_yi_yuan' | 'digitalization_rate_pct') => parks.filter((p) => p.targets_2023[field] !== null);
  const notStated = (field: 'industry_scale_yi_yuan' | 'digitalization_rate_pct') => parks.filter((p) => p.targets_2023[field] === null);

  it('zh: a bar for each park that states the figure, the others listed as 未说明 and not drawn', async () => {
    const d = await open();
    expect(bars(d, 'parks', CHART_COLOURS.current)).toHaveLength(stated('industry_scale_yi_yuan').length);
    expect(text(root(d).querySelector('[data-not-stated]'))).toBe(`方案未说明此项的园区：${notStated('industry_scale_yi_yuan').map((p) => p.name_zh).join('、')}。`);
    for (const park of parks) {
      const industry = root(d).querySelector(`tr[data-park="${park.id}"] td[data-metric="industry"]`)!;
      const value = park.targets_2023.industry_scale_yi_yuan;
      expect(text(industry)).toBe(value === null ? '未说明' : `${written('zh', value)} 亿元`);
    }
    expect(text(root(d).querySelector('tr[data-park="park-smart-biomedicine"] td[data-metric="digitalisation"]'))).toBe('30% (先行示范区)');

    await userEvent.click(page.getByRole('button', { name: '园区制造业企业数字化赋能率' }));
    expect(bars(d, 'parks', CHART_COLOURS.current)).toHaveLength(stated('digitalization_rate_pct').length);
    expect(text(root(d).querySelector('[data-not-stated]'))).toContain(notStated('digitalization_rate_pct')[0].name_zh);
  });

  it('en: figures in bn yuan with the plan’s own, parks in English', async () => {
    const d = await open({ lang: 'en' });
    const row = root(d).querySelector('tr[data-park="park-artificial-intelligence"]')!;
    expect(text(row.querySelector('th'))).toBe('Artificial Intelligence Industrial Park');
    expect(text(row.querySelector('td[data-metric="industry"]'))).toBe('35 bn yuan (350 亿元)');
    expect(row.querySelector('td[data-metric="industry"] span')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(root(d).querySelector('tr[data-park="park-global-digital-trade"] td[data-metric="industry"]'))).toBe('not stated');
    expect(englishText(d)).not.toMatch(CJK);
  });

  it('points at a park when its name has focus or its bar the mouse, and shows it when picked', async () => {
    const d = await open({ lang: 'en' });
    const pointed = recordEvents<{ featureId: string | null }>(document.body, 'park-pointed');
    const shown = recordEvents<{ featureId: string }>(document.body, 'feature-shown');
    const name = page.getByRole('button', { name: 'Smart Low-Carbon Industrial Park' });
    (name.element() as HTMLElement).focus();
    expect(pointed.events.at(-1)).toEqual({ detail: { featureId: 'park-smart-low-carbon' }, bubbles: true, composed: true });
    await userEvent.keyboard('{Enter}');
    expect(shown.events.map((e) => e.detail)).toEqual([{ featureId: 'park-smart-low-carbon' }]);
    (deepActiveElement() as HTMLElement).blur();
    expect(pointed.events.at(-1)?.detail).toEqual({ featureId: null });

    // The third bar from the top is the third park that states its industry scale.
    const third = stated('industry_scale_yi_yuan')[2];
    // Hover again on each poll: a late resize of the panel redraws the chart under a resting mouse.
    const hoverThen = (target: () => Element) => async () => {
      await userEvent.hover(target());
      return pointed.events.at(-1)?.detail;
    };
    await expect.poll(hoverThen(() => bars(d, 'parks', CHART_COLOURS.current)[2])).toEqual({ featureId: third.id });
    await expect.poll(hoverThen(() => root(d).querySelector('h2')!)).toEqual({ featureId: null });
    pointed.stop();
    shown.stop();
  });

  it('by keyboard: Tab passes over the charts (described images, nothing to focus inside) to the table, where each park’s name points at the park and emphasises its bar', async () => {
    const d = await open({ lang: 'en' });
    for (const chart of root(d).querySelectorAll('[data-chart]')) {
      const id = chart.getAttribute('data-chart')!;
      expect(chart.getAttribute('role'), id).toBe('img');
      expect(chart.getAttribute('aria-label'), id).toBeTruthy();
      expect(chart.querySelectorAll('a, button, input, select, [tabindex]').length, `${id}: no focus stop inside`).toBe(0);
    }
    // The parks chart's description gives every park's figure, as the table does.
    const industry = stated('industry_scale_yi_yuan');
    const description = root(d).querySelector('[data-chart="parks"]')!.getAttribute('aria-label')!;
    for (const park of industry) expect(description).toContain(`${park.name_en}: ${written('en', park.targets_2023.industry_scale_yi_yuan! / 10)}`);

    const pointed = recordEvents<{ featureId: string | null }>(document.body, 'park-pointed');
    [...root(d).querySelectorAll<HTMLElement>('.metrics button')].at(-1)!.focus();
    await userEvent.tab();
    expect(deepActiveElement()?.getAttribute('aria-labelledby'), 'from the metric buttons straight to the table').toBe('parks-caption');
    /** The bars drawn outlined (ECharts' emphasis, drawn last and lighter), by their place from the top. */
    const emphasised = () =>
      [...root(d).querySelectorAll<SVGPathElement>('[data-chart="parks"] svg path')]
        .filter((path) => path.getAttribute('fill') !== 'none')
        .sort((a, b) => a.getBBox().y - b.getBBox().y)
        .map((bar, i) => (bar.getAttribute('stroke')?.toLowerCase() === CHART_COLOURS.selected.toLowerCase() ? i : -1))
        .filter((i) => i >= 0);
    for (const park of [...parks].sort((a, b) => a.seq - b.seq)) {
      await userEvent.tab();
      expect(text(deepActiveElement())).toBe(park.name_en);
      expect(pointed.events.at(-1)?.detail, park.id).toEqual({ featureId: park.id });
      const bar = industry.findIndex((p) => p.id === park.id);
      // ECharts draws the emphasis on its next frame.
      await expect.poll(emphasised, { message: park.id }).toEqual(bar >= 0 ? [bar] : []);
    }
    await userEvent.tab();
    expect(pointed.events.at(-1)?.detail, 'leaving the table points at no park').toEqual({ featureId: null });
    pointed.stop();
  });

  it('marks the park selected on the map: its row and, alone, its bar', async () => {
    const d = await open({ selected: 'park-digital-information' });
    expect([...root(d).querySelectorAll('tr[aria-current="true"]')].map((row) => row.getAttribute('data-park'))).toEqual(['park-digital-information']);
    expect(bars(d, 'parks', CHART_COLOURS.selected)).toHaveLength(1);
    d.selected = 'park-smart-low-carbon';
    await d.updateComplete;
    expect(root(d).querySelector('tr[aria-current="true"]')!.getAttribute('data-park')).toBe('park-smart-low-carbon');
    expect(bars(d, 'parks', CHART_COLOURS.selected)).toHaveLength(1);
    d.selected = 'line17-09-qingpu-xincheng';
    await d.updateComplete;
    expect(bars(d, 'parks', CHART_COLOURS.selected)).toHaveLength(0);
  });

  it('says the plan sets the parks no target for 2022 or 2027, drawing no park', async () => {
    for (const [lang, words] of [
      ['zh', '本阶段规划未设定目标。 行动方案只为 2023 年设定基座园区目标。'],
      ['en', 'The plan sets no target for this year. The plan sets the base parks’ targets for 2023 only.'],
    ] as const) {
      const d = await open({ lang, phase: 2022 });
      expect(text(root(d).querySelector('.no-target'))).toBe(words);
      expect(root(d).querySelector('[data-chart="parks"]')).toBeNull();
      unmountAll();
    }
  });
});

describe('<targets-dashboard>: the panel', () => {
  it('takes focus on its title and closes with Esc or its button', async () => {
    const d = await open({ lang: 'en' });
    d.focusTitle();
    expect(deepActiveElement()?.id).toBe('targets-title');
    const closed = recordEvents(document.body, 'panel-closed');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(page.getByRole('button', { name: 'Close plan targets' }));
    closed.stop();
    expect(closed.events).toHaveLength(2);
    expect(closed.events[0]).toMatchObject({ bubbles: true, composed: true });
  });
});
