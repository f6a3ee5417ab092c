import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import contextFile from '../../seeds/context.json';
import partnersFile from '../../seeds/partners.json';
import programmesFile from '../../seeds/programmes.json';
import { failOnUncaughtErrors, mount, recordEvents, text, textNotMarkedChinese, unmountAll } from '../testing/dom';
import { CJK } from '../testing/real-data';
import { deepActiveElement } from '../util/deep-active-element';
import type { ProgrammesPanel } from './programmes-panel';
import './programmes-panel';

failOnUncaughtErrors();
afterEach(unmountAll);

const programmes = programmesFile.records;
const partners = partnersFile.records;
const written = (value: number) => new Intl.NumberFormat('zh-CN').format(value);

async function open(lang: 'zh' | 'en') {
  const panel = await mount('programmes-panel', { lang });
  // Precondition: the data has loaded.
  await expect.poll(() => panel.shadowRoot!.querySelectorAll('article[data-programme]').length).toBe(12);
  return panel;
}
const root = (p: ProgrammesPanel) => p.shadowRoot!;
const englishText = (p: ProgrammesPanel) => textNotMarkedChinese(root(p).querySelector('section')!);
const partnerNames = (p: ProgrammesPanel) => [...root(p).querySelectorAll('ol.partners li')].map(text);
const count = (p: ProgrammesPanel) => text(root(p).querySelector('[data-partner-count]'));

describe('<programmes-panel>: the programmes', () => {
  it('zh: the twelve programmes under their layers, each target of the plan with its figure and unit', async () => {
    const p = await open('zh');
    expect([...root(p).querySelectorAll('h3[data-layer]')].map(text)).toEqual(['平台层', '应用层', '基础层']);
    for (const programme of programmes) {
      const article = root(p).querySelector(`article[data-programme="${programme.id}"]`)!;
      expect(text(article.querySelector('h4'))).toBe(programme.name_zh);
      // The programme sits under its own layer's heading.
      let heading = article.previousElementSibling;
      while (heading && heading.tagName !== 'H3') heading = heading.previousElementSibling;
      expect(heading?.getAttribute('data-layer')).toBe(programme.layer);
      for (const target of programme.targets) {
        const items = [...article.querySelectorAll(`ul[data-year="${target.year}"] li`)].map(text);
        const value = 'value_max' in target ? `${target.value}–${written(target.value_max!)}` : written(target.value!);
        const bounded = target.bound === 'at_least' ? `不少于 ${value} ${target.unit_zh}` : target.bound === 'at_most' ? `不超过 ${value} ${target.unit_zh}` : `${value} ${target.unit_zh}`;
        expect(items.some((item) => item.startsWith(`${target.metric_zh}: ${bounded}`)), `${programme.id} ${target.metric_zh}: ${items.join(' | ')}`).toBe(true);
      }
    }
    const lighthouse = root(p).querySelector('article[data-programme="prog-lighthouse-100"]')!;
    expect(text(lighthouse.querySelector('ul[data-year="2027"] li'))).toBe('智能工厂（车间、生产线、仓储）累计: 100 家');
    expect(text(root(p).querySelector('article[data-programme="prog-regional-linkage"] .none'))).toBe('方案未给出量化目标。');
    expect(text(root(p).querySelector('article[data-programme="prog-digital-talent"] .none[data-year="2027"]'))).toBe('本阶段规划未设定目标。');
    expect(text(lighthouse.querySelector('cite'))).toContain('001 §四(二)1 · 《长三角数字干线青浦区行动方案 (2022~2023年)》');
  });

  it('en: English names and units, 万 and 亿 converted with the plan’s own figure, no stray Chinese', async () => {
    const p = await open('en');
    expect([...root(p).querySelectorAll('h3[data-layer]')].map(text)).toEqual(['Platform layer', 'Application layer', 'Foundation layer']);
    const items = [...root(p).querySelectorAll('article li')].map(text);
    expect(items).toContainEqual(expect.stringMatching(/^BeiDou platform service revenue: 8 million yuan \(800 万元\)/));
    expect(items).toContainEqual(expect.stringMatching(/^Manufacturers given a smart-upgrade diagnostic service: at least 500 firms/));
    expect(items).toContainEqual(expect.stringMatching(/^Digital talent attracted or trained: 30 thousand people \(3 万人\)$/));
    expect(items).toContainEqual(expect.stringMatching(/^Size of each town's digital-economy transformation demonstration park: 500–1,500 mu/));
    expect(items).toContainEqual(expect.stringMatching(/^End-to-end one-way network latency of data centres: at most 20 ms/));
    expect(englishText(p)).not.toMatch(CJK);
  });
});

describe('<programmes-panel>: the partners', () => {
  it('lists the 52 partners of the plan’s annex in order, and filters them by name', async () => {
    const p = await open('zh');
    expect(partnerNames(p)).toEqual(partners.map((partner) => partner.name_zh));
    expect([...root(p).querySelectorAll('ol.partners li')].map((li) => li.getAttribute('value'))).toEqual(partners.map((partner) => String(partner.seq)));
    expect(count(p)).toBe('显示 52 / 52 家');

    await userEvent.fill(page.getByRole('searchbox', { name: '按名称筛选合伙人' }), '导航');
    expect(partnerNames(p)).toEqual(partners.filter((partner) => partner.name_zh.includes('导航')).map((partner) => partner.name_zh));
    expect(count(p)).toBe('显示 3 / 52 家');
    expect(root(p).querySelector('[data-partner-count]')!.getAttribute('aria-live')).toBe('polite');
  });

  it('shows a query that matches nothing as text, never as markup', async () => {
    const p = await open('en');
    const hostile = '<img src=x onerror="window.hacked=1">';
    await userEvent.fill(page.getByRole('searchbox', { name: 'Filter partners by name' }), hostile);
    expect(partnerNames(p)).toEqual([]);
    expect(count(p)).toBe(`No partner’s name contains “${hostile}”.`);
    expect(root(p).querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('en: names stay as the plan lists them, marked Chinese', async () => {
    const p = await open('en');
    const items = [...root(p).querySelectorAll('ol.partners li')];
    expect(items).toHaveLength(52);
    expect(items.every((li) => li.getAttribute('lang') === 'zh-CN')).toBe(true);
    expect(text(root(p).querySelector('[data-partner-count]'))).toBe('Showing 52 of 52');
  });

  it('Esc in the filter clears it; Esc again closes the panel', async () => {
    const p = await open('en');
    const closed = recordEvents(document.body, 'panel-closed');
    await userEvent.fill(page.getByRole('searchbox'), '华为');
    expect(partnerNames(p)).toEqual(['华为技术有限公司']);
    await userEvent.keyboard('{Escape}');
    expect(partnerNames(p)).toHaveLength(52);
    expect(closed.events).toHaveLength(0);
    await userEvent.keyboard('{Escape}');
    closed.stop();
    expect(closed.events).toEqual([{ detail: null, bubbles: true, composed: true }]);
  });
});

describe('<programmes-panel>: the context figures', () => {
  const facts = ['ctx-new-city-area', 'ctx-new-city-investment', 'ctx-industrial-park-area', 'ctx-shanghai-specialty-parks-count', 'ctx-shanghai-specialty-parks-area'].map(
    (id) => contextFile.records.find((fact) => fact.id === id)!,
  );

  /** How the seeds qualify a figure, as a Chinese reader writes it before the number. */
  const QUALIFIER_ZH: Record<string, string> = { nearly: '近 ', about: '约 ', over: '超过 ' };

  it('zh: each figure as its source qualifies it, with its source: the plan, or the news report it comes from', async () => {
    const p = await open('zh');
    const terms = [...root(p).querySelectorAll('dt[data-fact]')];
    expect(terms.map((dt) => dt.getAttribute('data-fact'))).toEqual(facts.map((f) => f.id));
    facts.forEach((fact, i) => {
      const qualifier = 'qualifier' in fact ? QUALIFIER_ZH[fact.qualifier as string] : '';
      expect(text(terms[i])).toBe(`${fact.topic_zh}: ${qualifier}${written(fact.value!)}${fact.unit_zh === '%' ? '' : ' '}${fact.unit_zh}`);
      const definition = terms[i].nextElementSibling!;
      expect(text(definition)).toContain(fact.fact_zh);
      const section = fact.source.section.startsWith('¶') ? fact.source.section : `§${fact.source.section}`;
      expect(text(definition.querySelector('cite'))).toMatch(new RegExp(`^${fact.source.doc} ${section.replace(/[()]/g, '\\$&')} · 《`));
    });
    expect(text(terms[0])).toBe('青浦新城: 91.1 平方公里');
    expect(text(terms[1])).toBe('青浦新城: 5,000 亿元');
    expect(text(terms[2])).toBe('青浦工业园区: 56.2 平方公里');
    expect(text(terms[3])).toBe('上海特色产业园区: 40 个');
    // The news report says 园区总规模近170平方公里: the 近 stays.
    expect(text(terms[4])).toBe('上海特色产业园区: 近 170 平方公里');
    expect(text(terms[1].nextElementSibling!.querySelector('cite'))).toBe('000 ¶10 · 《推动万亿级数字经济带建设 上海青浦新城打造长三角城市群枢纽城市》 · 证券时报网 · 2021-03-31');
  });

  it('en: the figures in English units, qualified as in the source', async () => {
    const p = await open('en');
    const terms = [...root(p).querySelectorAll('dt[data-fact]')].map(text);
    expect(terms).toEqual([
      'Qingpu New City: 91.1 km²',
      'Qingpu New City: 500 bn yuan (5,000 亿元)',
      'Qingpu Industrial Park: 56.2 km²',
      'Shanghai specialty industrial parks: 40 parks',
      'Shanghai specialty industrial parks: nearly 170 km²',
    ]);
  });
});

describe('<programmes-panel>: the panel', () => {
  it('takes focus on its title and closes with its button', async () => {
    const p = await open('zh');
    p.focusTitle();
    expect(deepActiveElement()?.id).toBe('programmes-title');
    const closed = recordEvents(document.body, 'panel-closed');
    await userEvent.click(page.getByRole('button', { name: '关闭重点计划与合伙人' }));
    closed.stop();
    expect(closed.events).toHaveLength(1);
  });
});
